/** The one table of per-language text processing. */
import type { Language } from '../../core/taxonomy.js';
import { english } from './en.js';
import { malay } from './ms.js';
import { tamil } from './ta.js';
import type { LanguageText } from './types.js';
import { chinese } from './zh.js';

export type { LanguageText } from './types.js';

const LANGUAGE_TEXT: Record<Language, LanguageText> = { en: english, ms: malay, zh: chinese, ta: tamil };

/** The text processing of one language. */
export function languageText(lang: Language): LanguageText {
  return LANGUAGE_TEXT[lang];
}
