/** Malay: short forms expanded ("nak" → "hendak"), affixes stripped by natural's Indonesian stemmer. */
import StemmerId from 'natural/lib/natural/stemmers/indonesian/stemmer_id.js';
import rootWordList from 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' with { type: 'json' };
import shortForms from '../data/ms-short-forms.json' with { type: 'json' };
import stopwords from '../data/stopwords.json' with { type: 'json' };
import type { LanguageText } from './types.js';

const stems = new Map<string, string>();

// The Indonesian stemmer is dictionary-driven and slow on unknown words; words repeat, so remember them.
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = /\d/.test(word) ? word : StemmerId.stem(word) || word;
    if (stems.size < 50_000) stems.set(word, stemmed);
  }
  return stemmed;
}

const rootWords = new Set(rootWordList);

/** Whether a word is a Malay/Indonesian root word or derived from one (evidence for language id). */
export function isMalayWord(word: string): boolean {
  return Object.hasOwn(shortForms, word) || rootWords.has(word) || rootWords.has(stem(word));
}

export const malay: LanguageText = {
  lang: 'ms',
  rewrites: shortForms,
  stopwords: new Set(stopwords.ms),
  wordTerms: (word) => [stem(word)],
};
