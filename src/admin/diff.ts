/** What changed between two documents, as a list of dotted paths with the value before and after. */
import { isPlainObject } from '../core/validation.js';

export interface Change {
  path: string;
  before?: unknown;
  after?: unknown;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** Walks objects and arrays to the values that differ; an absent side is left out of the change. */
export function diffDocuments(before: unknown, after: unknown, path = ''): Change[] {
  if (Object.is(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffDocuments(before[key], after[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => diffDocuments(before[index], after[index], join(path, index))).flat();
  }
  if (before === undefined && after === undefined) return [];
  return [{ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}
