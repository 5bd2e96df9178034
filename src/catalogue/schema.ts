/** The one zod schema for a Scheme document, used by the file loader, the staff API and import. */
import { z } from 'zod';
import { ProfileSchema, PROFILE_FIELDS, isProfileField, type FieldDescriptor } from '../core/profile.js';
import type { CriteriaGroup, CriteriaNode, Scheme } from '../core/scheme.js';
import { OPERATORS } from '../core/scheme.js';
import { byShape, isPlainObject, toFieldIssues, type FieldIssue } from '../core/validation.js';
import {
  AUDIENCES, ELIGIBILITY_STATUSES, NEEDS, NEEDS_BY_AUDIENCE, SCHEME_STATUSES, SCHEME_TYPES, SECTORS,
} from '../core/taxonomy.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date');

const text = z.string().trim().min(1, 'must not be empty');
const localisedText = z.object({ en: text, ms: text.optional(), zh: text.optional(), ta: text.optional() }).strict();
const keywordList = z.array(text);
const localisedKeywords = z
  .object({ en: keywordList, ms: keywordList.optional(), zh: keywordList.optional(), ta: keywordList.optional() })
  .strict();

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https URL' });

const criterionSchema = z
  .object({
    field: z.string().refine(isProfileField, { message: 'is not a profile field of CONTRACT.md' }),
    op: z.enum(OPERATORS),
    value: z.union([z.boolean(), z.number(), z.string(), z.array(z.union([z.number(), z.string()])).min(1)]),
  })
  .strict()
  .superRefine((criterion, ctx) => {
    if (!isProfileField(criterion.field)) return;
    const problem = criterionValueProblem(PROFILE_FIELDS[criterion.field], criterion.op, criterion.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

function criterionValueProblem(field: FieldDescriptor, op: string, value: unknown): string | undefined {
  if (op === 'in') {
    if (!Array.isArray(value)) return "must be a list with op 'in'";
    for (const item of value) {
      const itemProblem = scalarProblem(field, item);
      if (itemProblem) return `item ${JSON.stringify(item)} ${itemProblem}`;
    }
    return undefined;
  }
  if (Array.isArray(value)) return `must be a single value with op '${op}'`;
  if ((field.kind === 'boolean' || field.kind === 'enum') && !['eq', 'ne'].includes(op)) {
    return `op '${op}' does not apply to a ${field.kind} field`;
  }
  return scalarProblem(field, value);
}

function scalarProblem(field: FieldDescriptor, value: unknown): string | undefined {
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'enum':
      return field.values?.includes(value as string) ? undefined : `must be one of ${field.values?.join(', ')}`;
    default:
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (field.min !== undefined && value < field.min) return `must be at least ${field.min}`;
      if (field.max !== undefined && value > field.max) return `must be at most ${field.max}`;
      return undefined;
  }
}

const criteriaNodeSchema: z.ZodType<CriteriaNode> = z.lazy(() =>
  byShape<CriteriaNode>(
    (node) => {
      if (!isPlainObject(node)) return undefined;
      return ('field' in node || 'op' in node ? criterionSchema : criteriaGroupSchema) as z.ZodType<CriteriaNode>;
    },
    'must be a criterion { field, op, value } or a group { all: [...] } or { any: [...] }',
  ),
);
const allGroupSchema = z.object({ all: z.array(criteriaNodeSchema) }).strict();
const anyGroupSchema = z.object({ any: z.array(criteriaNodeSchema).min(1) }).strict();
const criteriaGroupSchema: z.ZodType<CriteriaGroup> = byShape<CriteriaGroup>(
  (group) => (isPlainObject(group) ? (('any' in group ? anyGroupSchema : allGroupSchema) as z.ZodType<CriteriaGroup>) : undefined),
  'must be a group { all: [...] } or { any: [...] }',
);

const exampleSchema = z
  .object({
    name: text,
    profile: ProfileSchema,
    needs: z.array(z.enum(NEEDS)).optional(),
    expect: z.enum(ELIGIBILITY_STATUSES),
  })
  .strict();

const contactSchema = z
  .object({ phone: text.optional(), email: z.email().optional(), url: httpsUrl.optional() })
  .strict()
  .refine((c) => c.phone ?? c.email ?? c.url, 'needs a phone, an email or a url');

export const SchemeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)').max(80),
    acronym: text.optional(),
    agency: text,
    audience: z.enum(AUDIENCES),
    type: z.enum(SCHEME_TYPES),
    needs: z.array(z.enum(NEEDS)).min(1, 'needs 1 to 3 needs').max(3, 'needs 1 to 3 needs'),
    sectors: z.array(z.enum(SECTORS)).default([]),
    status: z.enum(SCHEME_STATUSES),
    url: httpsUrl,
    contact: contactSchema,
    lastVerified: isoDate,
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    name: localisedText,
    summary: localisedText,
    benefits: localisedText,
    howToApply: localisedText,
    conditions: z.array(localisedText).default([]),
    keywords: localisedKeywords,
    eligibility: criteriaGroupSchema.default({ all: [] }),
    examples: z.array(exampleSchema).default([]),
  })
  .strict()
  .superRefine((scheme, ctx) => {
    scheme.needs.forEach((need, index) => {
      if (!NEEDS_BY_AUDIENCE[scheme.audience].includes(need)) {
        ctx.addIssue({ code: 'custom', path: ['needs', index], message: `'${need}' is not a need of audience '${scheme.audience}'` });
      }
    });
    if (scheme.audience === 'individual' && scheme.sectors.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['sectors'], message: 'must be empty for an individual scheme' });
    }
    if (scheme.validFrom && scheme.validUntil && scheme.validFrom > scheme.validUntil) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'must not be before validFrom' });
    }
    checkCriteriaAudience(scheme.eligibility, scheme.audience, ['eligibility'], ctx);
    scheme.examples.forEach((example, index) => {
      for (const field of Object.keys(example.profile)) {
        if (isProfileField(field) && PROFILE_FIELDS[field].audience !== scheme.audience) {
          ctx.addIssue({ code: 'custom', path: ['examples', index, 'profile', field], message: `is not a field of audience '${scheme.audience}'` });
        }
      }
    });
  }) as unknown as z.ZodType<Scheme>;

function checkCriteriaAudience(node: CriteriaNode, audience: string, path: (string | number)[], ctx: z.RefinementCtx): void {
  if ('field' in node) {
    if (PROFILE_FIELDS[node.field].audience !== audience) {
      ctx.addIssue({ code: 'custom', path: [...path, 'field'], message: `'${node.field}' is not a field of audience '${audience}'` });
    }
    return;
  }
  const [key, children] = 'all' in node ? ['all', node.all] : ['any', node.any];
  children.forEach((child, index) => checkCriteriaAudience(child, audience, [...path, key, index], ctx));
}


/** Validates an unknown document; issues carry dotted paths such as `eligibility.all.0.op`. */
export function validateScheme(document: unknown):
  | { ok: true; scheme: Scheme }
  | { ok: false; issues: FieldIssue[] } {
  const result = SchemeSchema.safeParse(document);
  if (result.success) return { ok: true, scheme: result.data };
  return { ok: false, issues: toFieldIssues(result.error.issues) };
}
