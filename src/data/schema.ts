/** zod schemas of the intents/ files: training sets and entity lexicons. */
import { z } from 'zod';
import { ENTITY_NAMES, INTENTS, LANGUAGES } from '../core/taxonomy.js';
import { TYPED_NUMBER_ENTITIES } from '../nlu/types.js';

const phrases = z.array(z.string().min(1));
const phraseTable = (codes: readonly string[]) =>
  z.record(z.string(), phrases).superRefine((table, ctx) => {
    for (const code of Object.keys(table)) {
      if (!codes.includes(code)) ctx.addIssue({ code: 'custom', path: [code], message: `is not a known code (${codes.join(', ')})` });
    }
  });

const cues = z.strictObject({ before: phrases.optional(), after: phrases.optional() });

export const trainingSetSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  intents: z.partialRecord(z.enum(INTENTS), z.object({ train: phrases, tests: phrases.default([]) })),
  entityTests: z
    .array(z.object({
      text: z.string().min(1),
      entities: z.array(z.object({ entity: z.enum(ENTITY_NAMES), value: z.union([z.string(), z.number()]) })).default([]),
    }))
    .default([]),
});

/** Builds the lexicon schema over the contract's codes (passed in so this file stays data-agnostic). */
export function lexiconSchema(codes: { sector: readonly string[]; need: readonly string[] }) {
  return z.strictObject({
    language: z.enum(LANGUAGES),
    markers: phrases.optional(),
    sector: phraseTable(codes.sector),
    need: phraseTable(codes.need),
    citizenship: phraseTable(['citizen', 'pr', 'foreigner']),
    employment_status: phraseTable(['employed', 'self_employed', 'unemployed', 'retired', 'student']),
    language_names: phraseTable(LANGUAGES),
    audience: phraseTable(['business', 'individual']),
    housing_type: phraseTable(['hdb_1_2_room', 'hdb_3_room', 'hdb_4_room', 'hdb_5_room_exec', 'private', 'none']),
    numbers: z.strictObject({
      words: z.record(z.string(), z.number()),
      scales: z.record(z.string(), z.number().positive()),
      adders: z.record(z.string(), z.number()).optional(),
      connectors: phrases.optional(),
      currency: cues,
      percent: cues,
      idioms: phrases.optional(),
    }),
    cues: z.partialRecord(z.enum(TYPED_NUMBER_ENTITIES), cues),
    concepts: z.record(z.string().regex(/^[a-z_]+$/), phrases).optional(),
    schemeAliases: z.record(z.string(), phrases).optional(),
  });
}
