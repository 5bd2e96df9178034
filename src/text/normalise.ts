/** Unicode and per-language normalisation that keeps a map back to the original text's offsets. */
import type { Language } from '../core/taxonomy.js';
import t2s from './data/zh-t2s.json' with { type: 'json' };
import { MappedBuilder, rewriteWords, type MappedText } from './mapped.js';
import { languageText } from './languages/index.js';

const traditionalToSimplified = new Map<string, string>();
{
  const traditional = [...t2s.traditional];
  const simplified = [...t2s.simplified];
  traditional.forEach((char, index) => traditionalToSimplified.set(char, simplified[index]));
}

// Zero-width characters, bidi controls and soft hyphens: invisible, but they split words and break matching.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

function foldChunk(chunk: string): string {
  const folded = chunk.normalize('NFKC').toLowerCase();
  let out = '';
  for (const char of folded) out += traditionalToSimplified.get(char) ?? char;
  return out;
}

/** NFKC, case folding, full-width → half-width, traditional → simplified Chinese, invisibles dropped, spaces collapsed. */
export function foldCharacters(text: string): MappedText {
  const builder = new MappedBuilder();
  const chars = Array.from(text);
  let offset = 0;
  let index = 0;
  while (index < chars.length) {
    const start = offset;
    let chunk = '';
    // A base character travels with its combining marks so that NFKC can compose them (Tamil vowel signs).
    do {
      const char = chars[index];
      offset += char.length;
      index += 1;
      if (!INVISIBLE.test(char)) chunk += char;
    } while (index < chars.length && (MARK.test(chars[index]) || INVISIBLE.test(chars[index])));
    if (chunk === '') continue;
    if (SPACE.test(chunk)) {
      if (!builder.endsWithSpace) builder.push(' ', start, offset);
      continue;
    }
    builder.push(foldChunk(chunk), start, offset);
  }
  return builder.build();
}

/** The language-specific step on already folded text (Malay short forms), offsets kept. */
export function normaliseFolded(folded: MappedText, lang: Language): MappedText {
  const rewrites = languageText(lang).rewrites;
  return rewrites ? rewriteWords(folded, rewrites) : folded;
}

/** Full normalisation for `lang` with its offset map (used by entity extraction). */
export function normaliseMapped(text: string, lang: Language): MappedText {
  return normaliseFolded(foldCharacters(text), lang);
}

/**
 * Normalises text for matching: NFKC, case-folded, full-width → half-width, traditional → simplified
 * Chinese, zero-width and bidi marks removed, whitespace collapsed, and the language's short forms
 * expanded (Malay "nak" → "hendak").
 */
export function normalise(text: string, lang: Language): string {
  return normaliseMapped(text, lang).text;
}
