/** The translator port: every user-visible string comes from locales/ through it. */
import type { Language } from './taxonomy.js';

export type TranslationParams = Record<string, string | number>;

export interface Translator {
  /** The string for `key` in `lang`; falls back to English (and `isFallback` says so). */
  t(lang: Language, key: string, params?: TranslationParams): string;
  /** Whether `key` exists in `lang` itself, without falling back. */
  has(lang: Language, key: string): boolean;
}
