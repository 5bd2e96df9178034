/** Intent concepts: lexicon words that mean the same across phrasings and languages, as classifier features. */
import type { Language } from '../core/taxonomy.js';
import type { Token } from '../text/index.js';
import { PhraseMatcher } from './phrases.js';
import type { Lexicons } from './types.js';

/** Concept tables by language, as stored in the model. */
export type ConceptTables = Partial<Record<Language, Record<string, string[]>>>;

/** The concept tables of the lexicons. */
export function conceptTables(lexicons: Lexicons): ConceptTables {
  const tables: ConceptTables = {};
  for (const lexicon of Object.values(lexicons)) if (lexicon?.concepts) tables[lexicon.language] = lexicon.concepts;
  return tables;
}

/** Finds concepts in normalised text; each found concept becomes the feature `k:<concept>`. */
export class ConceptMatcher {
  private readonly matcher: PhraseMatcher<string>;

  constructor(tables: ConceptTables) {
    this.matcher = new PhraseMatcher(
      Object.entries(tables).flatMap(([lang, table]) =>
        Object.entries(table ?? {}).flatMap(([concept, phrases]) => phrases.map((phrase) => ({ phrase, lang: lang as Language, payload: concept }))),
      ),
    );
  }

  features(normalised: string, tokens: Token[]): string[] {
    return [...new Set(this.matcher.match(normalised, tokens).map((match) => `k:${match.payload}`))];
  }
}
