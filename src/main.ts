/** Composition root: config → core (store, catalogue, NLU, dialogue) → channels → app → listen. */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createBotAuthenticator } from './channels/auth.js';
import { botFrameworkRouter } from './channels/bot-framework.js';
import { createConnectorSender } from './channels/sender.js';
import { composeCore } from './compose.js';
import { createAdminRouter } from './admin/router.js';
import { createApp } from './http/app.js';
import { createHttpMetrics } from './http/metrics.js';
import { RateLimiter } from './http/rate-limit.js';

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

  const { db, schemeTable, catalogue, translator, nlu, conversations, runner } = composeCore(config, logger);
  const admin = createAdminRouter({ db, catalogue, schemeTable, logger });

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

  const app = createApp({
    catalogue,
    translator,
    logger,
    nlu,
    botFramework,
    admin,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    metrics: createHttpMetrics(),
    rateLimiter,
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
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = config.requestTimeoutMs;
  // Node only checks these timeouts every connectionsCheckingInterval (30 s by default).
  (server as unknown as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(1000, config.headersTimeoutMs);

  // SIGTERM: stop accepting, let in-flight requests finish (idle keep-alive connections are closed),
  // then close the database; a request still running after 10 s is abandoned.
  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    ready = false;
    clearInterval(purgeTimer);
    server.close(() => {
      db.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
