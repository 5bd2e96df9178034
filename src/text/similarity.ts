/** String similarity for typo-tolerant matching. */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/** Jaro–Winkler similarity in [0, 1]: 1 for equal strings, favouring shared prefixes (acronyms, names). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  return JaroWinklerDistance(a, b);
}
