import { describe, expect, it } from 'vitest';
import { normalise, normaliseMapped, originalSpan } from '../../src/text/index.js';

describe('normalise', () => {
  it('folds case, full-width forms and spacing', () => {
    expect(normalise('  Ｈｅｌｌｏ　ＷＯＲＬＤ！１２３  ', 'en')).toBe('hello world!123');
  });

  it('removes zero-width and bidi marks', () => {
    expect(normalise('gr\u200Bant\u200E for\uFEFF me', 'en')).toBe('grant for me');
  });

  it('turns traditional Chinese into simplified and full-width punctuation into ASCII', () => {
    expect(normalise('我的公司想申請補貼，請問員工', 'zh')).toBe('我的公司想申请补贴,请问员工');
    expect(normalise('兩百萬', 'zh')).toBe('两百万');
  });

  it('expands Malay short forms as whole words only', () => {
    expect(normalise('Sy nak apply grant utk digital blh x?', 'ms')).toBe('saya hendak apply grant untuk digital boleh tidak?');
    expect(normalise('nakal', 'ms')).toBe('nakal');
    expect(normalise('sy nak', 'en')).toBe('sy nak');
  });

  it('composes decomposed Tamil vowel signs (NFC) and keeps marks on their letters', () => {
    const decomposed = '\u0B95\u0BC6\u0BBE'; // க + ெ + ா
    expect(normalise(decomposed, 'ta')).toBe('\u0B95\u0BCA'); // கொ
    expect(normalise('நான் 12 ஊழியர்கள்', 'ta')).toBe('நான் 12 ஊழியர்கள்');
  });

  it('maps every normalised unit back to the original offsets', () => {
    const original = 'Sy  nak ＰＳＧ';
    const mapped = normaliseMapped(original, 'ms');
    expect(mapped.text).toBe('saya hendak psg');
    const at = mapped.text.indexOf('psg');
    const span = originalSpan(mapped, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('ＰＳＧ');
    const hendak = originalSpan(mapped, 5, 11);
    expect(original.slice(hendak.start, hendak.end)).toBe('nak');
  });
});
