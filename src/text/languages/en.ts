/** English: Porter stems. */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import stopwords from '../data/stopwords.json' with { type: 'json' };
import type { LanguageText } from './types.js';

export const english: LanguageText = {
  lang: 'en',
  stopwords: new Set(stopwords.en),
  wordTerms: (word) => [PorterStemmer.stem(word)],
};
