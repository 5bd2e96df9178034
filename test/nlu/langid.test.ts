import { describe, expect, it } from 'vitest';
import { realNlu } from './helpers.js';

const nlu = realNlu();
const language = (text: string, hint?: 'en' | 'ms' | 'zh' | 'ta') => {
  const { language: lang, languageConfidence } = nlu.parse(text, hint ? { hint } : {});
  return { lang, confident: languageConfidence >= 0.75 };
};

describe('language identification', () => {
  it('decides Chinese and Tamil by script, code-mixing included', () => {
    expect(language('我的公司想apply PSG')).toEqual({ lang: 'zh', confident: true });
    expect(language('எனக்கு grant வேண்டும்')).toEqual({ lang: 'ta', confident: true });
  });

  it('tells Malay from English by function words and short forms', () => {
    expect(language('saya mahu memohon bantuan untuk perniagaan')).toEqual({ lang: 'ms', confident: true });
    expect(language('sy nak tau blh dpt bantuan x')).toEqual({ lang: 'ms', confident: true });
    expect(language('what grants are there for my company')).toEqual({ lang: 'en', confident: true });
    expect(language('got grant for hiring or not ah')).toEqual({ lang: 'en', confident: true });
  });

  it('takes code-mixed Malay/English with Malay grammar as Malay', () => {
    expect(language('nak apply grant untuk digital boleh?').lang).toBe('ms');
    expect(language('company sy ada 10 staff, boleh claim tak').lang).toBe('ms');
  });

  it('reports weak evidence and keeps the conversation language', () => {
    for (const text of ['ok', 'PSG', '50']) {
      expect(language(text).confident).toBe(false);
      expect(language(text, 'ms').lang).toBe('ms');
      expect(language(text, 'zh').lang).toBe('zh');
    }
  });

  it('overrides the hint when the evidence is strong', () => {
    expect(language('terima kasih banyak', 'en').lang).toBe('ms');
    expect(language('谢谢', 'en').lang).toBe('zh');
  });
});
