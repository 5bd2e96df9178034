/** Every user-visible string exists in all four languages, with the same placeholders, and is really translated. */
import { describe, expect, it } from 'vitest';
import { loadLocaleResources } from '../../src/i18n/index.js';
import { LANGUAGES } from '../../src/core/taxonomy.js';

const resources = loadLocaleResources('locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

/** Values that may equal English: punctuation, units and formats that every language writes the same way. */
const SAME_AS_ENGLISH_ALLOWED = /^(eligibility:(unit\.(money|percent)|list\.separator|requirement\.(eq|in)|field\.\w+|value\.sector\.media)|dialogue:readbackSeparator)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const english = flatten(resources.en);
  it('has English strings', () => {
    expect(english.size).toBeGreaterThan(100);
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = flatten(resources[lang]);
    it(`${lang} has exactly the English keys`, () => {
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
    });
    it(`${lang} keeps every placeholder`, () => {
      const broken = [...english].filter(([key, text]) => translated.has(key) && placeholders(text).join() !== placeholders(translated.get(key)!).join());
      expect(broken.map(([key]) => key)).toEqual([]);
    });
    it(`${lang} translates every string (not left in English)`, () => {
      const untranslated = [...english]
        .filter(([key, text]) => translated.get(key) === text && /\p{L}{3,}/u.test(text.replace(/\{\{\w+\}\}/g, '')))
        .map(([key]) => key.replace(/^(\w+)\./, '$1:'))
        .filter((key) => !SAME_AS_ENGLISH_ALLOWED.test(key));
      expect(untranslated).toEqual([]);
    });
  }
});
