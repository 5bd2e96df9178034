/** Three-valued evaluation of a scheme's criteria against a profile: met, unmet or unknown, never guessed. */
import { isRange, toRange, withDerivedFields, type NumericRange, type Profile, type ProfileValue } from '../core/profile.js';
import { isCriterion, type Criterion, type CriteriaGroup, type CriteriaNode, type Operator } from '../core/scheme.js';
import type { EligibilityStatus } from '../core/taxonomy.js';

export type Outcome = 'met' | 'unmet' | 'unknown';

export interface CriterionOutcome {
  criterion: Criterion;
  outcome: Outcome;
}

/** The evaluated criteria tree: a leaf per criterion, a node per `all`/`any` group. */
export type EvaluatedNode =
  | { kind: 'criterion'; criterion: Criterion; outcome: Outcome }
  | { kind: 'all' | 'any'; outcome: Outcome; children: EvaluatedNode[] };

export interface Evaluation {
  outcome: Outcome;
  tree: EvaluatedNode;
  /** Every leaf criterion with its own outcome, in document order. */
  criteria: CriterionOutcome[];
}

type NumericTest = (range: Required<NumericRange>, target: number) => Outcome;

function verdict(holdsEverywhere: boolean, failsEverywhere: boolean): Outcome {
  if (holdsEverywhere) return 'met';
  return failsEverywhere ? 'unmet' : 'unknown';
}

/** One small test per operator; on a range it is met or unmet only when that holds over the whole range. */
const NUMERIC_TESTS: Record<Exclude<Operator, 'in'>, NumericTest> = {
  lt: (r, x) => verdict(r.max < x, r.min >= x),
  lte: (r, x) => verdict(r.max <= x, r.min > x),
  gt: (r, x) => verdict(r.min > x, r.max <= x),
  gte: (r, x) => verdict(r.min >= x, r.max < x),
  eq: (r, x) => verdict(r.min === x && r.max === x, x < r.min || x > r.max),
  ne: (r, x) => verdict(x < r.min || x > r.max, r.min === x && r.max === x),
};

function evaluateNumeric(value: number | NumericRange, op: Operator, target: Criterion['value']): Outcome {
  const range = toRange(value);
  const closed = { min: range.min, max: range.max ?? Number.POSITIVE_INFINITY };
  if (op === 'in') {
    const options = (target as unknown[]).filter((item): item is number => typeof item === 'number');
    if (closed.min === closed.max) return options.includes(closed.min) ? 'met' : 'unmet';
    return options.some((option) => option >= closed.min && option <= closed.max) ? 'unknown' : 'unmet';
  }
  if (typeof target !== 'number') return 'unknown';
  return NUMERIC_TESTS[op](closed, target);
}

function evaluateScalar(value: boolean | string, op: Operator, target: Criterion['value']): Outcome {
  switch (op) {
    case 'eq':
      return value === target ? 'met' : 'unmet';
    case 'ne':
      return value !== target ? 'met' : 'unmet';
    case 'in':
      return Array.isArray(target) && (target as unknown[]).includes(value) ? 'met' : 'unmet';
    default:
      return 'unknown';
  }
}

/** A criterion on a field the profile lacks is unknown. */
export function evaluateCriterion(criterion: Criterion, profile: Profile): Outcome {
  const value: ProfileValue | undefined = profile[criterion.field];
  if (value === undefined || value === null) return 'unknown';
  if (typeof value === 'number' || isRange(value)) return evaluateNumeric(value, criterion.op, criterion.value);
  return evaluateScalar(value, criterion.op, criterion.value);
}

function combine(kind: 'all' | 'any', outcomes: Outcome[]): Outcome {
  if (kind === 'all') {
    if (outcomes.includes('unmet')) return 'unmet';
    return outcomes.every((o) => o === 'met') ? 'met' : 'unknown';
  }
  if (outcomes.includes('met')) return 'met';
  return outcomes.length > 0 && outcomes.every((o) => o === 'unmet') ? 'unmet' : 'unknown';
}

function evaluateNode(node: CriteriaNode, profile: Profile, leaves: CriterionOutcome[]): EvaluatedNode {
  if (isCriterion(node)) {
    const outcome = evaluateCriterion(node, profile);
    leaves.push({ criterion: node, outcome });
    return { kind: 'criterion', criterion: node, outcome };
  }
  const [kind, children] = 'all' in node ? (['all', node.all] as const) : (['any', node.any] as const);
  const evaluated = children.map((child) => evaluateNode(child, profile, leaves));
  return { kind, outcome: combine(kind, evaluated.map((child) => child.outcome)), children: evaluated };
}

/** Evaluates a criteria group; derived fields (per-capita income) are computed first. */
export function evaluateEligibility(group: CriteriaGroup, profile: Profile): Evaluation {
  const criteria: CriterionOutcome[] = [];
  const tree = evaluateNode(group, withDerivedFields(profile), criteria);
  return { outcome: tree.outcome, tree, criteria };
}

export function statusOf(outcome: Outcome): EligibilityStatus {
  if (outcome === 'met') return 'eligible';
  return outcome === 'unmet' ? 'ineligible' : 'possible';
}
