/** Quality reports for editors: translation coverage per language, stale facts, missing examples, thin needs. */
import type { Scheme } from '../core/scheme.js';
import { AUDIENCES, LANGUAGES, NEEDS_BY_AUDIENCE } from '../core/taxonomy.js';
import { isOpen } from '../catalogue/localise.js';
import { qualityProblems } from '../catalogue/quality.js';
import { isoDay } from '../core/dates.js';
import type { SchemeTable } from '../store/schemes.js';
import type { AdminRoute } from './route.js';
import { ReportsResponse } from './schemas.js';

/** A need with fewer active schemes than this is reported as thin. */
export const THIN_NEED_THRESHOLD = 3;
const STALE_MONTHS = 12;

function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return isoDay(date);
}

/** Missing and untranslated fields per language other than English, from the catalogue's own quality checks. */
function coverage(schemes: readonly Scheme[], today: string) {
  return Object.fromEntries(
    LANGUAGES.filter((lang) => lang !== 'en').map((lang) => {
      const gaps = schemes.map((scheme) => {
        const problems = qualityProblems(scheme, today).filter((p) => p.path.split('.').at(-1) === lang);
        const field = (path: string): string => path.split('.').slice(0, -1).join('.');
        return {
          id: scheme.id,
          name: scheme.name.en,
          missing: problems.filter((p) => p.message !== 'is identical to the English text').map((p) => field(p.path)),
          untranslated: problems.filter((p) => p.message === 'is identical to the English text').map((p) => field(p.path)),
        };
      });
      const incomplete = gaps.filter((gap) => gap.missing.length + gap.untranslated.length > 0);
      const complete = schemes.length - incomplete.length;
      const percent = schemes.length === 0 ? 100 : Math.round((complete / schemes.length) * 1000) / 10;
      return [lang, { complete, total: schemes.length, percent, schemes: incomplete }];
    }),
  );
}

/** Builds every report over the live schemes as of `today` (YYYY-MM-DD). */
export function buildReports(schemes: readonly Scheme[], today: string) {
  const staleBefore = monthsBefore(today, STALE_MONTHS);
  const open = schemes.filter((scheme) => isOpen(scheme, today));
  return {
    today,
    coverage: coverage(schemes, today),
    stale: schemes
      .filter((scheme) => scheme.status !== 'ended' && scheme.lastVerified < staleBefore)
      .sort((a, b) => a.lastVerified.localeCompare(b.lastVerified))
      .map((scheme) => ({ id: scheme.id, name: scheme.name.en, lastVerified: scheme.lastVerified, status: scheme.status })),
    withoutExamples: schemes.filter((scheme) => scheme.examples.length === 0).map((scheme) => ({ id: scheme.id, name: scheme.name.en })),
    thinNeeds: AUDIENCES.flatMap((audience) =>
      NEEDS_BY_AUDIENCE[audience].map((need) => {
        const ids = open.filter((scheme) => scheme.audience === audience && scheme.needs.includes(need)).map((scheme) => scheme.id);
        return { audience, need, activeSchemes: ids.length, schemes: ids };
      }),
    ).filter((entry) => entry.activeSchemes < THIN_NEED_THRESHOLD),
  };
}

export function reportRoutes(table: SchemeTable, now: () => Date): AdminRoute[] {
  return [
    {
      method: 'get', path: '/reports', role: 'viewer', summary: 'Translation coverage, schemes unverified for 12+ months, schemes without examples, needs with < 3 active schemes',
      responses: { 200: { description: 'The reports', schema: ReportsResponse } },
      handle: ({ res }) => {
        res.json(buildReports(table.listLive().map((stored) => stored.scheme), isoDay(now())));
      },
    },
  ];
}
