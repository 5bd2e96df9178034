/** POST /api/match: rank the catalogue for a profile, with reasons and the next best question. */
import { Router } from 'express';
import { z } from 'zod';
import type { Translator } from '../../core/i18n.js';
import { ProfileSchema, PROFILE_FIELDS, isProfileField, type Profile } from '../../core/profile.js';
import { AUDIENCES, NEEDS, NEEDS_BY_AUDIENCE } from '../../core/taxonomy.js';
import type { LiveCatalogue } from '../../catalogue/catalogue.js';
import { matchSchemes } from '../../eligibility/recommend.js';
import { languageParam, parseOrThrow, single } from './params.js';
import { isoDay } from '../../core/dates.js';

const MatchBody = z
  .object({
    audience: z.enum(AUDIENCES),
    profile: ProfileSchema,
    needs: z.array(z.enum(NEEDS)).max(27).optional(),
    text: z.string().max(1000, 'must be at most 1000 characters').optional(),
    lang: languageParam.optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const field of Object.keys(body.profile)) {
      if (isProfileField(field) && PROFILE_FIELDS[field].audience !== body.audience) {
        ctx.addIssue({ code: 'custom', path: ['profile', field], message: `is not a field of audience '${body.audience}'` });
      }
    }
    body.needs?.forEach((need, index) => {
      if (!NEEDS_BY_AUDIENCE[body.audience].includes(need)) {
        ctx.addIssue({ code: 'custom', path: ['needs', index], message: `is not a need of audience '${body.audience}'` });
      }
    });
  });

const MatchQuery = z.object({ includeIneligible: single.pipe(z.enum(['true', 'false'])).optional() }).strict();

export function matchRouter(catalogue: LiveCatalogue, translator: Translator, now: () => Date): Router {
  const router = Router();
  router.post('/', (req, res) => {
    const query = parseOrThrow(MatchQuery, req.query, 'query');
    const body = parseOrThrow(MatchBody, req.body ?? {}, 'body');
    const view = matchSchemes(
      catalogue.current(),
      {
        audience: body.audience,
        profile: body.profile as Profile,
        needs: body.needs,
        text: body.text,
        today: isoDay(now()),
        lang: body.lang ?? 'en',
        limit: body.limit ?? 10,
        includeIneligible: query.includeIneligible === 'true',
      },
      translator,
    );
    res.json({ results: view.results, nextQuestion: view.nextQuestion });
  });
  return router;
}
