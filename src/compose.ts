/** Builds the bot from config: the core (store, live catalogue, translator, NLU, runner), then the whole app. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createAdminRouter } from './admin/router.js';
import { LiveCatalogue } from './catalogue/catalogue.js';
import { isoDay } from './core/dates.js';
import { createBotAuthenticator } from './channels/auth.js';
import { botFrameworkRouter } from './channels/bot-framework.js';
import { createConnectorSender } from './channels/sender.js';
import { createWebChat, loadOrCreateTokenSecret } from './channels/webchat/index.js';
import { createApp } from './http/app.js';
import { createHttpMetrics } from './http/metrics.js';
import { RateLimiter } from './http/rate-limit.js';
import { DirectLineLogTable } from './store/direct-line.js';
import { readNewShippedSchemes } from './catalogue/shipped.js';
import { ConversationRunner } from './dialogue/runner.js';
import { createTranslator, loadLocaleResources } from './i18n/index.js';
import type { NluEngine } from './nlu/index.js';
import { buildNlu, schemeMentions } from './nlu-model.js';
import { SqliteConversationStore } from './store/conversations.js';
import { openDatabase, type Db } from './store/database.js';
import { KvCache } from './store/kv-cache.js';
import { SchemeTable, knownSchemeIds } from './store/schemes.js';

export interface Core {
  db: Db;
  schemeTable: SchemeTable;
  catalogue: LiveCatalogue;
  translator: ReturnType<typeof createTranslator>;
  nlu: () => NluEngine;
  conversations: SqliteConversationStore;
  runner: ConversationRunner;
}

export function composeCore(config: Config, logger: Logger): Core {
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
      today: () => isoDay(),
      retentionDays: config.retentionDays,
    },
  });
  return { db, schemeTable, catalogue, translator, nlu: () => nlu, conversations, runner };
}

export interface Composed {
  app: ReturnType<typeof createApp>;
  core: Core;
  /** The website chat's transcripts, purged with the conversations. */
  directLineLog: DirectLineLogTable;
  /** Marks the server ready (after listen); /readyz answers 503 until then. */
  setReady(ready: boolean): void;
}

/** The whole HTTP application as `npm start` serves it: core, Bot Framework, website chat, staff API. */
export function composeApp(config: Config, logger: Logger): Composed {
  const core = composeCore(config, logger);
  const { db, schemeTable, catalogue, translator, nlu, runner } = core;
  let ready = false;
  const rateLimiter = new RateLimiter(config.rateLimitPerMinute);
  if (!config.bot.appId) logger.warn('MICROSOFT_APP_ID is not set: /api/messages runs in local/emulator mode without authentication');
  const botFramework = botFrameworkRouter({
    runner,
    auth: createBotAuthenticator(config.bot),
    sender: createConnectorSender(config.bot.appId, config.bot.appPassword, config.bot.tenantId),
    translator,
    serviceUrlAllowlist: config.serviceUrlAllowlist,
    bodyLimitBytes: config.bodyLimitBytes,
    logger,
    rateLimiter,
  });
  const directLineLog = new DirectLineLogTable(db);
  const webChat = createWebChat({
    runner,
    translator,
    log: directLineLog,
    tokenSecret: loadOrCreateTokenSecret(config.dataDir),
    embedOrigins: config.embedOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
    retentionDays: config.retentionDays,
    logger,
    rateLimiter,
  });
  const admin = createAdminRouter({ db, catalogue, schemeTable, logger });
  const app = createApp({
    catalogue,
    translator,
    logger,
    nlu,
    botFramework,
    webChat,
    admin,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    metrics: createHttpMetrics(),
    rateLimiter,
    isReady: () => ready,
  });
  return { app, core, directLineLog, setReady: (value) => (ready = value) };
}
