/** Entity extraction: lexicon phrases, scheme mentions, numbers typed by their cues; offsets into the original text. */
import type { Entity, SchemeMention } from '../../core/nlu.js';
import { ENTITY_NAMES, type EntityName } from '../../core/taxonomy.js';
import { foldCharacters, originalSpan, type MappedText, type Token } from '../../text/index.js';
import { PhraseMatcher, longestMatches, type PhraseMatch } from '../phrases.js';
import { PHRASE_ENTITIES, TYPED_NUMBER_ENTITIES, type LanguageLexicon, type Lexicons, type TypedNumberEntity } from '../types.js';
import { numberVocabulary, scanNumbers, type NumberVocabulary } from './numbers.js';
import { SchemeMatcher } from './schemes.js';
import { typeNumbers, type Cue } from './typed.js';

interface Found {
  entity: EntityName;
  value: string | number;
  start: number;
  end: number;
}

const LEXICON_FIELD = {
  sector: 'sector', need: 'need', citizenship: 'citizenship', employment_status: 'employment_status', language: 'language_names',
  audience: 'audience', housing_type: 'housing_type',
} as const;

interface Fact {
  entity: TypedNumberEntity | typeof CHILD_ENTITY;
  value: number | string;
  /** Not when the list goes on: "with my wife." is a household of two, "with my wife and kids" is not. */
  closesList?: boolean;
}

/** "just had a baby" → a child below 7: found once the taxonomy lists this entity (an extension, like audience). */
const CHILD_ENTITY = 'child_below_7';

/**
 * Lexicon concepts that state a fact without writing a number ("no income", "没有收入" → a monthly income of 0).
 * A number written in the same message for the same entity wins.
 */
const FACT_CONCEPTS: Record<string, Fact> = {
  fact_no_income: { entity: 'monthly_income', value: 0 },
  fact_couple: { entity: 'household_size', value: 2, closesList: true },
  fact_newborn: { entity: CHILD_ENTITY, value: 'yes' },
};
const isEntityName = (name: string): name is EntityName => (ENTITY_NAMES as readonly string[]).includes(name);
// A list that goes on after the phrase: "and", "dan", "和", a comma after a Latin or Tamil phrase (a Chinese one
// ends in a verb, 和太太住，…), or Tamil -உம் on the phrase itself ("மனைவியுடனும்", "with my wife and").
const AND_FOLLOWS = /^\s*(?:[&+]|(?:and|n|plus|dan|serta|மற்றும்)(?![\p{L}\p{M}])|[和跟与及]|还有)/u;
const COMMA_FOLLOWS = /^\s*[,、]/u;
const ENDS_HAN = /\p{Script=Han}$/u;
const TAMIL_AND = /ும்$/u;

function listGoesOn(phrase: string, rest: string): boolean {
  return AND_FOLLOWS.test(rest) || TAMIL_AND.test(phrase) || (!ENDS_HAN.test(phrase) && COMMA_FOLLOWS.test(rest));
}

/** The lexicon-dependent part of extraction, compiled once per set of lexicons. */
export class LexiconEntities {
  private readonly phrases: PhraseMatcher<{ entity: EntityName; value: string }>;
  private readonly cues: PhraseMatcher<Cue>;
  private readonly facts: PhraseMatcher<Fact>;
  private readonly numbers: NumberVocabulary;
  readonly aliases: Record<string, string[]>[];

  constructor(lexicons: Lexicons) {
    const all = Object.values(lexicons) as LanguageLexicon[];
    this.phrases = new PhraseMatcher(
      all.flatMap((lexicon) =>
        PHRASE_ENTITIES.flatMap((entity) =>
          Object.entries(lexicon[LEXICON_FIELD[entity]]).flatMap(([value, phrases]) =>
            phrases.map((phrase) => ({ phrase, lang: lexicon.language, payload: { entity, value } })),
          ),
        ),
      ),
    );
    this.cues = new PhraseMatcher(
      all.flatMap((lexicon) =>
        TYPED_NUMBER_ENTITIES.flatMap((entity) =>
          (['before', 'after'] as const).flatMap((side) =>
            (lexicon.cues[entity]?.[side] ?? []).map((phrase) => ({ phrase, lang: lexicon.language, payload: { entity, side } })),
          ),
        ),
      ),
    );
    this.facts = new PhraseMatcher(
      all.flatMap((lexicon) =>
        Object.entries(FACT_CONCEPTS).filter(([, fact]) => isEntityName(fact.entity)).flatMap(([concept, fact]) =>
          (lexicon.concepts?.[concept] ?? []).map((phrase) => ({ phrase, lang: lexicon.language, payload: fact })),
        ),
      ),
    );
    this.numbers = numberVocabulary(all.map((lexicon) => lexicon.numbers), (word) => foldCharacters(word).text);
    this.aliases = all.map((lexicon) => lexicon.schemeAliases ?? {});
  }

  /** Phrase entities and numbers (typed where a cue fits) in normalised text; offsets into it. */
  find(text: string, tokens: Token[]): Found[] {
    const found: Found[] = this.phrases.match(text, tokens).map((match) => ({ ...match.payload, start: match.start, end: match.end }));
    const numbers = scanNumbers(text, this.numbers);
    const types = typeNumbers(text, numbers, this.cues.match(text, tokens));
    numbers.forEach((number, at) => {
      const entity = types[at] ?? (number.weak ? undefined : number.kind);
      if (entity) found.push({ entity, value: number.value, start: number.start, end: number.end });
    });
    for (const { start, end, payload } of longestMatches(this.facts.match(text, tokens))) {
      if (found.some((item) => item.entity === payload.entity)) continue;
      if (payload.closesList && listGoesOn(text.slice(start, end), text.slice(end))) continue;
      if (isEntityName(payload.entity)) found.push({ entity: payload.entity, value: payload.value, start, end });
    }
    return found;
  }
}

const NUMERIC_ENTITIES: readonly string[] = [...TYPED_NUMBER_ENTITIES, 'number', 'money', 'percent'];

/** Keeps the longest of overlapping mentions; the same span may still hold, e.g., a sector and a need. */
function resolve(found: Found[]): Found[] {
  const numeric = (entity: EntityName): boolean => NUMERIC_ENTITIES.includes(entity);
  const kept = longestMatches(
    found.map((item) => ({ start: item.start, end: item.end, payload: item })),
    (a, b) => !(a.start === b.start && a.end === b.end && a.entity !== b.entity && !numeric(a.entity) && !numeric(b.entity)),
  ).map((match) => match.payload);
  // A sector or need named twice ("wholesale distributor") is one fact; numbers may repeat legitimately.
  const seen = new Set<string>();
  return kept.filter((item) => {
    const key = numeric(item.entity) ? `${item.entity}|${item.value}|${item.start}` : `${item.entity}|${item.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Extracts entities, given the lexicon part and the (swappable) scheme part. */
export function extractEntities(
  original: string,
  mapped: MappedText,
  tokens: Token[],
  lexicon: LexiconEntities,
  schemes: SchemeMatcher,
): Entity[] {
  const toOriginal = (start: number, end: number) => originalSpan(mapped, start, end);
  const schemeMatches: PhraseMatch<string>[] = schemes.match(mapped.text, tokens, original, toOriginal);
  const found = [
    ...lexicon.find(mapped.text, tokens),
    ...schemeMatches.map((match) => ({ entity: 'scheme' as const, value: match.payload, start: match.start, end: match.end })),
  ];
  return resolve(found).map((item) => {
    const span = toOriginal(item.start, item.end);
    return { entity: item.entity, value: item.value, text: original.slice(span.start, span.end), start: span.start, end: span.end };
  });
}

/** Builds the scheme part from the catalogue's mentions and the lexicons' aliases. */
export function schemeMatcher(schemes: readonly SchemeMention[], lexicon: LexiconEntities): SchemeMatcher {
  return new SchemeMatcher(schemes, lexicon.aliases);
}

