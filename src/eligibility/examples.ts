/** Runs a scheme's own example profiles through the evaluator: the catalogue's rules carry their own tests. */
import type { Scheme } from '../core/scheme.js';
import type { EligibilityStatus } from '../core/taxonomy.js';
import { evaluateEligibility, statusOf } from './evaluate.js';

export interface ExampleFailure {
  index: number;
  name: string;
  expected: EligibilityStatus;
  actual: EligibilityStatus;
}

export function failingExamples(scheme: Pick<Scheme, 'eligibility' | 'examples'>): ExampleFailure[] {
  return scheme.examples.flatMap((example, index) => {
    const actual = statusOf(evaluateEligibility(scheme.eligibility, example.profile).outcome);
    return actual === example.expect ? [] : [{ index, name: example.name, expected: example.expect, actual }];
  });
}
