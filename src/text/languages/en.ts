/** English: Porter stems. */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwords from '../data/stopwords.json' with { type: 'json' };
import type { LanguageText } from './types.js';

const stems = new Map<string, string>();

// Porter is a chain of regular expressions; chat words repeat, so remember them (bounded).
function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = PorterStemmer.stem(word);
    if (stems.size < 50_000) stems.set(word, stemmed);
  }
  return stemmed;
}

export const english: LanguageText = {
  lang: 'en',
  stopwords: new Set(stopwords.en),
  wordTerms: (word) => [stem(word)],
};
