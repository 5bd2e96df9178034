/** k-fold cross-validation over the training utterances: an accuracy estimate no tuning has looked at. */
import type { Language } from '../core/taxonomy.js';
import { evaluate, type Ratio } from './evaluate.js';
import { trainIntentModel, type TrainOptions } from './model.js';
import { createNlu } from './parse.js';
import type { TrainingSet } from './types.js';

/** Splits each intent's train list into `folds` parts (every k-th phrase), trains on the rest, scores the part. */
export function crossValidate(sets: readonly TrainingSet[], options: TrainOptions = {}, folds = 5): Partial<Record<Language, Ratio>> & { overall: Ratio } {
  const totals = new Map<Language | 'overall', [number, number]>();
  for (let fold = 0; fold < folds; fold += 1) {
    const split = (keep: (index: number) => boolean): TrainingSet[] =>
      sets.map((set) => ({
        ...set,
        entityTests: [],
        intents: Object.fromEntries(
          Object.entries(set.intents).map(([intent, data]) => {
            const part = (data?.train ?? []).filter((_, index) => keep(index));
            return [intent, { train: part, tests: part }];
          }),
        ),
      }));
    const training = split((index) => index % folds !== fold);
    const held = split((index) => index % folds === fold);
    const model = trainIntentModel(training, options);
    const report = evaluate(createNlu({ model, lexicons: options.lexicons ?? {}, schemes: options.schemes ?? [] }), held);
    for (const [lang, scores] of [...Object.entries(report.languages), ['overall', report.overall]] as const) {
      const total = totals.get(lang as Language) ?? [0, 0];
      total[0] += scores!.intents.correct;
      total[1] += scores!.intents.total;
      totals.set(lang as Language, total);
    }
  }
  const result = {} as Partial<Record<Language, Ratio>> & { overall: Ratio };
  for (const [lang, [correct, total]] of totals) result[lang as Language] = { correct, total, accuracy: correct / total };
  return result;
}
