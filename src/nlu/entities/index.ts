/** Entity extraction: lexicon phrases, scheme mentions, numbers typed by their cues; offsets into the original text. */
import type { Entity, SchemeMention } from '../../core/nlu.js';
import type { EntityName } from '../../core/taxonomy.js';
import { foldCharacters, originalSpan, type MappedText, type Token } from '../../text/index.js';
import { PhraseMatcher, longestMatches, type PhraseMatch } from '../phrases.js';
import { PHRASE_ENTITIES, TYPED_NUMBER_ENTITIES, type LanguageLexicon, type Lexicons } from '../types.js';
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

/** The lexicon-dependent part of extraction, compiled once per set of lexicons. */
export class LexiconEntities {
  private readonly phrases: PhraseMatcher<{ entity: EntityName; value: string }>;
  private readonly cues: PhraseMatcher<Cue>;
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
    return found;
  }
}

/** Keeps the longest of overlapping mentions; the same span may still hold, e.g., a sector and a need. */
function resolve(found: Found[]): Found[] {
  const numeric = (entity: EntityName): boolean => typeof entity === 'string' && !['sector', 'need', 'citizenship', 'employment_status', 'language', 'scheme', 'audience', 'housing_type'].includes(entity);
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

