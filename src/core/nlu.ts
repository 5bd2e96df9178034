/** The NLU port: what the dialogue and the HTTP API need from language understanding (CONTRACT.md, /api/nlu/parse). */
import type { EntityName, IntentName, Language } from './taxonomy.js';

export interface RankedIntent {
  name: IntentName;
  confidence: number;
}

export interface Entity {
  entity: EntityName;
  /** A code (sector, need, citizenship, employment_status, language), a scheme id, or a plain number (SGD for money). */
  value: string | number;
  text: string;
  /** UTF-16 offsets into the text as sent; end is exclusive. */
  start: number;
  end: number;
}

export interface ParseResult {
  text: string;
  language: Language;
  languageConfidence: number;
  intent: RankedIntent;
  intents: RankedIntent[];
  entities: Entity[];
}

export interface ParseOptions {
  /** The conversation's language, kept when the evidence in the text is weak. */
  hint?: Language;
}

/** A scheme as the NLU's lexicon sees it: names and acronyms in every language, for `scheme` entities. */
export interface SchemeMention {
  id: string;
  acronym?: string;
  names: string[];
}

export interface Nlu {
  parse(text: string, options?: ParseOptions): ParseResult;
}
