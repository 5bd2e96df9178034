/** Scheme mentions: an acronym or a name in any language, resolved to a scheme id, tolerant to small typos. */
import type { SchemeMention } from '../../core/nlu.js';
import type { Language } from '../../core/taxonomy.js';
import commonWords from '../../text/data/common-words.json' with { type: 'json' };
import { normalise, similarity, tokenScript, wordTokens, type Token } from '../../text/index.js';
import { PhraseMatcher, type PhraseMatch } from '../phrases.js';

const AMBIGUOUS = new Set(commonWords.words);
const FUZZY_MIN_SIMILARITY = 0.9;
const FUZZY_MIN_WORD = 5;

interface FuzzyName {
  id: string;
  words: string[];
}

function isLatin(text: string): boolean {
  return tokenScript(text) === 'latin';
}

/** Matches scheme mentions; built again (off the turn path) whenever the catalogue changes. */
export class SchemeMatcher {
  private readonly exact: PhraseMatcher<string>;
  /** Acronyms that are also everyday words ("LEAD", "PA"): they count only in capitals. */
  private readonly capitalOnly = new Map<string, string>();
  private readonly fuzzyByToken = new Map<string, FuzzyName[]>();

  constructor(schemes: readonly SchemeMention[], aliases: Record<string, string[]>[] = []) {
    const entries: { phrase: string; lang: Language; payload: string }[] = [];
    for (const scheme of schemes) {
      if (scheme.acronym) {
        const lower = normalise(scheme.acronym, 'en');
        if (lower.replace(/[^a-z]/g, '').length <= 2 || AMBIGUOUS.has(lower)) this.capitalOnly.set(scheme.acronym, scheme.id);
        else entries.push({ phrase: scheme.acronym, lang: 'en', payload: scheme.id });
      }
      for (const name of scheme.names) {
        entries.push({ phrase: name, lang: 'en', payload: scheme.id });
        this.addFuzzy(scheme.id, name);
      }
    }
    const known = new Set(schemes.map((scheme) => scheme.id));
    for (const table of aliases) {
      for (const [id, names] of Object.entries(table)) {
        if (!known.has(id)) continue;
        for (const name of names) entries.push({ phrase: name, lang: 'en', payload: id });
      }
    }
    this.exact = new PhraseMatcher(entries);
  }

  private addFuzzy(id: string, name: string): void {
    const text = normalise(name, 'en');
    const words = wordTokens(text).map((token) => token.text);
    if (!isLatin(text) || words.length < 2) return;
    const entry = { id, words };
    for (const word of new Set(words)) {
      const list = this.fuzzyByToken.get(word) ?? [];
      list.push(entry);
      this.fuzzyByToken.set(word, list);
    }
  }

  /** Scheme mentions in `normalised` (offsets into it); `original` decides capital-only acronyms. */
  match(normalised: string, tokens: Token[], original: string, toOriginal: (start: number, end: number) => { start: number; end: number }): PhraseMatch<string>[] {
    const matches = this.exact.match(normalised, tokens);
    for (const token of tokens) {
      const span = toOriginal(token.start, token.end);
      const id = this.capitalOnly.get(original.slice(span.start, span.end));
      if (id) matches.push({ start: token.start, end: token.end, payload: id });
    }
    return matches.length > 0 ? matches : this.fuzzy(tokens);
  }

  /**
   * A run of words that is a scheme's name with small typos ("entreprise developement grant"): as many
   * words as the name, at least one of them exact, the others long enough to carry a typo and close.
   */
  private fuzzy(tokens: Token[]): PhraseMatch<string>[] {
    const candidates = new Set<FuzzyName>();
    for (const token of tokens) for (const name of this.fuzzyByToken.get(token.text) ?? []) candidates.add(name);
    let best: (PhraseMatch<string> & { score: number }) | undefined;
    for (const name of candidates) {
      for (let at = 0; at + name.words.length <= tokens.length; at += 1) {
        let score = 0;
        let exact = 0;
        for (let i = 0; i < name.words.length && score >= 0; i += 1) {
          const word = tokens[at + i].text;
          const expected = name.words[i];
          if (word === expected) {
            exact += 1;
            score += 1;
            continue;
          }
          const close = Math.min(word.length, expected.length) >= FUZZY_MIN_WORD && similarity(word, expected);
          score = close && close >= FUZZY_MIN_SIMILARITY ? score + close : -1;
        }
        if (score < 0 || exact === 0 || exact === name.words.length) continue;
        if (!best || score > best.score) best = { start: tokens[at].start, end: tokens[at + name.words.length - 1].end, payload: name.id, score };
      }
    }
    return best ? [{ start: best.start, end: best.end, payload: best.payload }] : [];
  }
}
