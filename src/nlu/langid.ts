/** Language identification for short chat messages: script first, then Malay-vs-English lexical evidence. */
import type { Language } from '../core/taxonomy.js';
import { foldCharacters, isMalayWord, scriptLanguage, wordTokens } from '../text/index.js';
import type { Lexicons, TrainingSet } from './types.js';

export interface LanguageGuess {
  language: Language;
  /** 0–1; about 0.5 when the text says nothing about its language ("ok", "PSG"), 0 without letters. */
  confidence: number;
}

/** Below this confidence the conversation's language (the hint) is kept. */
export const WEAK_LANGUAGE_EVIDENCE = 0.75;
const MARKER_WEIGHT = 1.5;
/** A word the training never saw but the Malay root-word dictionary knows ("mundur", "benar"). */
const DICTIONARY_WEIGHT = 0.8;
const MAX_WORD_EVIDENCE = 3;
const LATIN_WORD = /^[a-z][a-z'-]*$/;

function latinWords(folded: string): string[] {
  return wordTokens(folded).map((token) => token.text).filter((word) => LATIN_WORD.test(word));
}

/** Log-likelihood ratios Malay/English of the Latin words of the Malay and English training utterances. */
export function trainLatinLanguage(sets: readonly TrainingSet[]): Record<string, number> {
  const counts = { ms: new Map<string, number>(), en: new Map<string, number>() };
  const totals = { ms: 0, en: 0 };
  for (const set of sets) {
    if (set.language !== 'ms' && set.language !== 'en') continue;
    for (const { train } of Object.values(set.intents)) {
      for (const utterance of train ?? []) {
        for (const word of latinWords(foldCharacters(utterance).text)) {
          counts[set.language].set(word, (counts[set.language].get(word) ?? 0) + 1);
          totals[set.language] += 1;
        }
      }
    }
  }
  const vocabulary = new Set([...counts.ms.keys(), ...counts.en.keys()]);
  const smoothing = 0.5;
  const ratios: Record<string, number> = {};
  for (const word of [...vocabulary].sort()) {
    const ms = ((counts.ms.get(word) ?? 0) + smoothing) / (totals.ms + smoothing * vocabulary.size);
    const en = ((counts.en.get(word) ?? 0) + smoothing) / (totals.en + smoothing * vocabulary.size);
    const ratio = Math.log(ms / en);
    if (Math.abs(ratio) > 0.3) ratios[word] = Math.round(ratio * 1000) / 1000;
  }
  return ratios;
}

/** A language identifier over the trained ratios and the lexicons' marker words. */
export function createLanguageIdentifier(latinRatios: Readonly<Record<string, number>>, lexicons: Lexicons) {
  const markers = new Map<string, number>();
  for (const word of lexicons.en?.markers ?? []) markers.set(word.toLowerCase(), -MARKER_WEIGHT);
  for (const word of lexicons.ms?.markers ?? []) markers.set(word.toLowerCase(), MARKER_WEIGHT);

  function latinGuess(folded: string): LanguageGuess {
    let score = 0;
    for (const word of latinWords(folded)) {
      const ratio = latinRatios[word];
      if (ratio !== undefined) score += Math.max(-MAX_WORD_EVIDENCE, Math.min(MAX_WORD_EVIDENCE, ratio));
      else if (!markers.has(word) && isMalayWord(word)) score += DICTIONARY_WEIGHT;
      score += markers.get(word) ?? 0;
    }
    const malay = 1 / (1 + Math.exp(-score));
    return malay > 0.5 ? { language: 'ms', confidence: malay } : { language: 'en', confidence: 1 - malay };
  }

  /**
   * The language of `text`; with weak evidence the hint (the conversation's language) wins.
   * `folded` is the text after foldCharacters, when the caller already has it.
   */
  return function identify(text: string, hint?: Language, folded = foldCharacters(text).text): LanguageGuess {
    const script = scriptLanguage(text);
    let guess: LanguageGuess;
    if (script === 'zh' || script === 'ta') guess = { language: script, confidence: 0.99 };
    else if (script === 'latin') guess = latinGuess(folded);
    else guess = { language: hint ?? 'en', confidence: 0 };
    if (hint && guess.confidence < WEAK_LANGUAGE_EVIDENCE) return { language: hint, confidence: guess.confidence };
    return guess;
  };
}
