/** GET /api/schemes and GET /api/schemes/{id}: the public, localised read API over the live catalogue. */
import { Router } from 'express';
import { z } from 'zod';
import { AUDIENCES, NEEDS, SCHEME_TYPES, SECTORS } from '../../core/taxonomy.js';
import type { LiveCatalogue } from '../../catalogue/catalogue.js';
import { describeScheme, effectiveStatus, summariseScheme } from '../../catalogue/localise.js';
import { HttpProblem } from '../problem.js';
import { languageParam, parseOrThrow, single } from './params.js';
import { isoDay } from '../../core/dates.js';

const ListQuery = z
  .object({
    q: single.max(500, 'must be at most 500 characters').optional(),
    lang: single.pipe(languageParam).optional(),
    audience: single.pipe(z.enum(AUDIENCES)).optional(),
    need: single.pipe(z.enum(NEEDS)).optional(),
    sector: single.pipe(z.enum(SECTORS)).optional(),
    type: single.pipe(z.enum(SCHEME_TYPES)).optional(),
    status: single.pipe(z.enum(['active', 'ended', 'announced', 'all'])).optional(),
    limit: single.pipe(z.coerce.number<string>().int().min(1).max(100)).optional(),
    offset: single.pipe(z.coerce.number<string>().int().min(0)).optional(),
  })
  .strict();

const DetailQuery = z.object({ lang: single.pipe(languageParam).optional() }).strict();

export function schemesRouter(catalogue: LiveCatalogue, now: () => Date): Router {
  const router = Router();

  router.get('/', (req, res) => {
    const query = parseOrThrow(ListQuery, req.query, 'query');
    const lang = query.lang ?? 'en';
    const today = isoDay(now());
    const snapshot = catalogue.current();
    const wanted = query.status ?? 'active';
    const matches = (id: string): boolean => {
      const scheme = snapshot.get(id)!;
      if (wanted !== 'all' && effectiveStatus(scheme, today) !== wanted) return false;
      if (query.audience && scheme.audience !== query.audience) return false;
      if (query.need && !scheme.needs.includes(query.need)) return false;
      if (query.type && scheme.type !== query.type) return false;
      return !(query.sector && scheme.sectors.length > 0 && !scheme.sectors.includes(query.sector));
    };
    const ids = query.q?.trim()
      ? snapshot.index.search(query.q, query.lang).map((hit) => hit.id)
      : [...snapshot.schemes].sort((a, b) => a.name.en.localeCompare(b.name.en)).map((scheme) => scheme.id);
    const selected = ids.filter(matches);
    const offset = query.offset ?? 0;
    const items = selected.slice(offset, offset + (query.limit ?? 20)).map((id) => summariseScheme(snapshot.get(id)!, lang));
    res.json({ total: selected.length, items });
  });

  router.get('/:id', (req, res) => {
    const query = parseOrThrow(DetailQuery, req.query, 'query');
    const scheme = catalogue.current().get(req.params.id);
    if (!scheme) throw new HttpProblem(404, `There is no scheme '${req.params.id.slice(0, 100)}'.`);
    const detail = describeScheme(scheme, query.lang ?? 'en');
    res.json({ ...detail, status: effectiveStatus(scheme, isoDay(now())) });
  });

  return router;
}
