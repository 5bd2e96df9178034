/** POST /api/nlu/parse: language, intent and entities of one message (CONTRACT.md). */
import { Router } from 'express';
import { z } from 'zod';
import type { Nlu } from '../../core/nlu.js';
import { languageParam, parseOrThrow } from './params.js';

const ParseBody = z
  .object({
    text: z.string().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
    lang: languageParam.optional(),
  })
  .strict();

export function nluRouter(nlu: () => Nlu): Router {
  const router = Router();
  router.post('/parse', (req, res) => {
    const body = parseOrThrow(ParseBody, req.body ?? {}, 'body');
    res.json(nlu().parse(body.text, body.lang ? { hint: body.lang } : {}));
  });
  return router;
}
