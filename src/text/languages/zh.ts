/** Chinese: Intl.Segmenter words; character bigrams over each run of Han characters are added by the analyser. */
import stopwords from '../data/stopwords.json' with { type: 'json' };
import type { LanguageText } from './types.js';

export const chinese: LanguageText = {
  lang: 'zh',
  stopwords: new Set(stopwords.zh),
  wordTerms: (word) => [word],
};
