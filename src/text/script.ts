/** Which writing system a text or token is in. */

export type Script = 'han' | 'tamil' | 'latin' | 'digit' | 'other';

const HAN = /\p{Script=Han}/u;
const TAMIL = /\p{Script=Tamil}/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\p{Nd}/u;

/** The script of one token, judged by its first letter (digits only when it has no letter). */
export function tokenScript(token: string): Script {
  for (const char of token) {
    if (HAN.test(char)) return 'han';
    if (TAMIL.test(char)) return 'tamil';
    if (LATIN.test(char)) return 'latin';
  }
  return DIGIT.test(token) ? 'digit' : 'other';
}

/**
 * The language a text's script decides on its own: any Chinese character → 'zh', any Tamil letter → 'ta'
 * (the stronger of the two when both appear), Latin letters only → 'latin' (English or Malay, decided
 * elsewhere), nothing alphabetic → 'none'.
 */
export function scriptLanguage(text: string): 'zh' | 'ta' | 'latin' | 'none' {
  let han = 0;
  let tamil = 0;
  let latin = 0;
  for (const char of text) {
    if (HAN.test(char)) han += 1;
    else if (TAMIL.test(char)) tamil += 1;
    else if (LATIN.test(char)) latin += 1;
  }
  // A Tamil word takes several code points per syllable where Chinese takes one per word, hence the weight.
  if (han > 0 || tamil > 0) return han * 3 >= tamil ? 'zh' : 'ta';
  return latin > 0 ? 'latin' : 'none';
}
