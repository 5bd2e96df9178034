/** Scores an NLU on the held-out tests of the training sets: intents, language id, entities, confusions. */
import type { Nlu } from '../core/nlu.js';
import type { Language } from '../core/taxonomy.js';
import { scriptLanguage } from '../text/index.js';
import { EXTENSION_ENTITIES, type ExpectedEntity, type TrainingSet } from './types.js';

export interface Ratio {
  correct: number;
  total: number;
  accuracy: number;
}

export interface EntityScores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Confusion {
  expected: string;
  predicted: string;
  count: number;
  examples: string[];
}

export interface EvaluationReport {
  languages: Partial<Record<Language, { intents: Ratio; languageId: Ratio; entities: EntityScores }>>;
  overall: { intents: Ratio; languageId: Ratio; entities: EntityScores };
  confusions: Confusion[];
  languageErrors: { text: string; expected: Language; got: Language; confidence: number }[];
  /** Phrases of the Chinese and Tamil files written without Chinese or Tamil, left out of language id. */
  languageSkipped: number;
  entityErrors: { text: string; missing: ExpectedEntity[]; unexpected: ExpectedEntity[] }[];
}

const ratio = (correct: number, total: number): Ratio => ({ correct, total, accuracy: total === 0 ? 0 : correct / total });

function entityScores(tp: number, fp: number, fn: number): EntityScores {
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

const sameEntity = (a: ExpectedEntity, b: ExpectedEntity): boolean =>
  a.entity === b.entity && (typeof a.value === 'number' && typeof b.value === 'number' ? Math.abs(a.value - b.value) < 1e-6 : String(a.value) === String(b.value));

/** Expected entities the prediction lacks, and predicted ones nobody expected (as multisets). */
export function compareEntities(expected: readonly ExpectedEntity[], predicted: readonly ExpectedEntity[]) {
  const unexpected = [...predicted];
  const missing: ExpectedEntity[] = [];
  for (const entity of expected) {
    const at = unexpected.findIndex((candidate) => sameEntity(entity, candidate));
    if (at >= 0) unexpected.splice(at, 1);
    else missing.push(entity);
  }
  return { missing, unexpected };
}

/**
 * Parses every held-out test phrase. Intents are parsed with the file's language as the hint (the
 * conversation's language is known in a chat); language identification is scored without a hint.
 */
export function evaluate(nlu: Nlu, sets: readonly TrainingSet[]): EvaluationReport {
  const report: EvaluationReport = {
    languages: {},
    overall: { intents: ratio(0, 0), languageId: ratio(0, 0), entities: entityScores(0, 0, 0) },
    confusions: [],
    languageErrors: [],
    languageSkipped: 0,
    entityErrors: [],
  };
  const confusions = new Map<string, Confusion>();
  const totals = { intents: [0, 0], languageId: [0, 0], entities: [0, 0, 0] };
  for (const set of sets) {
    const lang = set.language;
    const counts = { intents: [0, 0], languageId: [0, 0], entities: [0, 0, 0] };
    const checkLanguage = (text: string): void => {
      // A Chinese or Tamil file's phrase with no Chinese or Tamil in it ("switch to english") is not in that language.
      if ((lang === 'zh' || lang === 'ta') && scriptLanguage(text) !== lang) {
        report.languageSkipped += 1;
        return;
      }
      const { language, languageConfidence } = nlu.parse(text);
      counts.languageId[1] += 1;
      if (language === lang) counts.languageId[0] += 1;
      else report.languageErrors.push({ text, expected: lang, got: language, confidence: languageConfidence });
    };
    for (const [intent, examples] of Object.entries(set.intents)) {
      for (const text of examples?.tests ?? []) {
        const predicted = nlu.parse(text, { hint: lang }).intent.name;
        counts.intents[1] += 1;
        if (predicted === intent) counts.intents[0] += 1;
        else {
          const key = `${intent}→${predicted}`;
          const confusion = confusions.get(key) ?? { expected: intent, predicted, count: 0, examples: [] };
          confusion.count += 1;
          if (confusion.examples.length < 3) confusion.examples.push(`[${lang}] ${text}`);
          confusions.set(key, confusion);
        }
        checkLanguage(text);
      }
    }
    for (const test of set.entityTests) {
      const predicted = nlu
        .parse(test.text, { hint: lang })
        .entities.filter(({ entity }) => !EXTENSION_ENTITIES.includes(entity))
        .map(({ entity, value }) => ({ entity, value }));
      const { missing, unexpected } = compareEntities(test.entities, predicted);
      counts.entities[0] += test.entities.length - missing.length;
      counts.entities[1] += unexpected.length;
      counts.entities[2] += missing.length;
      if (missing.length + unexpected.length > 0) report.entityErrors.push({ text: `[${lang}] ${test.text}`, missing, unexpected });
      checkLanguage(test.text);
    }
    report.languages[lang] = {
      intents: ratio(counts.intents[0], counts.intents[1]),
      languageId: ratio(counts.languageId[0], counts.languageId[1]),
      entities: entityScores(counts.entities[0], counts.entities[1], counts.entities[2]),
    };
    for (const key of ['intents', 'languageId', 'entities'] as const) counts[key].forEach((value, at) => (totals[key][at] += value));
  }
  report.overall = {
    intents: ratio(totals.intents[0], totals.intents[1]),
    languageId: ratio(totals.languageId[0], totals.languageId[1]),
    entities: entityScores(totals.entities[0], totals.entities[1], totals.entities[2]),
  };
  report.confusions = [...confusions.values()].sort((a, b) => b.count - a.count);
  return report;
}

/** p50 / p99 / max in milliseconds of running `run` over every input (after a warm-up pass). */
export function latencyPercentiles(inputs: readonly string[], run: (input: string) => unknown, now: () => number = () => performance.now()) {
  for (const input of inputs) run(input);
  const times = inputs.map((input) => {
    const start = now();
    run(input);
    return now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? 0, count: times.length };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** A plain-text summary of a report (what `npm run nlu:eval` prints). */
export function formatReport(report: EvaluationReport, maxConfusions = 15): string {
  const lines = ['language  intents            language id        entity P / R'];
  const row = (name: string, scores: EvaluationReport['overall']): string =>
    `${name.padEnd(9)} ${`${percent(scores.intents.accuracy)} (${scores.intents.correct}/${scores.intents.total})`.padEnd(18)} ` +
    `${`${percent(scores.languageId.accuracy)} (${scores.languageId.correct}/${scores.languageId.total})`.padEnd(18)} ` +
    `${percent(scores.entities.precision)} / ${percent(scores.entities.recall)}`;
  for (const [lang, scores] of Object.entries(report.languages)) lines.push(row(lang, scores));
  lines.push(row('overall', report.overall));
  if (report.languageSkipped > 0) lines.push(`(language id leaves out ${report.languageSkipped} phrases of the zh/ta files written only in Latin script)`);
  lines.push('', 'Most frequent intent confusions (expected → predicted):');
  for (const confusion of report.confusions.slice(0, maxConfusions)) {
    lines.push(`  ${String(confusion.count).padStart(3)}  ${confusion.expected} → ${confusion.predicted}   e.g. ${confusion.examples.join(' | ')}`);
  }
  return lines.join('\n');
}
