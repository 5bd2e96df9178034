/** Composition root: config → the composed app → listen, with retention purging and graceful shutdown. */
import pino from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { composeApp } from './compose.js';

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

function main(): void {
  const startedAt = performance.now();
  const config = readConfig();
  const logger = pino({ level: config.logLevel, base: undefined });
  const fatal = (error: Error): never => {
    logger.fatal({ err: error.message }, 'cannot answer turns');
    process.exit(1);
  };
  const { app, core, directLineLog, setReady, turnThreads } = composeApp(config, logger, fatal);

  const purge = (): void => {
    const purged = core.conversations.purgeOlderThan(config.retentionDays) + directLineLog.purgeOlderThan(config.retentionDays);
    if (purged > 0) logger.info({ purged }, 'purged expired conversations');
  };
  purge();
  const purgeTimer = setInterval(purge, HOUR_MS);
  purgeTimer.unref();

  const server = app.listen(config.port, config.host, () => {
    // Ready once the turn threads have loaded their catalogue and NLU (they start while the server starts listening).
    void (turnThreads?.ready ?? Promise.resolve()).then(() => {
      setReady(true);
      logger.info(
        {
          port: config.port,
          schemes: core.catalogue.current().schemes.length,
          turnThreads: config.turnThreads,
          startupMs: Math.round(performance.now() - startedAt),
        },
        `e-adviser listening on http://localhost:${config.port}`,
      );
    }, fatal);
  });
  server.headersTimeout = config.headersTimeoutMs;
  server.requestTimeout = config.requestTimeoutMs;
  // Node only checks these timeouts every connectionsCheckingInterval (30 s by default).
  (server as unknown as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(1000, config.headersTimeoutMs);

  // SIGTERM: stop accepting, let in-flight requests finish (idle keep-alive connections are closed), stop the
  // turn threads, then close the database; a request still running after 10 s is abandoned.
  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    setReady(false);
    clearInterval(purgeTimer);
    server.close(() => {
      void (turnThreads?.close() ?? Promise.resolve()).then(() => {
        core.db.close();
        logger.info('stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
