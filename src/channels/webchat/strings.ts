/** The website chat's own strings (locales/<lng>/webchat.json): page text, embed button titles and Web Chat's interface. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LANGUAGES, toLanguage, type Language } from '../../core/taxonomy.js';

const text = z.string().min(1);

/** The shape of locales/<lng>/webchat.json. */
export const PageStringsSchema = z.object({
  page: z.object({ title: text, heading: text, tagline: text, chatLabel: text, connecting: text, unavailable: text, noScript: text }),
  language: z.object({ label: text, name: text }),
  footer: z.object({ disclaimer: text }),
  embed: z.object({ open: text, close: text, panel: text }),
  /** Web Chat's own interface strings by id (overrideLocalizedStrings); it ships none in Tamil. */
  webChat: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), text),
});

export type PageStrings = z.infer<typeof PageStringsSchema>;
export type AllPageStrings = Record<Language, PageStrings>;

/** Reads and validates the four webchat.json files; `{{days}}` becomes the retention period. A bad file throws naming it. */
export function loadPageStrings(localesDir: string, retentionDays: number): AllPageStrings {
  const all = {} as AllPageStrings;
  for (const lang of LANGUAGES) {
    const file = join(localesDir, lang, 'webchat.json');
    const raw = readFileSync(file, 'utf8').replaceAll('{{days}}', String(retentionDays));
    const parsed = PageStringsSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    all[lang] = parsed.data;
  }
  return all;
}

/** The first of our languages in an Accept-Language header, else English. */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const lang = toLanguage(part.split(';')[0]);
    if (lang) return lang;
  }
  return 'en';
}
