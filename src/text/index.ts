/** Pure text processing shared by the catalogue search and the NLU: normalisation, terms, script, similarity. */
export { normalise, normaliseMapped, normaliseFolded, foldCharacters } from './normalise.js';
export { indexTerms, analyseNormalised, type AnalyseOptions } from './analyse.js';
export { scriptLanguage, tokenScript, type Script } from './script.js';
export { similarity } from './similarity.js';
export { wordTokens, graphemes, ngrams, type Token } from './tokens.js';
export { originalSpan, type MappedText } from './mapped.js';
export { languageText, type LanguageText } from './languages/index.js';
export { isMalayWord } from './languages/ms.js';
