/** Multinomial logistic regression over sparse binary features, trained by SGD; confidences by softmax. */

export interface Example {
  features: string[];
  label: number;
}

export interface LinearModel {
  features: string[];
  weights: Float32Array;
  bias: Float64Array;
  labelCount: number;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

// A small deterministic PRNG, so that the same data always trains the same model (cache keys, tests).
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Softmax of scores, in place. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let i = 0; i < scores.length; i += 1) {
    scores[i] = Math.exp(scores[i] - max);
    sum += scores[i];
  }
  for (let i = 0; i < scores.length; i += 1) scores[i] /= sum;
  return scores;
}

function scoresOf(model: LinearModel, indices: readonly number[]): Float64Array {
  const { labelCount, weights } = model;
  const scores = Float64Array.from(model.bias);
  // Binary features scaled to unit length, so long and short utterances speak equally loud.
  const scale = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
  for (const index of indices) {
    const row = index * labelCount;
    for (let label = 0; label < labelCount; label += 1) scores[label] += weights[row + label] * scale;
  }
  return scores;
}

/** Class probabilities for a list of feature indices (features the model never saw are already dropped). */
export function predict(model: LinearModel, indices: readonly number[]): Float64Array {
  return softmax(scoresOf(model, indices));
}

/** Trains on the examples; the feature list is every feature seen in training. */
export function trainLinear(examples: readonly Example[], labelCount: number, options: TrainOptions = {}): LinearModel {
  const { epochs = 100, learningRate = 2, l2 = 3e-5, seed = 7 } = options;
  const index = new Map<string, number>();
  const encoded = examples.map((example) => ({
    label: example.label,
    indices: example.features.map((feature) => {
      let at = index.get(feature);
      if (at === undefined) index.set(feature, (at = index.size));
      return at;
    }),
  }));
  const model: LinearModel = {
    features: [...index.keys()],
    weights: new Float32Array(index.size * labelCount),
    bias: new Float64Array(labelCount),
    labelCount,
  };
  const random = mulberry32(seed);
  const order = encoded.map((_, i) => i);
  let step = 0;
  const totalSteps = epochs * encoded.length;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const at of order) {
      const { indices, label } = encoded[at];
      const rate = learningRate * (1 - step / totalSteps) + 0.01;
      step += 1;
      const probabilities = predict(model, indices);
      const scale = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
      for (let k = 0; k < labelCount; k += 1) {
        const gradient = probabilities[k] - (k === label ? 1 : 0);
        model.bias[k] -= rate * gradient * 0.1;
        for (const feature of indices) {
          const w = feature * labelCount + k;
          model.weights[w] -= rate * (gradient * scale + l2 * model.weights[w]);
        }
      }
    }
  }
  return model;
}
