import { describe, expect, it } from 'vitest';
import { loadTrainingSets } from '../../src/data/intents.js';
import { evaluate } from '../../src/nlu/index.js';
import { realNlu } from './helpers.js';

// Floors a few points under what the engine reaches (see bench/README.md "## NLU"), so regressions fail CI.
const FLOORS = { intents: 0.91, languageId: 0.96, entityRecall: 0.95, entityPrecision: 0.93 };

describe('accuracy on the held-out tests of intents/', () => {
  const report = evaluate(realNlu(), loadTrainingSets());

  it.each(['en', 'ms', 'zh', 'ta'] as const)('classifies %s intents above the floor', (lang) => {
    expect(report.languages[lang]!.intents.accuracy).toBeGreaterThanOrEqual(FLOORS.intents);
  });

  it('identifies languages above the floor', () => {
    expect(report.overall.languageId.accuracy).toBeGreaterThanOrEqual(FLOORS.languageId);
  });

  it('extracts entities above the floors', () => {
    expect(report.overall.entities.recall).toBeGreaterThanOrEqual(FLOORS.entityRecall);
    expect(report.overall.entities.precision).toBeGreaterThanOrEqual(FLOORS.entityPrecision);
  });
});
