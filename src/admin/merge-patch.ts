/** JSON Merge Patch (RFC 7396): objects merge key by key, null removes a key, anything else replaces. */
import { isPlainObject } from '../core/validation.js';

/** Applies `patch` to `target` without changing either. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}
