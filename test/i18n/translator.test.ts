/** The translator answers exactly as i18next would, for every key of every language, through its compiled templates. */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadLocaleResources } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/core/taxonomy.js';

const resources = loadLocaleResources('locales');
const translator = createTranslator(resources);
const reference = createInstance();
void reference.init({
  resources: resources as never,
  lng: 'en',
  fallbackLng: 'en',
  ns: Object.keys(resources.en),
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
} as never);

function keysOf(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`));
}
const keys = Object.entries(resources.en).flatMap(([namespace, tree]) => keysOf(tree, `${namespace}:`));
const paramsFor = (key: string) => {
  const text = reference.t(key, { lng: 'en' }) as string;
  return Object.fromEntries([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m, index) => [m[1], index % 2 ? 1234.5 : `«${m[1]}»`]));
};

describe('translator', () => {
  it('covers the locale files', () => {
    expect(keys.length).toBeGreaterThan(200);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every key, with and without its parameters, twice (compiled, then cached), equals i18next`, () => {
      for (const key of keys) {
        const params = paramsFor(key);
        for (let round = 0; round < 2; round += 1) {
          expect(translator.t(lang, key, params)).toBe(reference.t(key, { lng: lang, ...params }));
          expect(translator.t(lang, key)).toBe(reference.t(key, { lng: lang }));
        }
      }
    });
  }

  it('falls back to English for a key missing in a language, and names a missing key', () => {
    const partial = createTranslator({ ...resources, ms: { dialogue: {} } });
    expect(partial.t('ms', 'dialogue:button.submit')).toBe(translator.t('en', 'dialogue:button.submit'));
    expect(partial.has('ms', 'dialogue:button.submit')).toBe(false);
    expect(translator.t('ta', 'dialogue:no.such.key')).toBe('no.such.key');
  });

  it('leaves plurals to i18next', () => {
    const plural = createTranslator({ en: { x: { item_one: 'one item', item_other: '{{count}} items' } }, ms: {}, zh: {}, ta: {} } as never);
    expect(plural.t('en', 'x:item', { count: 1 })).toBe('one item');
    expect(plural.t('zh', 'x:item', { count: 3 })).toBe('3 items');
  });
});
