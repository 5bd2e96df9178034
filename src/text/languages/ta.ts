/** Tamil: the word plus grapheme-cluster bigrams, so inflected forms (ஊழியர் / ஊழியர்கள்) share terms. */
import stopwords from '../data/stopwords.json' with { type: 'json' };
import { graphemes, ngrams } from '../tokens.js';
import type { LanguageText } from './types.js';

export const tamil: LanguageText = {
  lang: 'ta',
  stopwords: new Set(stopwords.ta),
  wordTerms: (word) => {
    const clusters = graphemes(word);
    return clusters.length <= 2 ? [word] : [word, ...ngrams(clusters, 2)];
  },
};
