/** Trains the NLU and rebuilds it from its JSON (as from the cache), timing both: shared by nlu:eval and bench:nlu. */
import type { SchemeMention } from '../../src/core/nlu.js';
import { createNlu, trainIntentModel, type Lexicons, type NluEngine, type TrainingSet } from '../../src/nlu/index.js';

export interface TimedNlu {
  nlu: NluEngine;
  trainMs: number;
  warmBuildMs: number;
  modelBytes: number;
}

export function trainAndBuild(sets: readonly TrainingSet[], lexicons: Lexicons, schemes: readonly SchemeMention[]): TimedNlu {
  let started = performance.now();
  const model = trainIntentModel(sets, { lexicons, schemes });
  const trainMs = performance.now() - started;
  const cached = JSON.stringify(model);
  started = performance.now();
  const nlu = createNlu({ model: JSON.parse(cached), lexicons, schemes });
  return { nlu, trainMs, warmBuildMs: performance.now() - started, modelBytes: cached.length };
}
