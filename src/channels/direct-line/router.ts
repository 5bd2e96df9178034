/** /v3/directline: the self-hosted Direct Line 3.0 subset that the official Web Chat speaks (polling, no WebSocket). */
import { Router, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { jsonBody } from '../../http/body.js';
import { HttpProblem, validationProblem } from '../../http/problem.js';
import { RateLimiter } from '../../http/rate-limit.js';
import { DirectLineConversations, type ConversationsOptions } from './conversation.js';
import { directLineCors } from './cors.js';
import { PostedActivitySchema, StartConversationSchema, WatermarkSchema } from './schema.js';
import type { TokenClaims, TokenService } from './tokens.js';

/** Web Chat polls every second; reads get this many times the turn limit, and never fewer than 300 a minute. */
const POLL_LIMIT_FACTOR = 4;
const MIN_POLLS_PER_MINUTE = 300;

/** The Direct Line router's dependencies, built by createWebChat. */
export interface DirectLineOptions extends ConversationsOptions {
  tokens: TokenService;
  embedOrigins: readonly string[];
  bodyLimitBytes: number;
  logger: Logger;
  /** The app's per-client limiter: token generation per IP, everything else per conversation. */
  rateLimiter?: RateLimiter;
}

function claimsOf(res: Response): TokenClaims {
  return res.locals.directLine as TokenClaims;
}

/** Checks the bearer token before anything else: missing or unreadable 401, forged or expired 403. */
function authenticate(options: DirectLineOptions): RequestHandler {
  return (req, res, next) => {
    const match = /^Bearer ([^\s]+)$/.exec(req.headers.authorization ?? '');
    if (!match) throw new HttpProblem(401, 'A Direct Line token is required.', [], 'about:blank', { 'WWW-Authenticate': 'Bearer' });
    const verified = options.tokens.verify(match[1]!);
    if (!verified.ok) {
      if (verified.reason === 'malformed') throw new HttpProblem(401, 'The Direct Line token is not readable.', [], 'about:blank', { 'WWW-Authenticate': 'Bearer' });
      options.logger.debug({ reason: verified.reason }, 'Direct Line token refused');
      throw new HttpProblem(403, verified.reason === 'expired' ? 'The Direct Line token has expired.' : 'The Direct Line token is not valid.');
    }
    res.locals.directLine = verified.claims;
    next();
  };
}

/** A token is bound to one conversation: it can neither read nor post to another. */
const sameConversation: RequestHandler = (req, res, next) => {
  if (req.params.id !== claimsOf(res).conv) throw new HttpProblem(403, 'This token belongs to another conversation.');
  next();
};

/** The /v3/directline routes (mount at that path): tokens, conversations, activities; CORS, auth and limits first. */
export function directLineRouter(options: DirectLineOptions): Router {
  const router = Router();
  const conversations = new DirectLineConversations(options);
  const turnLimit = options.rateLimiter;
  const pollLimit = turnLimit && turnLimit.perMinute > 0 ? new RateLimiter(Math.max(turnLimit.perMinute * POLL_LIMIT_FACTOR, MIN_POLLS_PER_MINUTE)) : undefined;
  const perConversation = (limiter: RateLimiter | undefined): RequestHandler => (_req, res, next) => {
    limiter?.hit(`directline:${claimsOf(res).conv}`);
    next();
  };
  const auth = authenticate(options);
  const body = jsonBody(options.bodyLimitBytes);

  router.use(directLineCors(options.embedOrigins));
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.post('/tokens/generate', (req, res) => {
    turnLimit?.hit(`ip:${req.ip ?? 'unknown'}`);
    res.status(200).json(options.tokens.issueForNewConversation());
  });

  router.post('/tokens/refresh', auth, perConversation(turnLimit), (_req, res) => {
    res.status(200).json(options.tokens.reissue(claimsOf(res)));
  });

  router.post('/conversations', auth, perConversation(turnLimit), body, async (req, res) => {
    const parsed = StartConversationSchema.safeParse(req.body);
    if (!parsed.success) throw validationProblem(parsed.error, 'The conversation start is not valid.');
    await conversations.start(claimsOf(res), parsed.data?.locale);
    res.status(201).json(options.tokens.reissue(claimsOf(res)));
  });

  router.get('/conversations/:id', auth, sameConversation, perConversation(turnLimit), (_req, res) => {
    res.status(200).json(options.tokens.reissue(claimsOf(res)));
  });

  router.post('/conversations/:id/activities', auth, sameConversation, perConversation(turnLimit), body, async (req, res) => {
    const parsed = PostedActivitySchema.safeParse(req.body);
    if (!parsed.success) throw validationProblem(parsed.error, 'The activity is not valid.');
    res.status(200).json({ id: await conversations.post(claimsOf(res), parsed.data) });
  });

  router.get('/conversations/:id/activities', auth, sameConversation, perConversation(pollLimit), (req, res) => {
    const watermark = WatermarkSchema.safeParse(req.query.watermark);
    if (!watermark.success) throw validationProblem(watermark.error, 'The watermark is not valid.', ['query', 'watermark']);
    res.status(200).json(conversations.read(claimsOf(res), Number(watermark.data || 0)));
  });

  return router;
}
