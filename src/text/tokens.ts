/** Word tokens with their offsets, from Intl.Segmenter (which segments Chinese by dictionary). */

export interface Token {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-like tokens (letters or digits) of an already normalised text; offsets index that text. */
export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
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
