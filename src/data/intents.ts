/** The only reader of intents/ on disk: training sets and entity lexicons, validated. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { NEEDS, SECTORS, type Language } from '../core/taxonomy.js';
import { toFieldIssues } from '../core/validation.js';
import type { LanguageLexicon, Lexicons, TrainingSet } from '../nlu/types.js';
import { lexiconSchema, trainingSetSchema } from './schema.js';

/** A file under intents/ that does not parse or validate; the message names the file and the field. */
export class IntentDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntentDataError';
  }
}

function readValidated<T>(file: string, schema: z.ZodType<T>): T {
  let document: unknown;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new IntentDataError(`${file}: YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(document);
  if (!result.success) {
    const issues = toFieldIssues(result.error.issues).map((issue) => `${file} ${issue.path || '(document)'}: ${issue.message}`);
    throw new IntentDataError(issues.join('\n'));
  }
  return result.data;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[a-z]{2}\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads every intents/<lang>.yaml training set. */
export function loadTrainingSets(dir = 'intents'): TrainingSet[] {
  return yamlFiles(dir).map((file) => readValidated(file, trainingSetSchema) as TrainingSet);
}

/** Reads every intents/lexicon/<lang>.yaml lexicon, keyed by its language. */
export function loadLexicons(dir = 'intents/lexicon'): Lexicons {
  const schema = lexiconSchema({ sector: SECTORS, need: NEEDS });
  const lexicons: Lexicons = {};
  for (const file of yamlFiles(dir)) {
    const lexicon = readValidated(file, schema) as LanguageLexicon;
    lexicons[lexicon.language as Language] = lexicon;
  }
  return lexicons;
}
