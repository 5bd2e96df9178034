/** Word tokens with their offsets, from Intl.Segmenter (which segments Chinese by dictionary). */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Without Chinese, word boundaries are those of UAX #29 for our scripts (letters with their marks, digits with
// inner separators, apostrophes inside words), which a regular expression finds several times faster.
const SIMPLE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.,:][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const HAN = /\p{Script=Han}/u;

/** Word-like tokens (letters or digits) of an already normalised text; offsets index that text. */
export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  if (!HAN.test(text)) {
    for (const match of text.matchAll(SIMPLE_WORD)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    return tokens;
  }
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) tokens.push({ text: segment, start: index, end: index + segment.length });
  }
  return tokens;
}

const GRAPHEME = /\P{M}\p{M}*|\p{M}+/gu;

/** Grapheme clusters by the simple rule "a base and its combining marks" (a Tamil syllable stays whole). */
export function graphemes(word: string): string[] {
  return word.match(GRAPHEME) ?? [];
}

/** Overlapping n-grams of a list of units, joined. */
export function ngrams(units: readonly string[], size: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + size <= units.length; i += 1) grams.push(units.slice(i, i + size).join(''));
  return grams;
}
