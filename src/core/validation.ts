/** Turns zod errors into the `{ path, message }` items of a problem+json body, one per field at fault. */
import { z } from 'zod';

export interface FieldIssue {
  path: string;
  message: string;
}

type AnyIssue = z.core.$ZodIssue;

/** Flattens zod issues; an unknown key becomes its own issue whose path names that key. */
export function toFieldIssues(issues: readonly AnyIssue[], prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].map(String).join('.'), message: 'is not a known field' }));
    }
    return [{ path: base.map(String).join('.'), message: issue.message }];
  });
}

/**
 * A schema chosen by the value's shape, so an error points inside the chosen branch instead of at a failed union.
 * `choose` returns undefined when the value fits no branch; `shapeMessage` then names what was expected.
 */
export function byShape<T>(choose: (value: unknown) => z.ZodType<T> | undefined, shapeMessage: string): z.ZodType<T> {
  return z.unknown().transform((value, ctx) => {
    const schema = choose(value);
    if (!schema) {
      ctx.addIssue({ code: 'custom', message: shapeMessage });
      return z.NEVER;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of toFieldIssues(result.error.issues)) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path === '' ? [] : issue.path.split('.') });
    }
    return z.NEVER;
  }) as unknown as z.ZodType<T>;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
