/** Builds the bot from config: the core (store, live catalogue, translator, NLU, runner), the turn threads, then the whole app. */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createAdminRouter } from './admin/router.js';
import { createBotAuthenticator } from './channels/auth.js';
import { botFrameworkEndpoint } from './channels/bot-framework.js';
import { createConnectorSender } from './channels/sender.js';
import { createWebChat, loadOrCreateTokenSecret } from './channels/webchat/index.js';
import { createApp } from './http/app.js';
import { createHttpMetrics } from './http/metrics.js';
import { RateLimiter } from './http/rate-limit.js';
import { DirectLineLogTable } from './store/direct-line.js';
import { readNewShippedSchemes } from './catalogue/shipped.js';
import { openDatabase, type Db } from './store/database.js';
import { SchemeTable, knownSchemeIds } from './store/schemes.js';
import { TurnThreads } from './turn-threads.js';
import { composeTurnEngine, type TurnEngine } from './turn-engine.js';

export interface Core extends TurnEngine {
  db: Db;
  schemeTable: SchemeTable;
}

export function composeCore(config: Config, logger: Logger): Core {
  const db = openDatabase(config.dataDir);
  const schemeTable = new SchemeTable(db);
  const imported = schemeTable.importNew(readNewShippedSchemes(config.schemesDir, knownSchemeIds(db)));
  if (imported.length > 0) logger.info({ count: imported.length }, 'imported shipped schemes');
  return { db, schemeTable, ...composeTurnEngine(db, config, logger) };
}

export interface Composed {
  app: ReturnType<typeof createApp>;
  core: Core;
  /** The website chat's transcripts, purged with the conversations. */
  directLineLog: DirectLineLogTable;
  /** Marks the server ready (after listen); /readyz answers 503 until then. */
  setReady(ready: boolean): void;
  /** The turn threads (TURN_THREADS > 0): wait for `ready` before serving, `close` them on shutdown. */
  turnThreads?: TurnThreads;
}

/** The whole HTTP application as `npm start` serves it: core, Bot Framework, website chat, staff API. */
export function composeApp(config: Config, logger: Logger, onFatal: (error: Error) => void = () => undefined): Composed {
  const core = composeCore(config, logger);
  const { db, schemeTable, catalogue, translator, nlu } = core;
  const turnThreads = config.turnThreads > 0 ? new TurnThreads(config, config.turnThreads, logger, onFatal) : undefined;
  if (turnThreads) catalogue.onChange((next) => turnThreads.catalogueChanged(next.schemes));
  const runner = turnThreads ?? core.runner;
  let ready = false;
  const rateLimiter = new RateLimiter(config.rateLimitPerMinute);
  if (!config.bot.appId) logger.warn('MICROSOFT_APP_ID is not set: /api/messages runs in local/emulator mode without authentication');
  const botFramework = botFrameworkEndpoint({
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
  return { app, core, directLineLog, setReady: (value) => (ready = value), ...(turnThreads ? { turnThreads } : {}) };
}
