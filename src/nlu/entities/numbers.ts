/** Numbers written in digits or words in any of the four languages, with multipliers, currency and percent. */
import type { NumberWords } from '../types.js';

export type NumberKind = 'number' | 'money' | 'percent';

export interface NumberSpan {
  /** Offsets into the normalised text, markers ($, %, 块) included. */
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  /** Spelled "one", "一", "satu": also a pronoun or article, so it only counts next to a cue. */
  weak: boolean;
}

/** The number vocabulary of all languages, merged (code-mixed text writes numbers in any of them). */
export interface NumberVocabulary {
  words: Map<string, number>;
  scales: Map<string, number>;
  adders: Map<string, number>;
  connectors: Set<string>;
  idioms: string[];
  markers: { kind: 'money' | 'percent'; side: 'before' | 'after'; text: string }[];
}

/** Merges the number words of several languages. */
export function numberVocabulary(languages: NumberWords[], normaliseWord: (word: string) => string): NumberVocabulary {
  const vocabulary: NumberVocabulary = { words: new Map(), scales: new Map(), adders: new Map(), connectors: new Set(), idioms: [], markers: [] };
  for (const numbers of languages) {
    for (const [word, value] of Object.entries(numbers.words)) vocabulary.words.set(normaliseWord(word), value);
    for (const [word, value] of Object.entries(numbers.scales)) vocabulary.scales.set(normaliseWord(word), value);
    for (const [word, value] of Object.entries(numbers.adders ?? {})) vocabulary.adders.set(normaliseWord(word), value);
    for (const word of numbers.connectors ?? []) vocabulary.connectors.add(normaliseWord(word));
    for (const idiom of numbers.idioms ?? []) vocabulary.idioms.push(normaliseWord(idiom));
    for (const kind of ['money', 'percent'] as const) {
      const cues = kind === 'money' ? numbers.currency : numbers.percent;
      for (const side of ['before', 'after'] as const) {
        for (const text of cues[side] ?? []) vocabulary.markers.push({ kind, side, text: normaliseWord(text) });
      }
    }
  }
  // The longest marker first, so "s$" wins over "$" and "块钱" over "块".
  vocabulary.markers.sort((a, b) => b.text.length - a.text.length);
  return vocabulary;
}

const UNIT = /\d+(?:[.,]\d+)*|\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+|\S/gu;
const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{M}]/u;

function digitValue(text: string): number {
  // "1,900" and "2,000,000" group thousands; "1,5" or "2.5" are decimals.
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(',', '.'));
}

/** A number being read: groups already multiplied by a scale, and the value since the last scale. */
class Reading {
  groups: { value: number; scale: number }[] = [];
  current = 0;
  hasCurrent = false;
  onlyWords = true;
  onlyScales = true;
  end = 0;
  constructor(readonly start: number) {}

  get value(): number {
    return this.groups.reduce((sum, group) => sum + group.value, 0) + this.current;
  }

  scale(scale: number): void {
    let base = this.current;
    while (this.groups.length > 0 && this.groups[this.groups.length - 1].scale < scale) base += this.groups.pop()!.value;
    this.groups.push({ value: (base === 0 && !this.hasCurrent ? 1 : base) * scale, scale });
    this.current = 0;
    this.hasCurrent = false;
  }
}

/** Finds numbers in normalised text. */
export function scanNumbers(text: string, vocabulary: NumberVocabulary): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let reading: Reading | undefined;
  let lastWasDigit = false;
  const finish = (): void => {
    if (reading && !(reading.onlyScales && reading.groups.length === 0 && !reading.hasCurrent)) {
      const value = reading.value;
      spans.push({ start: reading.start, end: reading.end, value, kind: 'number', weak: reading.onlyWords && value <= 1 });
    }
    reading = undefined;
    lastWasDigit = false;
  };
  const inIdiom = new Uint8Array(text.length);
  // Idioms and Chinese markers (百分之, 块) are never part of a number's digits.
  const breaks = [...vocabulary.idioms, ...vocabulary.markers.map((marker) => marker.text).filter((text) => HAN.test(text))];
  for (const idiom of breaks) {
    for (let at = text.indexOf(idiom); at >= 0; at = text.indexOf(idiom, at + 1)) inIdiom.fill(1, at, at + idiom.length);
  }
  const units = [...text.matchAll(UNIT)];
  for (let at = 0; at < units.length; at += 1) {
    const unit = units[at][0];
    const start = units[at].index;
    const end = start + unit.length;
    if (inIdiom[start]) {
      finish();
      continue;
    }
    if (/^\d/.test(unit)) {
      if (reading && (lastWasDigit || reading.hasCurrent)) finish();
      reading ??= new Reading(start);
      reading.current = digitValue(unit);
      reading.hasCurrent = true;
      reading.onlyWords = false;
      reading.onlyScales = false;
      reading.end = end;
      lastWasDigit = true;
      // A letter glued to digits must be a multiplier ("500k", "2m") or the number ends here ("3pm", "5yrs").
      const next = units[at + 1];
      if (next && next.index === end && LETTER.test(next[0]) && !HAN.test(next[0]) && !vocabulary.scales.has(next[0])) finish();
      continue;
    }
    const word = unit;
    const scale = vocabulary.scales.get(word);
    const value = vocabulary.words.get(word);
    const adder = vocabulary.adders.get(word);
    if (scale !== undefined && (reading || HAN.test(word))) {
      reading ??= new Reading(start);
      reading.scale(scale);
      reading.end = end;
      lastWasDigit = false;
      continue;
    }
    if (value !== undefined) {
      const current = reading?.current ?? 0;
      const fits = reading && !lastWasDigit && (!reading.hasCurrent || current === 0 || (current % 10 === 0 && value < 10) || (current % 100 === 0 && value < 100));
      if (reading && !fits) finish();
      reading ??= new Reading(start);
      reading.current += value;
      reading.hasCurrent = true;
      reading.onlyScales = false;
      reading.end = end;
      lastWasDigit = false;
      continue;
    }
    if (adder !== undefined && reading && reading.hasCurrent && reading.current < 10) {
      reading.current += adder;
      reading.end = end;
      continue;
    }
    const next = units[at + 1]?.[0];
    const joins = vocabulary.connectors.has(word) || word === '-';
    if (reading && joins && next && (vocabulary.words.has(next) || vocabulary.scales.has(next))) continue;
    finish();
  }
  finish();
  return spans.map((span) => withMarkers(text, span, vocabulary));
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || !LETTER.test(char) || HAN.test(char);
}

/** Widens a number over a currency or percent marker next to it and sets its kind. */
function withMarkers(text: string, span: NumberSpan, vocabulary: NumberVocabulary): NumberSpan {
  const result = { ...span };
  const before = text.slice(0, span.start).trimEnd();
  const after = text.slice(span.end);
  const afterTrimmed = after.trimStart();
  for (const marker of vocabulary.markers) {
    if (marker.side === 'before' && result.start === span.start && before.endsWith(marker.text)) {
      const markerStart = before.length - marker.text.length;
      const letterMarker = LETTER.test(marker.text[0]) && !HAN.test(marker.text[0]);
      if (!letterMarker || isBoundary(text[markerStart - 1])) {
        result.start = markerStart;
        result.kind = marker.kind;
      }
    }
    if (marker.side === 'after' && result.end === span.end && afterTrimmed.startsWith(marker.text)) {
      const markerEnd = span.end + (after.length - afterTrimmed.length) + marker.text.length;
      const letterMarker = LETTER.test(marker.text[marker.text.length - 1]) && !HAN.test(marker.text[0]);
      if (!letterMarker || isBoundary(text[markerEnd])) {
        result.end = markerEnd;
        result.kind = marker.kind;
      }
    }
  }
  return result;
}
