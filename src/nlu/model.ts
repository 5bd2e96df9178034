/** Training the intent model from the training sets, and turning it into a ready classifier. */
import type { Entity, SchemeMention } from '../core/nlu.js';
import { INTENTS, type IntentName, type Language } from '../core/taxonomy.js';
import { normaliseMapped, wordTokens, type Token } from '../text/index.js';
import { predict, trainLinear, type LinearModel, type TrainOptions as LinearTrainOptions } from './classifier.js';
import { ConceptMatcher, conceptTables } from './concepts.js';
import { LexiconEntities, extractEntities, schemeMatcher } from './entities/index.js';
import { intentFeatures } from './features.js';
import { trainLatinLanguage } from './langid.js';
import type { IntentModel, Lexicons, TrainingSet } from './types.js';

/** The model format; a cached model of another version is rejected, so include it in the cache key. */
export const MODEL_VERSION = 2;
/** Below this top confidence the answer is out_of_scope (chosen on the held-out tests, see bench/README.md). */
export const OUT_OF_SCOPE_THRESHOLD = 0.3;

export interface TrainOptions {
  /** Entity lexicons: their concepts and entity types become features. */
  lexicons?: Lexicons;
  /** Scheme mentions, so that "a scheme is named" is learnt as a feature (the ids themselves are not). */
  schemes?: readonly SchemeMention[];
  /** Optimiser settings (for experiments; the defaults are the tuned ones). */
  optimiser?: LinearTrainOptions;
}

/** The entity-type features of an utterance ("e:employees", "e:scheme"). */
export function entityFeatures(entities: readonly Entity[]): string[] {
  return entities.map((entity) => `e:${entity.entity}`);
}

/** Trains the intent model (pure: same data, same model). */
export function trainIntentModel(data: readonly TrainingSet[], options: TrainOptions = {}): IntentModel {
  const lexicons = options.lexicons ?? {};
  const concepts = conceptTables(lexicons);
  const conceptMatcher = new ConceptMatcher(concepts);
  const lexiconEntities = new LexiconEntities(lexicons);
  const schemes = schemeMatcher(options.schemes ?? [], lexiconEntities);
  const labels = [...INTENTS];
  const examples = data.flatMap((set) =>
    labels.flatMap((intent, label) =>
      (set.intents[intent]?.train ?? []).map((utterance) => {
        const mapped = normaliseMapped(utterance, set.language);
        const tokens = wordTokens(mapped.text);
        const entities = extractEntities(utterance, mapped, tokens, lexiconEntities, schemes);
        const extra = [...conceptMatcher.features(mapped.text, tokens), ...entityFeatures(entities)];
        return { features: intentFeatures(mapped.text, set.language, utterance, extra, tokens), label };
      }),
    ),
  );
  const linear = trainLinear(examples, labels.length, options.optimiser);
  return {
    version: MODEL_VERSION,
    labels,
    features: linear.features,
    weights: Buffer.from(linear.weights.buffer, linear.weights.byteOffset, linear.weights.byteLength).toString('base64'),
    bias: [...linear.bias],
    threshold: OUT_OF_SCOPE_THRESHOLD,
    latinLanguage: trainLatinLanguage(data),
    concepts,
  };
}

export interface RankedLabel {
  name: IntentName;
  confidence: number;
}

/** A classifier over a trained model: intents of a normalised utterance, most likely first. */
export function createIntentClassifier(model: IntentModel) {
  if (model.version !== MODEL_VERSION) throw new Error(`Intent model version ${model.version} is not ${MODEL_VERSION}; retrain it`);
  const bytes = Buffer.from(model.weights, 'base64');
  const linear: LinearModel = {
    features: model.features,
    weights: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    bias: Float64Array.from(model.bias),
    labelCount: model.labels.length,
  };
  const index = new Map<string, number>();
  model.features.forEach((feature, at) => index.set(feature, at));
  const conceptMatcher = new ConceptMatcher(model.concepts);

  return function classify(normalised: string, tokens: Token[], lang: Language, original: string, entities: readonly Entity[]): RankedLabel[] {
    const extra = [...conceptMatcher.features(normalised, tokens), ...entityFeatures(entities)];
    const indices: number[] = [];
    for (const feature of intentFeatures(normalised, lang, original, extra, tokens)) {
      const at = index.get(feature);
      if (at !== undefined) indices.push(at);
    }
    const probabilities = predict(linear, indices);
    const ranked = model.labels.map((name, at) => ({ name, confidence: probabilities[at] }));
    return ranked.sort((a, b) => b.confidence - a.confidence);
  };
}
