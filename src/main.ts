/** Composition root: config → store → catalogue → NLU → dialogue → channels → app → listen. */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { LiveCatalogue } from './catalogue/catalogue.js';
import { readNewShippedSchemes } from './catalogue/shipped.js';
import { createBotAuthenticator } from './channels/auth.js';
import { botFrameworkRouter } from './channels/bot-framework.js';
import { createConnectorSender } from './channels/sender.js';
import { ConversationRunner } from './dialogue/runner.js';
import { createApp } from './http/app.js';
import { createHttpMetrics } from './http/metrics.js';
import { createTranslator, loadLocaleResources } from './i18n/index.js';
import { buildNlu, schemeMentions } from './nlu-model.js';
import { SqliteConversationStore } from './store/conversations.js';
import { openDatabase } from './store/database.js';
import { KvCache } from './store/kv-cache.js';
import { SchemeTable, knownSchemeIds } from './store/schemes.js';

const HOUR_MS = 3_600_000;

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

  const built = buildNlu(config.intentsDir, catalogue.current().schemes, new KvCache(db));
  logger.info({ ms: built.ms, fromCache: built.fromCache }, 'NLU ready');
  let nlu = built.nlu;
  // Staff edits swap the catalogue; the NLU's scheme names follow in the same step.
  catalogue.onChange((next) => {
    nlu = nlu.withSchemes(schemeMentions(next.schemes));
  });

  const conversations = new SqliteConversationStore(db);
  const runner = new ConversationRunner({
    store: conversations,
    dialogue: {
      nlu: () => nlu,
      catalogue: () => catalogue.current(),
      translator,
      today: () => new Date().toISOString().slice(0, 10),
      retentionDays: config.retentionDays,
    },
  });

  if (!config.bot.appId) logger.warn('MICROSOFT_APP_ID is not set: /api/messages runs in local/emulator mode without authentication');
  const botFramework = botFrameworkRouter({
    runner,
    auth: createBotAuthenticator(config.bot),
    sender: createConnectorSender(config.bot.appId, config.bot.appPassword, config.bot.tenantId),
    translator,
    serviceUrlAllowlist: config.serviceUrlAllowlist,
    bodyLimitBytes: config.bodyLimitBytes,
    logger,
  });

  const app = createApp({
    catalogue,
    translator,
    logger,
    nlu: () => nlu,
    botFramework,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    metrics: createHttpMetrics(),
    isReady: () => ready,
  });

  const purge = (): void => {
    const purged = conversations.purgeOlderThan(config.retentionDays);
    if (purged > 0) logger.info({ purged }, 'purged expired conversations');
  };
  purge();
  const purgeTimer = setInterval(purge, HOUR_MS);
  purgeTimer.unref();

  const server = app.listen(config.port, config.host, () => {
    ready = true;
    logger.info(
      { port: config.port, schemes: catalogue.current().schemes.length, startupMs: Math.round(performance.now() - startedAt) },
      `e-adviser listening on http://localhost:${config.port}`,
    );
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    ready = false;
    clearInterval(purgeTimer);
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
