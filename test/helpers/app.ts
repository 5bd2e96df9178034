/** Builds the app in-process over the shipped catalogue and locales, as main.ts does, with test doubles where useful. */
import pino from 'pino';
import type { Scheme } from '../../src/core/scheme.js';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import { loadSchemeFiles } from '../../src/catalogue/load-files.js';
import { createApp, type AppDeps } from '../../src/http/app.js';
import { createTranslator, loadLocaleResources } from '../../src/i18n/index.js';

let shipped: Scheme[] | undefined;
export function shippedSchemes(): Scheme[] {
  shipped ??= loadSchemeFiles('schemes');
  return shipped;
}

let translator: ReturnType<typeof createTranslator> | undefined;
export function testTranslator(): ReturnType<typeof createTranslator> {
  translator ??= createTranslator(loadLocaleResources('locales'));
  return translator;
}

export const silentLogger = pino({ level: 'silent' });

/** A fixed "today" so that schemes' validity dates do not make tests drift. */
export const TEST_TODAY = new Date('2026-11-27T04:00:00Z');

export function buildTestApp(overrides: Partial<AppDeps> = {}) {
  const catalogue = overrides.catalogue ?? new LiveCatalogue(shippedSchemes());
  const app = createApp({
    catalogue,
    translator: testTranslator(),
    logger: silentLogger,
    now: () => TEST_TODAY,
    ...overrides,
  });
  return { app, catalogue };
}
