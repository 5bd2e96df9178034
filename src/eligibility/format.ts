/** Formats profile values and answer options for people: money, percentages, years, codes and bands, in each language. */
import type { Translator } from '../core/i18n.js';
import { PROFILE_FIELDS, isRange, type NumericRange, type ProfileField, type ProfileValue } from '../core/profile.js';
import type { Language } from '../core/taxonomy.js';

const MONEY_FIELDS = new Set<ProfileField>(['annualRevenueSgd', 'monthlyHouseholdIncomeSgd', 'perCapitaMonthlyIncomeSgd', 'annualValueOfHomeSgd']);
const INTL_LOCALE: Record<Language, string> = { en: 'en-SG', ms: 'ms-SG', zh: 'zh-SG', ta: 'ta-SG' };

/** Formatters are costly to build and safe to share: one per language. */
const NUMBER_FORMATS = new Map<Language, Intl.NumberFormat>();

function numberFormat(lang: Language): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 });
    NUMBER_FORMATS.set(lang, format);
  }
  return format;
}

function formatNumber(field: ProfileField, value: number, lang: Language, t: Translator): string {
  const digits = numberFormat(lang).format(value);
  if (MONEY_FIELDS.has(field)) return t.t(lang, 'eligibility:unit.money', { value: digits });
  if (field === 'localShareholdingPct') return t.t(lang, 'eligibility:unit.percent', { value: digits });
  if (field === 'yearsOperating') return t.t(lang, 'eligibility:unit.years', { value: digits });
  return digits;
}

function formatRange(field: ProfileField, range: NumericRange, lang: Language, t: Translator): string {
  const min = formatNumber(field, range.min, lang, t);
  if (range.max === undefined) return t.t(lang, 'eligibility:band.atLeast', { min });
  if (range.max === range.min) return min;
  return t.t(lang, 'eligibility:band.between', { min, max: formatNumber(field, range.max, lang, t) });
}

/** One value of a field as a person reads it: "S$100,000", "30%", "Singapore citizen", "yes", "10–49". */
export function formatValue(field: ProfileField, value: ProfileValue, lang: Language, t: Translator): string {
  if (typeof value === 'boolean') return t.t(lang, value ? 'eligibility:value.yes' : 'eligibility:value.no');
  if (typeof value === 'number') return formatNumber(field, value, lang, t);
  if (isRange(value)) return formatRange(field, value, lang, t);
  return PROFILE_FIELDS[field].kind === 'enum' ? t.t(lang, `eligibility:value.${field}.${value}`) : value;
}

/** A list of values joined with the language's "or". */
export function formatAlternatives(field: ProfileField, values: readonly ProfileValue[], lang: Language, t: Translator): string {
  const parts = values.map((value) => formatValue(field, value, lang, t));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(t.t(lang, 'eligibility:list.separator'))}${t.t(lang, 'eligibility:list.or')}${parts.at(-1)}`;
}

export function fieldLabel(field: ProfileField, lang: Language, t: Translator): string {
  return t.t(lang, `eligibility:field.${field}`);
}
