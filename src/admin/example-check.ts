/** Explains which of a scheme's own examples a change breaks, and why, as field-level errors. */
import type { Scheme } from '../core/scheme.js';
import type { FieldIssue } from '../core/validation.js';
import { evaluateEligibility } from '../eligibility/evaluate.js';
import { failingExamples, type ExampleFailure } from '../eligibility/examples.js';

function why(scheme: Scheme, failure: ExampleFailure): string {
  const profile = scheme.examples[failure.index]!.profile;
  if (failure.actual === 'eligible') return 'every criterion is met';
  const wanted = failure.actual === 'ineligible' ? 'unmet' : 'unknown';
  const deciding = evaluateEligibility(scheme.eligibility, profile).criteria.filter((c) => c.outcome === wanted);
  const phrases = deciding.slice(0, 3).map(({ criterion }) => {
    const rule = `${criterion.field} ${criterion.op} ${JSON.stringify(criterion.value)}`;
    const value = profile[criterion.field];
    return value === undefined ? `${rule} is unknown (the example has no ${criterion.field})` : `${rule} is ${wanted} (the example has ${JSON.stringify(value)})`;
  });
  return phrases.join('; ') || `the criteria give ${failure.actual}`;
}

/** One issue per failing example, at `examples.<index>`; empty when every example still holds. */
export function exampleIssues(scheme: Scheme): FieldIssue[] {
  return failingExamples(scheme).map((failure) => ({
    path: `examples.${failure.index}`,
    message: `'${failure.name}' expects ${failure.expected} but the criteria give ${failure.actual}: ${why(scheme, failure)}`,
  }));
}
