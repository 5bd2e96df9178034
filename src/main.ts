/** Composition root: config → store → catalogue → i18n → app → listen. */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { LiveCatalogue } from './catalogue/catalogue.js';
import { readNewShippedSchemes } from './catalogue/shipped.js';
import { createApp } from './http/app.js';
import { createHttpMetrics } from './http/metrics.js';
import { createTranslator, loadLocaleResources } from './i18n/index.js';
import { openDatabase } from './store/database.js';
import { SchemeTable, knownSchemeIds } from './store/schemes.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = readConfig();
  const logger = pino({ level: config.logLevel, base: undefined });
  let ready = false;

  const db = openDatabase(config.dataDir);
  const schemeTable = new SchemeTable(db);
  const imported = schemeTable.importNew(readNewShippedSchemes(config.schemesDir, knownSchemeIds(db)));
  if (imported.length > 0) logger.info({ count: imported.length }, 'imported shipped schemes');
  const catalogue = new LiveCatalogue(schemeTable.listLive().map((stored) => stored.scheme));
  const translator = createTranslator(loadLocaleResources('locales'));

  const app = createApp({
    catalogue,
    translator,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    metrics: createHttpMetrics(),
    isReady: () => ready,
  });

  const server = app.listen(config.port, config.host, () => {
    ready = true;
    logger.info(
      { port: config.port, host: config.host, schemes: catalogue.current().schemes.length, startupMs: Math.round(performance.now() - startedAt) },
      `e-adviser listening on http://localhost:${config.port}`,
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    ready = false;
    server.close(() => {
      db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
