/** What each language contributes to text processing. */
import type { Language } from '../../core/taxonomy.js';

export interface LanguageText {
  lang: Language;
  /** Whole-word rewrites applied after character normalisation (Malay short forms). */
  rewrites?: Readonly<Record<string, string>>;
  /** Words that carry no meaning for search. */
  stopwords: ReadonlySet<string>;
  /** Index terms of one normalised word token written in this language's own script. */
  wordTerms(word: string): string[];
}
