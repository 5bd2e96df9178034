/** Sparse features of an utterance for the intent classifier: words, word pairs, character n-grams, shape. */
import type { Language } from '../core/taxonomy.js';
import { graphemes, languageText, ngrams, tokenScript, wordTokens, type Token } from '../text/index.js';

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/u;
const DIGITS = /\d/;

function latinKey(word: string, lang: Language): string {
  return languageText(lang === 'ms' ? 'ms' : 'en').wordTerms(word)[0];
}

function lengthBucket(tokenCount: number): string {
  if (tokenCount <= 1) return 'len:1';
  if (tokenCount <= 3) return 'len:2-3';
  if (tokenCount <= 6) return 'len:4-6';
  return 'len:7+';
}

/**
 * Features of `normalised` (text already normalised for `lang`); `original` only lends its shape
 * (an upper-case acronym hints at a named scheme); `extra` adds concept and entity-type features.
 * Repeats are dropped: features are binary.
 */
export function intentFeatures(
  normalised: string,
  lang: Language,
  original = normalised,
  extra: Iterable<string> = [],
  tokens: Token[] = wordTokens(normalised),
): string[] {
  const features = new Set<string>(extra);
  const keys: string[] = [];
  for (const { text } of tokens) {
    const script = tokenScript(text);
    if (DIGITS.test(text) && script !== 'latin') {
      keys.push('#');
      continue;
    }
    if (script === 'han') {
      const chars = Array.from(text);
      keys.push(text);
      for (const char of chars) features.add(`c:${char}`);
      continue;
    }
    if (script === 'tamil') {
      const clusters = ['^', ...graphemes(text), '$'];
      keys.push(text);
      for (const gram of ngrams(clusters, 2)) features.add(`g:${gram}`);
      for (const gram of ngrams(clusters, 3)) features.add(`g:${gram}`);
      continue;
    }
    const key = DIGITS.test(text) ? text.replace(/\d+([.,]\d+)*/g, '#') : latinKey(text, lang);
    keys.push(key);
    if (text.length >= 3) for (const gram of ngrams(Array.from(`^${text}$`), 3)) features.add(`c:${gram}`);
  }
  for (const key of keys) features.add(`w:${key}`);
  for (let i = 0; i + 1 < keys.length; i += 1) features.add(`b:${keys[i]}_${keys[i + 1]}`);
  for (const run of normalised.matchAll(/\p{Script=Han}{2,}/gu)) {
    for (const gram of ngrams(Array.from(run[0]), 2)) features.add(`c:${gram}`);
  }
  if (keys.length > 0) features.add(`first:${keys[0]}`);
  features.add(lengthBucket(tokens.length));
  if (ACRONYM.test(original)) features.add('shape:acronym');
  return [...features];
}
