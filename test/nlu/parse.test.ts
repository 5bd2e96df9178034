import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../src/core/taxonomy.js';
import { createNlu, trainIntentModel } from '../../src/nlu/index.js';
import type { TrainingSet } from '../../src/nlu/types.js';
import { SCHEMES, realNlu } from './helpers.js';

const nlu = realNlu();

describe('parse', () => {
  it('answers the CONTRACT shape with ranked, calibrated intents', () => {
    const result = nlu.parse('am i eligible for PSG?', { hint: 'en' });
    expect(result.text).toBe('am i eligible for PSG?');
    expect(result.intent.name).toBe('check_eligibility');
    expect(result.intents).toHaveLength(INTENTS.length);
    const sum = result.intents.reduce((total, item) => total + item.confidence, 0);
    expect(sum).toBeCloseTo(1, 2);
    for (let i = 1; i < result.intents.length; i += 1) expect(result.intents[i - 1].confidence).toBeGreaterThanOrEqual(result.intents[i].confidence);
    expect(result.entities).toEqual([{ entity: 'scheme', value: 'productivity-solutions-grant', text: 'PSG', start: 18, end: 21 }]);
  });

  it.each([
    ['hi there', 'en', 'greet'],
    ['terima kasih banyak', 'ms', 'thanks'],
    ['用中文', 'zh', 'change_language'],
    ['வணக்கம்', 'ta', 'greet'],
    ['we have 12 staff', 'en', 'inform'],
    ['nak apply grant untuk digital boleh?', 'ms', 'find_schemes'],
    ['padam data saya', 'ms', 'forget_me'],
    ['不是', 'zh', 'deny'],
    ['இல்லை', 'ta', 'deny'],
  ] as const)('classifies %s', (text, hint, intent) => {
    expect(nlu.parse(text, { hint }).intent.name).toBe(intent);
  });

  it('answers out_of_scope for messages it cannot place, and for empty ones', () => {
    expect(nlu.parse('asdkjh qwpoeiru zmxn').intent.name).toBe('out_of_scope');
    expect(nlu.parse('   ').intent.name).toBe('out_of_scope');
  });

  it('is the same engine after its model goes through a JSON cache', () => {
    const tiny: TrainingSet[] = [{
      language: 'en',
      intents: { greet: { train: ['hi', 'hello', 'good morning'], tests: [] }, thanks: { train: ['thanks', 'thank you', 'cheers'], tests: [] } },
      entityTests: [],
    }];
    const model = trainIntentModel(tiny);
    expect(trainIntentModel(tiny)).toEqual(model);
    const direct = createNlu({ model, lexicons: {}, schemes: SCHEMES });
    const cached = createNlu({ model: JSON.parse(JSON.stringify(model)), lexicons: {}, schemes: SCHEMES });
    expect(cached.parse('hello there')).toEqual(direct.parse('hello there'));
  });
});
