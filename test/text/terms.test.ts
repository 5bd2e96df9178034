import { describe, expect, it } from 'vitest';
import { graphemes, indexTerms, scriptLanguage, similarity, wordTokens } from '../../src/text/index.js';

describe('indexTerms', () => {
  it('stems English and drops stop words', () => {
    expect(indexTerms('Any grants for hiring employees overseas?', 'en')).toEqual(['grant', 'hire', 'employe', 'oversea']);
  });

  it('expands Malay short forms, then strips affixes', () => {
    expect(indexTerms('Sy nak mohon bantuan perniagaan utk pekerja', 'ms')).toEqual(['mohon', 'bantu', 'niaga', 'kerja']);
  });

  it('segments Chinese into words and adds character bigrams, with English words stemmed', () => {
    const terms = indexTerms('我的公司想apply PSG，有没有政府补助', 'zh');
    expect(terms).toEqual(expect.arrayContaining(['公司', 'appli', 'psg', '政府', '补助', '府补']));
    expect(terms).not.toContain('的');
  });

  it('matches traditional and simplified Chinese to the same terms', () => {
    expect(indexTerms('政府補助', 'zh')).toEqual(indexTerms('政府补助', 'zh'));
  });

  it('gives Tamil words grapheme bigrams that never split a vowel sign or pulli', () => {
    const terms = indexTerms('ஊழியர்கள் பயிற்சி', 'ta');
    expect(terms).toEqual(expect.arrayContaining(['ஊழியர்கள்', 'ஊழி', 'யர்', 'பயிற்சி']));
    expect(terms.filter((term) => /^\p{M}/u.test(term))).toEqual([]);
    // inflected forms share most terms
    const base = new Set(indexTerms('ஊழியர்', 'ta'));
    expect(indexTerms('ஊழியர்களுக்கு', 'ta').filter((term) => base.has(term)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('tokens', () => {
  it('segments Chinese with Intl.Segmenter and keeps Latin words whole', () => {
    expect(wordTokens('我的公司想apply PSG').map((token) => token.text)).toEqual(['我的', '公司', '想', 'apply', 'PSG']);
  });

  it('keeps Tamil combining marks inside their word and cluster', () => {
    expect(wordTokens('எனக்கு grant வேண்டும்').map((token) => token.text)).toEqual(['எனக்கு', 'grant', 'வேண்டும்']);
    expect(graphemes('வேண்டும்')).toEqual(['வே', 'ண்', 'டு', 'ம்']);
  });
});

describe('scriptLanguage', () => {
  it('decides Chinese and Tamil by script and leaves Latin to lexical evidence', () => {
    expect(scriptLanguage('我的公司想apply PSG')).toBe('zh');
    expect(scriptLanguage('எனக்கு grant வேண்டும்')).toBe('ta');
    expect(scriptLanguage('nak apply grant')).toBe('latin');
    expect(scriptLanguage('50 %')).toBe('none');
  });
});

describe('similarity', () => {
  it('is 1 for equal strings, high for a typo, low for unrelated strings', () => {
    expect(similarity('psg', 'psg')).toBe(1);
    expect(similarity('productivity', 'productivty')).toBeGreaterThan(0.95);
    expect(similarity('grant', 'weather')).toBeLessThan(0.6);
    expect(similarity('', 'x')).toBe(0);
  });
});
