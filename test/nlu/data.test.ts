import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTENTS, LANGUAGES } from '../../src/core/taxonomy.js';
import { IntentDataError, loadLexicons, loadTrainingSets } from '../../src/data/intents.js';

describe('intents/ data', () => {
  it('has a training set per language with every intent, and tests never trained on', () => {
    const sets = loadTrainingSets();
    expect(sets.map((set) => set.language).sort()).toEqual([...LANGUAGES].sort());
    for (const set of sets) {
      expect(Object.keys(set.intents).sort()).toEqual([...INTENTS].sort());
      for (const [intent, data] of Object.entries(set.intents)) {
        const train = new Set(data!.train.map((text) => text.trim().toLowerCase()));
        const leaked = data!.tests.filter((text) => train.has(text.trim().toLowerCase()));
        expect(leaked, `${set.language}.${intent}`).toEqual([]);
      }
    }
  });

  it('has a valid lexicon per language', () => {
    expect(Object.keys(loadLexicons()).sort()).toEqual([...LANGUAGES].sort());
  });

  it('names the file and the field of a bad lexicon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(join(dir, 'en.yaml'), 'language: en\nsector: { bakeries: [bakery] }\nneed: {}\ncitizenship: {}\nemployment_status: {}\nlanguage_names: {}\nnumbers: { words: {}, scales: {}, currency: {}, percent: {} }\ncues: {}\n');
    expect(() => loadLexicons(dir)).toThrow(IntentDataError);
    expect(() => loadLexicons(dir)).toThrow(/en\.yaml sector\.bakeries: is not a known code/);
  });

  it('names the file of a training set that is not YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    writeFileSync(join(dir, 'ms.yaml'), 'language: ms\nintents: [oops\n');
    expect(() => loadTrainingSets(dir)).toThrow(/ms\.yaml: YAML/);
  });
});
