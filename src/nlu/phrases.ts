/** Finds lexicon phrases in normalised text: Latin by stems, Chinese by substring, Tamil by word prefix. */
import type { Language } from '../core/taxonomy.js';
import { foldCharacters, graphemes, normalise, tokenScript, wordTokens, type Token } from '../text/index.js';

export interface PhraseMatch<T> {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  payload: T;
}

interface WordEntry<T> {
  keys: string[];
  /** Tamil words match as prefixes (agglutination: ஊழியர் in ஊழியர்களுக்கு). */
  prefix: boolean[];
  payload: T;
}

const HAN = /\p{Script=Han}/u;
const JOINER = /^[\s\-'’]*$/u;
const VIRAMA = '\u0BCD';

/** Latin words match up to a plural ending; affixes are kept (Malay "pekerja" is not "kerja"). */
export function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function textKeys(word: string): string[] {
  const key = singular(word);
  return key === word ? [word] : [word, key];
}

// Several matchers read the same tokens in one parse; their match keys are computed once.
const keyCache = new WeakMap<Token[], string[][]>();

function keysOf(tokens: Token[]): string[][] {
  let keys = keyCache.get(tokens);
  if (!keys) {
    keys = tokens.map((token) => (tokenScript(token.text) === 'latin' ? textKeys(token.text) : [token.text]));
    keyCache.set(tokens, keys);
  }
  return keys;
}

function entryKey(word: string, lastOfMany: boolean): { key: string; prefix: boolean } {
  if (tokenScript(word) === 'tamil') {
    // Suffixes replace a final pulli with a vowel (பெற்றோர் → பெற்றோருக்கு) and -ம் with -த்த- (உணவகம் → உணவகத்தில்).
    const clusters = graphemes(word).length;
    if (clusters < 3 && !(lastOfMany && clusters >= 2)) return { key: word, prefix: false };
    let key = clusters >= 4 && word.endsWith('ம்') ? word.slice(0, -2) : word;
    if (key.endsWith(VIRAMA)) key = key.slice(0, -1);
    return { key, prefix: true };
  }
  return { key: singular(word), prefix: false };
}

/** A compiled set of phrases; compile once, match many times. */
export class PhraseMatcher<T> {
  private readonly byFirstKey = new Map<string, WordEntry<T>[]>();
  private readonly prefixByFirstChar = new Map<string, WordEntry<T>[]>();
  private readonly hanByFirstChar = new Map<string, { phrase: string; payload: T }[]>();

  constructor(entries: Iterable<{ phrase: string; lang: Language; payload: T }>) {
    for (const { phrase, lang, payload } of entries) {
      // Malay phrases also in their written-out form, for Malay words inside text read as English.
      const variants = new Set([normalise(phrase, lang), foldCharacters(phrase).text]);
      for (const text of variants) this.add(text, payload);
    }
  }

  private add(text: string, payload: T): void {
    if (text === '') return;
    if (HAN.test(text)) {
      const list = this.hanByFirstChar.get(text[0]) ?? [];
      list.push({ phrase: text, payload });
      this.hanByFirstChar.set(text[0], list);
      return;
    }
    const tokens = wordTokens(text);
    const words = tokens.map((token, at) => entryKey(token.text, tokens.length > 1 && at === tokens.length - 1));
    if (words.length === 0) return;
    const entry: WordEntry<T> = { keys: words.map((w) => w.key), prefix: words.map((w) => w.prefix), payload };
    if (entry.prefix[0]) {
      const list = this.prefixByFirstChar.get(entry.keys[0][0]) ?? [];
      list.push(entry);
      this.prefixByFirstChar.set(entry.keys[0][0], list);
    } else {
      const list = this.byFirstKey.get(entry.keys[0]) ?? [];
      list.push(entry);
      this.byFirstKey.set(entry.keys[0], list);
    }
  }

  /** Every match (overlapping ones included) in `normalised`, whose word tokens may be passed in. */
  match(normalised: string, tokens: Token[] = wordTokens(normalised)): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const keys = keysOf(tokens);
    const fits = (entry: WordEntry<T>, at: number, offset: number): boolean => {
      const token = tokens[at + offset];
      if (!token) return false;
      if (offset > 0 && !JOINER.test(normalised.slice(tokens[at + offset - 1].end, token.start))) return false;
      return entry.prefix[offset] ? token.text.startsWith(entry.keys[offset]) : keys[at + offset].includes(entry.keys[offset]);
    };
    const tryEntry = (entry: WordEntry<T>, at: number): void => {
      for (let offset = 0; offset < entry.keys.length; offset += 1) if (!fits(entry, at, offset)) return;
      matches.push({ start: tokens[at].start, end: tokens[at + entry.keys.length - 1].end, payload: entry.payload });
    };
    for (let at = 0; at < tokens.length; at += 1) {
      const seen = new Set<WordEntry<T>>();
      for (const key of keys[at]) {
        for (const entry of this.byFirstKey.get(key) ?? []) {
          if (!seen.has(entry)) tryEntry(entry, at);
          seen.add(entry);
        }
      }
      for (const entry of this.prefixByFirstChar.get(tokens[at].text[0]) ?? []) tryEntry(entry, at);
    }
    for (let at = 0; at < normalised.length; at += 1) {
      for (const { phrase, payload } of this.hanByFirstChar.get(normalised[at]) ?? []) {
        if (normalised.startsWith(phrase, at)) matches.push({ start: at, end: at + phrase.length, payload });
      }
    }
    return matches;
  }
}

/** Keeps the longest of overlapping matches (earlier first on ties); `sameGroup` limits who competes. */
export function longestMatches<T>(matches: PhraseMatch<T>[], sameGroup: (a: T, b: T) => boolean = () => true): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch<T>[] = [];
  for (const match of sorted) {
    const overlaps = kept.some((other) => other.start < match.end && match.start < other.end && sameGroup(other.payload, match.payload));
    if (!overlaps) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
