/** Masks identity numbers, phone numbers and e-mail addresses in free text before it is stored or logged. */

const NRIC_FIN = /\b[STFGM]\d{7}[A-Z]\b/gi;
/** UENs: business (8 digits + letter), local company (year + 5 digits + letter), others (T/S/R + yy + 2 letters + 4 digits + letter). */
const UEN = /\b(?:\d{8}[A-Z]|(?:19|20)\d{7}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])\b/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Singapore numbers (8 digits from 3, 6, 8 or 9, optional +65) and other long international numbers. */
const PHONE = /(?:\+?65[\s-]?)?\b[3689]\d{3}[\s-]?\d{4}\b|\+\d[\d\s-]{7,}\d/g;

const NRIC_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const CHECK_LETTERS: Record<string, { letters: string; offset: number }> = {
  S: { letters: 'JZIHGFEDCBA', offset: 0 },
  T: { letters: 'JZIHGFEDCBA', offset: 4 },
  F: { letters: 'XWUTRQPNMLK', offset: 0 },
  G: { letters: 'XWUTRQPNMLK', offset: 4 },
  M: { letters: 'XWUTRQPNJLK', offset: 3 },
};

/** Whether `id` is an NRIC or FIN whose check letter is right. */
export function isValidNricOrFin(id: string): boolean {
  const upper = id.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(upper)) return false;
  const rule = CHECK_LETTERS[upper[0]!]!;
  const sum = NRIC_WEIGHTS.reduce((total, weight, index) => total + weight * Number(upper[index + 1]), rule.offset);
  return rule.letters[sum % 11] === upper[8];
}

/**
 * Masks NRIC/FIN numbers (with a right check letter, and anything shaped like one), UENs, e-mail addresses
 * and phone numbers. Masks name the kind, so insights stay readable: "my ic is [NRIC]".
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[EMAIL]')
    .replace(NRIC_FIN, '[NRIC]')
    .replace(UEN, '[UEN]')
    .replace(PHONE, '[PHONE]');
}
