import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/catalogue/search.js';
import { shippedSchemes } from '../helpers/app.js';

const index = new SearchIndex(shippedSchemes());
const top = (query: string, count = 1) => index.search(query).slice(0, count).map((hit) => hit.id);

describe('catalogue search', () => {
  it('finds a scheme by its acronym, in any case', () => {
    expect(top('PSG')).toEqual(['productivity-solutions-grant']);
    expect(top('edg')).toEqual(['enterprise-development-grant']);
  });

  it('forgives small typos', () => {
    expect(top('productivty solutons grant')).toEqual(['productivity-solutions-grant']);
    expect(top('enterprise developmnt grant')).toEqual(['enterprise-development-grant']);
  });

  it.each([
    ['en', 'cashier machine for my shop'],
    ['ms', 'nak beli mesin kira wang'],
    ['zh', '收银机'],
    ['ta', 'பில்லிங் இயந்திரம்'],
  ])('finds the POS grant from a query in %s', (_lang, query) => {
    expect(top(query, 2)).toContain('productivity-solutions-grant');
  });

  it('scores relative to the best hit and finds nothing for nonsense', () => {
    const hits = index.search('PSG');
    expect(hits[0]!.score).toBe(1);
    expect(index.search('zzqxv')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });
});
