/** BM25 text search over the catalogue in all four languages, tolerant to acronyms and small typos. */
import type { Scheme } from '../core/scheme.js';
import { LANGUAGES, type Language } from '../core/taxonomy.js';
import { indexTerms, scriptLanguage, similarity } from '../text/index.js';

/** How much a term found in each field counts, relative to the summary. */
const FIELD_WEIGHTS = { acronym: 6, name: 3, keywords: 2.5, summary: 1, agency: 0.5 } as const;
const K1 = 1.2;
const B = 0.75;
/** Below this similarity a vocabulary term is not taken as a typo of the query term. */
const TYPO_SIMILARITY = 0.88;
const TYPO_DISCOUNT = 0.7;
const LATIN = /^[a-z0-9]+$/;
const TYPO_CACHE_LIMIT = 10_000;
const RESULT_CACHE_LIMIT = 2_000;

export interface SearchHit {
  id: string;
  /** Relevance relative to the best hit of the same query: 1 for the best, in (0, 1] for the rest. */
  score: number;
}

interface Posting {
  doc: number;
  weight: number;
}

export class SearchIndex {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: number[] = [];
  private readonly averageLength: number;
  private readonly latinVocabulary: string[];
  /** Typo lookups are a scan of the vocabulary; users repeat words, so each answer is kept (bounded). */
  private readonly typoCache = new Map<string, string | undefined>();
  /**
   * A conversation's stated situation is its query on every turn until it changes, so the hits are kept per
   * query (bounded; the index is rebuilt, and the cache with it, when the catalogue changes).
   */
  private readonly resultCache = new Map<string, readonly SearchHit[]>();

  constructor(private readonly schemes: readonly Scheme[]) {
    schemes.forEach((scheme, doc) => this.lengths.push(this.addDocument(scheme, doc)));
    const total = this.lengths.reduce((sum, length) => sum + length, 0);
    this.averageLength = schemes.length > 0 ? total / schemes.length : 1;
    this.latinVocabulary = [...this.postings.keys()].filter((term) => term.length >= 4 && LATIN.test(term));
  }

  private addDocument(scheme: Scheme, doc: number): number {
    const weights = new Map<string, number>();
    const add = (terms: string[], weight: number): void => {
      for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + weight);
    };
    if (scheme.acronym) add(indexTerms(scheme.acronym, 'en'), FIELD_WEIGHTS.acronym);
    add(indexTerms(scheme.agency, 'en'), FIELD_WEIGHTS.agency);
    for (const lang of LANGUAGES) {
      const name = scheme.name[lang];
      if (name) add(indexTerms(name, lang), FIELD_WEIGHTS.name);
      const summary = scheme.summary[lang];
      if (summary) add(indexTerms(summary, lang), FIELD_WEIGHTS.summary);
      for (const keyword of scheme.keywords[lang] ?? []) add(indexTerms(keyword, lang), FIELD_WEIGHTS.keywords);
    }
    let length = 0;
    for (const [term, weight] of weights) {
      const list = this.postings.get(term) ?? [];
      list.push({ doc, weight });
      this.postings.set(term, list);
      length += weight;
    }
    return length;
  }

  /** The query's terms: analysed in the language its script shows, Latin script as both English and Malay. */
  private queryTerms(query: string, lang?: Language): string[] {
    const script = scriptLanguage(query);
    const languages: Language[] =
      script === 'zh' ? ['zh'] : script === 'ta' ? ['ta'] : lang && lang !== 'en' && lang !== 'ms' ? [lang, 'en', 'ms'] : ['en', 'ms'];
    return [...new Set(languages.flatMap((language) => indexTerms(query, language)))];
  }

  private closestTerm(term: string): string | undefined {
    if (term.length < 4 || !LATIN.test(term)) return undefined;
    if (this.typoCache.has(term)) return this.typoCache.get(term);
    const found = this.scanForClosest(term);
    if (this.typoCache.size >= TYPO_CACHE_LIMIT) this.typoCache.clear();
    this.typoCache.set(term, found);
    return found;
  }

  private scanForClosest(term: string): string | undefined {
    let best: string | undefined;
    let bestSimilarity = TYPO_SIMILARITY;
    for (const candidate of this.latinVocabulary) {
      if (Math.abs(candidate.length - term.length) > 2 || candidate[0] !== term[0]) continue;
      const score = similarity(term, candidate);
      if (score >= bestSimilarity) {
        best = candidate;
        bestSimilarity = score;
      }
    }
    return best;
  }

  /** Ranked hits for `query`; an empty or unmatched query gives no hits. */
  search(query: string, lang?: Language): readonly SearchHit[] {
    const key = `${lang ?? ''}\u0000${query}`;
    let hits = this.resultCache.get(key);
    if (!hits) {
      hits = this.rank(query, lang);
      if (this.resultCache.size >= RESULT_CACHE_LIMIT) this.resultCache.clear();
      this.resultCache.set(key, hits);
    }
    return hits;
  }

  private rank(query: string, lang?: Language): readonly SearchHit[] {
    const scores = new Map<number, number>();
    const documentCount = this.schemes.length;
    for (const queryTerm of this.queryTerms(query, lang)) {
      let term: string | undefined = queryTerm;
      let factor = 1;
      if (!this.postings.has(term)) {
        term = this.closestTerm(queryTerm);
        factor = TYPO_DISCOUNT;
      }
      const list = term ? this.postings.get(term) : undefined;
      if (!list) continue;
      const idf = Math.log(1 + (documentCount - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, weight } of list) {
        const norm = K1 * (1 - B + (B * this.lengths[doc]!) / this.averageLength);
        const termScore = (idf * weight * (K1 + 1)) / (weight + norm);
        scores.set(doc, (scores.get(doc) ?? 0) + factor * termScore);
      }
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    const best = ranked[0]?.[1] ?? 1;
    return Object.freeze(ranked.map(([doc, score]) => Object.freeze({ id: this.schemes[doc]!.id, score: score / best })));
  }
}
