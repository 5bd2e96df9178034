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

/** A locale string split at its `{{name}}` placeholders: text at even indexes, parameter names at odd ones. */
type Template = readonly string[];

const PLACEHOLDER = /\{\{\s*([\w]+)\s*\}\}/;
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/**
 * i18next answers every lookup, but resolving a key and interpolating through it costs a few microseconds, and a
 * results turn makes a hundred lookups (the profile put them at ~15% of a turn). So each (language, key) is resolved
 * once into a template and filled in here; anything beyond plain `{{name}}` placeholders — plurals, nesting,
 * formats, a missing parameter — still goes through i18next.
 */
class I18nextTranslator implements Translator {
  private readonly templates = new Map<string, Template | null>();

  constructor(private readonly instance: I18n) {}

  t(lang: Language, key: string, params?: TranslationParams): string {
    const id = `${lang}\u0000${key}`;
    let template = this.templates.get(id);
    if (template === undefined) {
      template = this.compile(lang, key);
      this.templates.set(id, template);
    }
    return (template && fill(template, params)) ?? (this.instance.t(key, { lng: lang, ...params }) as string);
  }

  has(lang: Language, key: string): boolean {
    return this.resource(lang, key) !== undefined;
  }

  private resource(lang: Language, key: string): unknown {
    const [namespace, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
    return this.instance.getResource(lang, namespace!, path!);
  }

  /** The template of a plain string (falling back to English as i18next does), or null when i18next must answer. */
  private compile(lang: Language, key: string): Template | null {
    const fallbacks: Language[] = lang === 'en' ? ['en'] : [lang, 'en'];
    const owner = fallbacks.find((candidate) => this.resource(candidate, key) !== undefined);
    if (!owner) return null;
    const text = this.resource(owner, key);
    const plural = fallbacks.some((candidate) => PLURAL_SUFFIXES.some((suffix) => this.resource(candidate, key + suffix) !== undefined));
    if (typeof text !== 'string' || plural || text.includes('$t(')) return null;
    const parts = text.split(new RegExp(PLACEHOLDER.source, 'g'));
    const unsupported = text.includes('{{') && parts.some((part, index) => index % 2 === 0 && part.includes('{{'));
    return unsupported ? null : parts;
  }
}

/** The template filled with `params`, or undefined when a placeholder has no value or the call needs i18next. */
function fill(template: Template, params: TranslationParams | undefined): string | undefined {
  if (template.length === 1) return params?.context === undefined ? template[0] : undefined;
  if (!params || params.context !== undefined) return undefined;
  let text = template[0]!;
  for (let index = 1; index < template.length; index += 2) {
    const value = params[template[index]!];
    if (value === undefined) return undefined;
    text += String(value) + template[index + 1]!;
  }
  return text;
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
