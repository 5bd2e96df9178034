/** Index terms: each token handled by the language of its script, Chinese runs also cut into bigrams. */
import type { Language } from '../core/taxonomy.js';
import { languageText } from './languages/index.js';
import type { LanguageText } from './languages/types.js';
import { normalise } from './normalise.js';
import { tokenScript } from './script.js';
import { wordTokens } from './tokens.js';

const HAN_RUN = /\p{Script=Han}{2,}/gu;

export interface AnalyseOptions {
  /** Keep function words (the intent classifier needs "what", "am I"; search does not). */
  keepStopwords?: boolean;
}

// Latin words inside Chinese or Tamil text are almost always English ("我的公司想apply PSG").
function latinText(lang: Language): LanguageText {
  return languageText(lang === 'ms' ? 'ms' : 'en');
}

/** Terms of a text that is already normalised for `lang`. */
export function analyseNormalised(text: string, lang: Language, options: AnalyseOptions = {}): string[] {
  const terms: string[] = [];
  for (const token of wordTokens(text)) {
    const script = tokenScript(token.text);
    if (script === 'digit' || script === 'other') {
      terms.push(token.text);
      continue;
    }
    const language = script === 'han' ? languageText('zh') : script === 'tamil' ? languageText('ta') : latinText(lang);
    if (!options.keepStopwords && language.stopwords.has(token.text)) continue;
    terms.push(...language.wordTerms(token.text));
  }
  for (const run of text.matchAll(HAN_RUN)) {
    const chars = Array.from(run[0]);
    if (chars.length === 2) continue; // the segmenter already gave this word
    for (let i = 0; i + 2 <= chars.length; i += 1) terms.push(chars[i] + chars[i + 1]);
  }
  return terms;
}

/**
 * Terms for search indexing and querying: normalised, stop words dropped, English Porter stems,
 * Malay stems (short forms expanded first), Chinese words plus character bigrams, Tamil words plus
 * grapheme-cluster bigrams. Repeats are kept (term frequency matters to ranking).
 */
export function indexTerms(text: string, lang: Language): string[] {
  return analyseNormalised(normalise(text, lang), lang);
}
