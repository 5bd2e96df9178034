/** createWebChat: the website chat as one router — the self-hosted Direct Line under /v3/directline, the page at / and /embed.js. */
import { Router } from 'express';
import type { Logger } from 'pino';
import type { Translator } from '../../core/i18n.js';
import type { RateLimiter } from '../../http/rate-limit.js';
import type { TurnRunner } from '../bot-framework.js';
import type { ActivityLog } from '../direct-line/conversation.js';
import { directLineRouter } from '../direct-line/router.js';
import { TokenService } from '../direct-line/tokens.js';
import { webChatPageRouter } from './page.js';
import { loadPageStrings } from './strings.js';

/** What the website chat needs from the composition root. */
export interface WebChatOptions {
  runner: TurnRunner;
  translator: Translator;
  /** The activity log (store/direct-line.ts's DirectLineLogTable). */
  log: ActivityLog;
  /** The HMAC secret for Direct Line tokens (loadOrCreateTokenSecret(config.dataDir)). */
  tokenSecret: Buffer;
  /** EMBED_ORIGINS: who may frame the page and call Direct Line, besides the page's own origin. */
  embedOrigins: readonly string[];
  bodyLimitBytes: number;
  /** RETENTION_DAYS, as the page's disclaimer states it. */
  retentionDays: number;
  logger: Logger;
  rateLimiter?: RateLimiter;
  now?: () => Date;
  /** Where locales/<lng>/webchat.json live; defaults to ./locales. */
  localesDir?: string;
  tokenTtlSeconds?: number;
}

/** Builds the website chat; mount the router at the root (createApp's `webChat`). */
export function createWebChat(options: WebChatOptions): Router {
  const now = options.now ?? (() => new Date());
  const strings = loadPageStrings(options.localesDir ?? 'locales', options.retentionDays);
  const router = Router();
  router.use(
    '/v3/directline',
    directLineRouter({
      runner: options.runner,
      log: options.log,
      translator: options.translator,
      now,
      tokens: new TokenService({ secret: options.tokenSecret, now, ...(options.tokenTtlSeconds ? { ttlSeconds: options.tokenTtlSeconds } : {}) }),
      embedOrigins: options.embedOrigins,
      bodyLimitBytes: options.bodyLimitBytes,
      logger: options.logger,
      ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    }),
  );
  router.use(webChatPageRouter({ strings, embedOrigins: options.embedOrigins }));
  return router;
}

export { loadOrCreateTokenSecret } from '../direct-line/secret.js';
