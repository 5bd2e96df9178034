/** The data test over schemes/: every file valid, complete in four languages, and its own examples pass. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listSchemeFiles, parseSchemeYaml } from '../../src/catalogue/load-files.js';
import { isOpen } from '../../src/catalogue/localise.js';
import { qualityProblems } from '../../src/catalogue/quality.js';
import { NEEDS_BY_AUDIENCE, SECTORS } from '../../src/core/taxonomy.js';
import { failingExamples } from '../../src/eligibility/examples.js';
import { shippedSchemes, TEST_TODAY } from '../helpers/app.js';

const today = TEST_TODAY.toISOString().slice(0, 10);

describe('the shipped catalogue', () => {
  const files = listSchemeFiles('schemes');
  const schemes = shippedSchemes();
  const active = schemes.filter((scheme) => isOpen(scheme, today));

  it.each(files)('%s is schema-valid, its id is its file name and it sits in its audience folder', (file) => {
    expect(parseSchemeYaml(readFileSync(file, 'utf8'), file).problems).toEqual([]);
  });

  it.each(schemes.map((s) => [s.id, s] as const))('%s is complete in four languages, dated, with examples', (_id, scheme) => {
    expect(qualityProblems(scheme, today)).toEqual([]);
  });

  it.each(schemes.map((s) => [s.id, s] as const))('%s passes its own examples', (_id, scheme) => {
    expect(failingExamples(scheme)).toEqual([]);
  });

  it('has unique ids and unique English names', () => {
    const ids = schemes.map((s) => s.id);
    const names = schemes.map((s) => s.name.en.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('has at least 170 active schemes: 110 for businesses and 55 for individuals', () => {
    const business = active.filter((s) => s.audience === 'business').length;
    const individual = active.filter((s) => s.audience === 'individual').length;
    expect({ business: business >= 110, individual: individual >= 55, total: active.length >= 170 }).toEqual({
      business: true, individual: true, total: true,
    });
  });

  it('serves every need of CONTRACT.md with at least 3 active schemes', () => {
    const thin = Object.entries(NEEDS_BY_AUDIENCE).flatMap(([audience, needs]) =>
      needs.filter((need) => active.filter((s) => s.audience === audience && s.needs.includes(need)).length < 3),
    );
    expect(thin).toEqual([]);
  });

  it('names only sectors of the taxonomy, and sector-specific schemes check the sector', () => {
    for (const scheme of schemes) {
      for (const sector of scheme.sectors) expect(SECTORS).toContain(sector);
      if (scheme.sectors.length > 0) expect(JSON.stringify(scheme.eligibility), scheme.id).toContain('"field":"sector"');
    }
  });
});
