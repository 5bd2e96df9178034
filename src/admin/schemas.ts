/** Zod schemas of the staff API's requests and responses: requests are parsed with them, and OpenAPI is generated from all. */
import { z } from 'zod';
import { AUDIENCES, NEEDS, SCHEME_STATUSES, SCHEME_TYPES, SECTORS } from '../core/taxonomy.js';
import { single } from '../http/api/params.js';
import { ROLES } from './roles.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');
const count = z.number().int().min(0);
const countsByKey = z.record(z.string(), count);

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const SchemeListQuery = z
  .object({
    q: single.max(200, 'must be at most 200 characters').optional(),
    audience: single.pipe(z.enum(AUDIENCES)).optional(),
    need: single.pipe(z.enum(NEEDS)).optional(),
    sector: single.pipe(z.enum(SECTORS)).optional(),
    type: single.pipe(z.enum(SCHEME_TYPES)).optional(),
    status: single.pipe(z.enum([...SCHEME_STATUSES, 'all'])).optional(),
    limit: single.pipe(z.coerce.number<string>().int().min(1).max(500)).optional(),
    offset: single.pipe(z.coerce.number<string>().int().min(0)).optional(),
  })
  .strict();

export const SchemeListResponse = z.object({
  total: count,
  items: z.array(
    z.object({
      id: z.string(), name: z.string(), acronym: z.string().optional(), agency: z.string(), audience: z.enum(AUDIENCES),
      type: z.enum(SCHEME_TYPES), needs: z.array(z.enum(NEEDS)), status: z.enum(SCHEME_STATUSES), lastVerified: z.string(),
      version: z.number().int(), updatedAt: z.string(),
    }),
  ),
});

const changeSchema = z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

export const VersionsResponse = z.object({
  id: z.string(),
  current: z.number().int(),
  deleted: z.boolean(),
  items: z.array(
    z.object({
      version: z.number().int(), action: z.string(), actor: z.string(), at: z.string(), comment: z.string().optional(),
      diff: z.array(changeSchema).optional(),
    }),
  ),
});

export const VersionParams = z.object({ version: z.coerce.number<string>().int().min(1) });

export const RollbackBody = z.object({ version: z.number().int().min(1) }).strict();

const expiresInDays = z.number().int().min(1).max(365);
const userName = z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._@'-]+$/u, 'may hold letters, digits, spaces and . _ @ \' -');

export const CreateUserBody = z.object({ name: userName, role: z.enum(ROLES), expiresInDays: expiresInDays.optional() }).strict();
export const IssueTokenBody = z.object({ expiresInDays: expiresInDays.optional() }).strict();

export const TokenIssuedResponse = z.object({
  user: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
  token: z.string().describe('Shown once; store it safely.'),
  tokenId: z.string(),
  expiresAt: z.string(),
});

export const UsersResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(), name: z.string(), role: z.enum(ROLES), createdAt: z.string(),
      tokens: z.array(z.object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), revokedAt: z.string().optional(), lastUsedAt: z.string().optional() })),
    }),
  ),
});

export const AuditQuery = z
  .object({
    cursor: single.regex(/^\d{1,15}$/, 'must be the next value of a previous page').optional(),
    limit: single.pipe(z.coerce.number<string>().int().min(1).max(200)).optional(),
  })
  .strict();

export const AuditPage = z.object({
  items: z.array(z.object({ id: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), target: z.string(), detail: z.unknown().optional() })),
  next: z.string().optional(),
});

export const ImportQuery = z.object({ dryRun: single.pipe(z.enum(['true', 'false'])).optional() }).strict();

export const ImportReport = z.object({
  dryRun: z.boolean(),
  applied: z.boolean(),
  summary: z.object({ files: count, create: count, update: count, unchanged: count, invalid: count, ignored: count }),
  files: z.array(
    z.object({
      file: z.string(),
      id: z.string().optional(),
      outcome: z.enum(['create', 'update', 'unchanged', 'invalid', 'ignored']),
      problems: z.array(z.object({ path: z.string(), message: z.string(), line: z.number().int().optional() })).optional(),
      changes: z.array(changeSchema).optional(),
    }),
  ),
});

const schemeRef = z.object({ id: z.string(), name: z.string() });

export const ReportsResponse = z.object({
  today: z.string(),
  coverage: z.record(
    z.string(),
    z.object({ complete: count, total: count, percent: z.number(), schemes: z.array(schemeRef.extend({ missing: z.array(z.string()), untranslated: z.array(z.string()) })) }),
  ),
  stale: z.array(schemeRef.extend({ lastVerified: z.string(), status: z.enum(SCHEME_STATUSES) })),
  withoutExamples: z.array(schemeRef),
  thinNeeds: z.array(z.object({ audience: z.enum(AUDIENCES), need: z.enum(NEEDS), activeSchemes: count, schemes: z.array(z.string()) })),
});

export const InsightsQuery = z.object({ from: single.pipe(isoDay).optional(), to: single.pipe(isoDay).optional() }).strict();

const insightBlock = z.object({
  needsAsked: countsByKey,
  noMatch: countsByKey.describe('Needs (comma-joined) for which no scheme matched.'),
  notUnderstood: z.array(z.object({ text: z.string(), count })).describe('Scrubbed of identity numbers, phones and e-mails.'),
  questionsAsked: countsByKey,
  conversationEnds: countsByKey.describe('The pending question (or after_results, other) of conversations idle 30+ minutes.'),
  languages: countsByKey.describe('Conversations started, by language.'),
  languageSwitches: countsByKey,
  ratings: z.object({ helpful: count, notHelpful: count }),
});

export const InsightsResponse = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(insightBlock.extend({ day: z.string() })),
  totals: insightBlock.extend({ ratingsByScheme: z.array(z.object({ scheme: z.string(), helpful: count, notHelpful: count })) }),
});

export const CALLBACK_STATUSES = ['new', 'contacted', 'closed'] as const;

export const CallbacksQuery = z
  .object({
    status: single.pipe(z.enum(CALLBACK_STATUSES)).optional(),
    cursor: single.max(200).optional(),
    limit: single.pipe(z.coerce.number<string>().int().min(1).max(200)).optional(),
  })
  .strict();

export const CallbackItem = z.object({
  id: z.string(), createdAt: z.string(), updatedAt: z.string(), status: z.enum(CALLBACK_STATUSES),
  name: z.string().optional(), contact: z.string().optional().describe('Erased when the request is closed.'),
  scheme: z.string().optional(), agency: z.string().optional(), profileSummary: z.string(), language: z.string(),
});

export const CallbacksPage = z.object({ items: z.array(CallbackItem), next: z.string().optional() });

export const CallbackPatchBody = z.object({ status: z.enum(CALLBACK_STATUSES) }).strict();
