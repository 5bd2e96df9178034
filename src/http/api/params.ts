/** Shared request parameter schemas: languages (codes or BCP 47 tags) and paging. */
import { z } from 'zod';
import { toLanguage, type Language } from '../../core/taxonomy.js';
import { validationProblem } from '../problem.js';

export const languageParam = z
  .string()
  .transform((tag, ctx): Language => {
    const language = toLanguage(tag);
    if (!language) {
      ctx.addIssue({ code: 'custom', message: 'must be one of en, ms, zh, ta (or a tag such as en-SG, zh-CN)' });
      return z.NEVER;
    }
    return language;
  });

/** Parses a request part with `schema`, or throws a 400 naming `part.field` for each problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, part: 'query' | 'body' | 'params'): T {
  const result = schema.safeParse(value);
  if (!result.success) throw validationProblem(result.error, `The request ${part === 'body' ? 'body' : part} is not valid.`, part === 'body' ? [] : [part]);
  return result.data;
}

/** A query value that appears once: `?a=1&a=2` is rejected rather than silently picking one. */
export const single = z.string({ message: 'must be given once, as text' });

