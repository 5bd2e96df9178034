/** createApp(deps): the express assembly. Never reads the environment, never listens. */
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Translator } from '../core/i18n.js';
import type { Nlu } from '../core/nlu.js';
import type { LiveCatalogue } from '../catalogue/catalogue.js';
import { jsonBody } from './body.js';
import { createHttpMetrics, type HttpMetrics } from './metrics.js';
import { notFound, problemHandler } from './problem.js';
import { requestLog } from './request-log.js';
import { rateLimit, type RateLimiter } from './rate-limit.js';
import { serveLeanRoutes, type LeanRoute } from './lean-route.js';
import { matchRouter } from './api/match.js';
import { nluRouter } from './api/nlu.js';
import { schemesRouter } from './api/schemes.js';

export interface AppDeps {
  catalogue: LiveCatalogue;
  translator: Translator;
  logger: Logger;
  bodyLimitBytes?: number;
  trustProxy?: boolean;
  metrics?: HttpMetrics;
  /** True once the catalogue and the NLU are loaded. */
  isReady?: () => boolean;
  now?: () => Date;
  /** The live NLU (swapped when staff change scheme names). */
  nlu?: () => Nlu;
  /** The Bot Framework endpoint, built by the composition root; served as a lean route (lean-route.ts). */
  botFramework?: LeanRoute;
  /** The self-hosted Direct Line and the website chat. */
  webChat?: Router;
  /** The staff curation API. */
  admin?: Router;
  /** Limits requests per client on the public routes (the Bot Framework channel limits per conversation itself). */
  rateLimiter?: RateLimiter;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  const now = deps.now ?? (() => new Date());
  const metrics = deps.metrics ?? createHttpMetrics(undefined, false);
  app.disable('x-powered-by');
  // No ETags on JSON answers: they are not cached, and hashing each answer costs CPU (static files have their own).
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('query parser', 'simple');
  const common = [helmet(), metrics.middleware, requestLog(deps.logger)];
  app.use(...common);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const ready = deps.isReady?.() ?? true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const body = jsonBody(deps.bodyLimitBytes ?? 100 * 1024);
  const limit = deps.rateLimiter ? [rateLimit(deps.rateLimiter)] : [];
  app.use('/api/schemes', ...limit, schemesRouter(deps.catalogue, now));
  app.use('/api/match', ...limit, body, matchRouter(deps.catalogue, deps.translator, now));
  if (deps.nlu) app.use('/api/nlu', ...limit, body, nluRouter(deps.nlu));
  if (deps.admin) app.use('/api/admin', deps.admin);
  if (deps.webChat) app.use(deps.webChat);

  const onUnexpected = (error: unknown) => deps.logger.error({ err: error }, 'unexpected error');
  app.use(notFound);
  app.use(problemHandler(onUnexpected));
  serveLeanRoutes(app, deps.botFramework ? [deps.botFramework] : [], common, onUnexpected);
  return app;
}
