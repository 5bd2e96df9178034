/** Language understanding for the adviser: language id, intents and entities in English, Malay, Chinese and Tamil. */
export { createNlu, type NluEngine, type NluOptions } from './parse.js';
export { trainIntentModel, MODEL_VERSION, type TrainOptions } from './model.js';
export { evaluate, latencyPercentiles, formatReport, compareEntities, type EvaluationReport } from './evaluate.js';
export { crossValidate } from './cross-validate.js';
export { schemeMentions } from './mentions.js';
export type { IntentModel, Lexicons, LanguageLexicon, TrainingSet, ExpectedEntity } from './types.js';
