/** Builds the NLU from intents/ and the catalogue, with the trained model cached in the store by a hash of its inputs. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Scheme } from './core/scheme.js';
import { loadLexicons, loadTrainingSets } from './data/intents.js';
import { MODEL_VERSION, createNlu, schemeMentions, trainIntentModel, type IntentModel, type NluEngine } from './nlu/index.js';
import type { KvCache } from './store/kv-cache.js';

const CACHE_PREFIX = 'nlu-model:';

export interface BuiltNlu {
  nlu: NluEngine;
  fromCache: boolean;
  ms: number;
}

export function buildNlu(intentsDir: string, schemes: readonly Scheme[], cache: KvCache): BuiltNlu {
  const started = performance.now();
  const sets = loadTrainingSets(intentsDir);
  const lexicons = loadLexicons(join(intentsDir, 'lexicon'));
  const mentions = schemeMentions(schemes);
  // The scheme list is not part of the key: the model only learns that "a scheme was named", and
  // withSchemes() swaps the names themselves, so a staff edit does not force retraining at the next start.
  const key = CACHE_PREFIX + createHash('sha256').update(JSON.stringify({ MODEL_VERSION, sets, lexicons })).digest('hex');
  let model = cache.get<IntentModel>(key);
  const fromCache = model !== undefined;
  if (!model) {
    model = trainIntentModel(sets, { lexicons, schemes: mentions });
    cache.set(key, model);
    cache.prune(CACHE_PREFIX, key);
  }
  const nlu = createNlu({ model, lexicons, schemes: mentions });
  return { nlu, fromCache, ms: Math.round(performance.now() - started) };
}

export { schemeMentions };
