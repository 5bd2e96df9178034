import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/data/intents.js';
import { numberVocabulary, scanNumbers } from '../../src/nlu/entities/numbers.js';
import type { LanguageLexicon } from '../../src/nlu/types.js';
import { foldCharacters, normalise } from '../../src/text/index.js';

const vocabulary = numberVocabulary(
  (Object.values(loadLexicons()) as LanguageLexicon[]).map((lexicon) => lexicon.numbers),
  (word) => foldCharacters(word).text,
);
const read = (text: string, lang: 'en' | 'ms' | 'zh' | 'ta' = 'en') =>
  scanNumbers(normalise(text, lang), vocabulary).filter((span) => !span.weak).map(({ value, kind }) => `${kind}:${value}`);

describe('numbers in four languages', () => {
  it.each([
    ['twelve', 'number:12'],
    ['twenty-five', 'number:25'],
    ['two hundred thousand', 'number:200000'],
    ['one hundred and five', 'number:105'],
    ['dua belas', 'number:12'],
    ['enam puluh lima', 'number:65'],
    ['tiga ribu', 'number:3000'],
    ['十二', 'number:12'],
    ['两千五百块', 'money:2500'],
    ['三亿五千万', 'number:350000000'],
    ['一百零五', 'number:105'],
    ['பன்னிரண்டு', 'number:12'],
    ['இருபத்தைந்து', 'number:25'],
    ['இரண்டு லட்சம்', 'number:200000'],
  ])('reads %s', (text, expected) => {
    expect(read(text, /[\u0B80-\u0BFF]/.test(text) ? 'ta' : /\p{Script=Han}/u.test(text) ? 'zh' : 'en')).toEqual([expected]);
  });

  it('applies multipliers written in any language', () => {
    expect(read('S$2m')).toEqual(['money:2000000']);
    expect(read('500k')).toEqual(['number:500000']);
    expect(read('2 juta', 'ms')).toEqual(['number:2000000']);
    expect(read('两百万', 'zh')).toEqual(['number:2000000']);
    expect(read('120万', 'zh')).toEqual(['number:1200000']);
    expect(read('2 மில்லியன்', 'ta')).toEqual(['number:2000000']);
    expect(read('3 கோடி', 'ta')).toEqual(['number:30000000']);
  });

  it('recognises percentages and currency on either side', () => {
    expect(read('51%')).toEqual(['percent:51']);
    expect(read('51 peratus', 'ms')).toEqual(['percent:51']);
    expect(read('百分之五十一', 'zh')).toEqual(['percent:51']);
    expect(read('30 சதவீதம்', 'ta')).toEqual(['percent:30']);
    expect(read('$1,900 sebulan', 'ms')).toEqual(['money:1900']);
    expect(read('3000 வெள்ளி', 'ta')).toEqual(['money:3000']);
  });

  it('does not read idioms or pronouns as numbers', () => {
    expect(read('这个十分重要', 'zh')).toEqual([]);
    expect(read('no one knows')).toEqual([]);
    expect(read('我们一起去', 'zh')).toEqual([]);
  });

  it('keeps separate numbers apart', () => {
    expect(read('12 staff and 3 years')).toEqual(['number:12', 'number:3']);
  });
});
