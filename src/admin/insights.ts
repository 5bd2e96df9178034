/** GET /api/admin/insights: what users ask, where the bot fails them, and how helpful it was, by day; no personal data. */
import { redactPersonalData } from '../core/redact.js';
import { parseOrThrow } from '../http/api/params.js';
import { isoDay } from '../core/dates.js';
import { HttpProblem } from '../http/problem.js';
import type { InsightQueries } from '../store/admin-insights.js';
import type { AdminRoute } from './route.js';
import { InsightsQuery, InsightsResponse } from './schemas.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
/** A conversation idle this long counts as ended where it stopped. */
const IDLE_MS = 30 * 60_000;
const TOP_TEXTS = 50;

interface Block {
  needsAsked: Record<string, number>;
  noMatch: Record<string, number>;
  notUnderstood: Map<string, number>;
  questionsAsked: Record<string, number>;
  conversationEnds: Record<string, number>;
  languages: Record<string, number>;
  languageSwitches: Record<string, number>;
  ratings: { helpful: number; notHelpful: number };
}

const EVENT_KEYS: Record<string, 'needsAsked' | 'noMatch' | 'questionsAsked' | 'languageSwitches' | undefined> = {
  need_asked: 'needsAsked', no_match: 'noMatch', question_asked: 'questionsAsked', language: 'languageSwitches',
};

const emptyBlock = (): Block => ({
  needsAsked: {}, noMatch: {}, notUnderstood: new Map(), questionsAsked: {}, conversationEnds: {}, languages: {}, languageSwitches: {},
  ratings: { helpful: 0, notHelpful: 0 },
});

const add = (counts: Record<string, number>, key: string, count: number): void => {
  counts[key] = (counts[key] ?? 0) + count;
};

function render(block: Block) {
  const notUnderstood = [...block.notUnderstood].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count).slice(0, TOP_TEXTS);
  return { ...block, notUnderstood };
}

function shiftDay(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}

/** Aggregates every source by day between `from` and `to` (inclusive), plus totals. */
export function buildInsights(queries: InsightQueries, from: string, to: string, now: Date) {
  const days = new Map<string, Block>();
  const totals = emptyBlock();
  const ratingsByScheme = new Map<string, { helpful: number; notHelpful: number }>();
  const blocksOf = (day: string): Block[] => {
    if (!days.has(day)) days.set(day, emptyBlock());
    return [days.get(day)!, totals];
  };
  for (const event of queries.events(from, to)) {
    for (const block of blocksOf(event.day)) {
      const key = EVENT_KEYS[event.name];
      if (key) add(block[key], event.value, event.count);
      if (event.name === 'not_understood') {
        // Redacted when stored; scrubbed again here in case a row predates a better pattern.
        const text = redactPersonalData(event.value);
        block.notUnderstood.set(text, (block.notUnderstood.get(text) ?? 0) + event.count);
      }
    }
  }
  for (const rating of queries.ratings(from, to)) {
    for (const block of blocksOf(rating.day)) block.ratings[rating.helpful ? 'helpful' : 'notHelpful'] += rating.count;
    if (rating.scheme) {
      const entry = ratingsByScheme.get(rating.scheme) ?? { helpful: 0, notHelpful: 0 };
      entry[rating.helpful ? 'helpful' : 'notHelpful'] += rating.count;
      ratingsByScheme.set(rating.scheme, entry);
    }
  }
  for (const row of queries.conversationsByLanguage(from, to)) for (const block of blocksOf(row.day)) add(block.languages, row.key, row.count);
  const idleBefore = new Date(now.getTime() - IDLE_MS).toISOString();
  for (const row of queries.conversationEnds(from, to, idleBefore)) for (const block of blocksOf(row.day)) add(block.conversationEnds, row.key, row.count);

  return {
    from,
    to,
    days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, block]) => ({ day, ...render(block) })),
    totals: { ...render(totals), ratingsByScheme: [...ratingsByScheme].map(([scheme, counts]) => ({ scheme, ...counts })) },
  };
}

export function insightRoutes(queries: InsightQueries, now: () => Date): AdminRoute[] {
  return [
    {
      method: 'get', path: '/insights', role: 'viewer', summary: `Aggregated insight by day (default: the last ${DEFAULT_DAYS} days, at most ${MAX_DAYS})`,
      query: InsightsQuery, responses: { 200: { description: 'Counts by day and in total', schema: InsightsResponse } },
      handle: ({ req, res }) => {
        const query = parseOrThrow(InsightsQuery, req.query, 'query');
        const to = query.to ?? isoDay(now());
        const from = query.from ?? shiftDay(to, 1 - DEFAULT_DAYS);
        if (from > to) throw new HttpProblem(400, 'The period is not valid.', [{ path: 'query.from', message: 'must not be after to' }], '/problems/validation');
        if (shiftDay(from, MAX_DAYS) <= to) throw new HttpProblem(400, 'The period is not valid.', [{ path: 'query.to', message: `must be within ${MAX_DAYS} days of from` }], '/problems/validation');
        res.json(buildInsights(queries, from, to, now()));
      },
    },
  ];
}
