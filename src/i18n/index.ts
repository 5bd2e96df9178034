/** i18next over locales/<lng>/<namespace>.json: the only importer of i18next. */
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Translator, TranslationParams } from '../core/i18n.js';
import { LANGUAGES, type Language } from '../core/taxonomy.js';

export type LocaleResources = Record<Language, Record<string, unknown>>;

/** Reads every `<dir>/<lng>/<namespace>.json` file. */
export function loadLocaleResources(dir = 'locales'): LocaleResources {
  const resources = {} as LocaleResources;
  for (const lang of LANGUAGES) {
    const folder = join(dir, lang);
    resources[lang] = {};
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      resources[lang][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
    }
  }
  return resources;
}

class I18nextTranslator implements Translator {
  constructor(private readonly instance: I18n) {}

  t(lang: Language, key: string, params?: TranslationParams): string {
    return this.instance.t(key, { lng: lang, ...params }) as string;
  }

  has(lang: Language, key: string): boolean {
    const [namespace, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
    return this.instance.getResource(lang, namespace!, path!) !== undefined;
  }
}

/** A translator over the given resources; a key missing in a language falls back to English. */
export function createTranslator(resources: LocaleResources): Translator {
  const instance = createInstance();
  void instance.init({
    resources: resources as unknown as Resource,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<I18n['init']>[0]);
  return new I18nextTranslator(instance);
}
