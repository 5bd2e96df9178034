/** The NLU engine: language → normalisation → entities → intent, for one message at a time. */
import type { Nlu, ParseOptions, ParseResult, SchemeMention } from '../core/nlu.js';
import { foldCharacters, normaliseFolded, wordTokens } from '../text/index.js';
import { LexiconEntities, extractEntities, schemeMatcher } from './entities/index.js';
import type { SchemeMatcher } from './entities/schemes.js';
import { createLanguageIdentifier } from './langid.js';
import { createIntentClassifier } from './model.js';
import type { IntentModel, Lexicons } from './types.js';

/** Longer messages are read up to here: chat turns are short, and parse time must stay bounded. */
const MAX_TEXT_LENGTH = 1000;

export interface NluOptions {
  model: IntentModel;
  lexicons: Lexicons;
  schemes: readonly SchemeMention[];
}

/** An NLU whose scheme lexicon can be swapped without rebuilding the rest. */
export interface NluEngine extends Nlu {
  /** A new engine with another scheme lexicon (after a catalogue change); this one is left untouched. */
  withSchemes(schemes: readonly SchemeMention[]): NluEngine;
}

interface Shared {
  identify: ReturnType<typeof createLanguageIdentifier>;
  classify: ReturnType<typeof createIntentClassifier>;
  lexicon: LexiconEntities;
  threshold: number;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function clip(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[MAX_TEXT_LENGTH - 1]) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
  return text.slice(0, cut);
}

function engine(shared: Shared, schemes: SchemeMatcher): NluEngine {
  return {
    parse(text: string, options: ParseOptions = {}): ParseResult {
      const read = clip(text);
      const folded = foldCharacters(read);
      const guess = shared.identify(read, options.hint, folded.text);
      const language = guess.language;
      const mapped = normaliseFolded(folded, language);
      const tokens = wordTokens(mapped.text);
      const entities = extractEntities(read, mapped, tokens, shared.lexicon, schemes);
      const ranked = tokens.length === 0 && !/\p{L}/u.test(mapped.text)
        ? [{ name: 'out_of_scope' as const, confidence: 1 }]
        : shared.classify(mapped.text, tokens, language, read, entities);
      const top = ranked[0];
      const intent = top.confidence >= shared.threshold || top.name === 'out_of_scope'
        ? { name: top.name, confidence: round(top.confidence) }
        : { name: 'out_of_scope' as const, confidence: round(1 - top.confidence) };
      return {
        text,
        language,
        languageConfidence: round(guess.confidence),
        intent,
        intents: ranked.map((item) => ({ name: item.name, confidence: round(item.confidence) })),
        entities,
      };
    },
    withSchemes(next: readonly SchemeMention[]): NluEngine {
      return engine(shared, schemeMatcher(next, shared.lexicon));
    },
  };
}

/** Builds the NLU from a trained (possibly cached) model, the entity lexicons and the catalogue's schemes. */
export function createNlu(options: NluOptions): NluEngine {
  const lexicon = new LexiconEntities(options.lexicons);
  const shared: Shared = {
    identify: createLanguageIdentifier(options.model.latinLanguage, options.lexicons),
    classify: createIntentClassifier(options.model),
    lexicon,
    threshold: options.model.threshold,
  };
  return engine(shared, schemeMatcher(options.schemes, lexicon));
}
