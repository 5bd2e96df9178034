/** Small hand-made schemes for ranking and question tests, independent of the shipped catalogue. */
import type { Criterion, Scheme } from '../../src/core/scheme.js';

const text = (en: string) => ({ en, ms: `${en} (ms)`, zh: `${en}（中）`, ta: `${en} (த)` });

export function scheme(id: string, patch: Partial<Scheme> & { criteria?: Scheme['eligibility'] }): Scheme {
  const { criteria, ...rest } = patch;
  return {
    id, agency: 'Test Agency', audience: 'business', type: 'grant', needs: ['productivity'], sectors: [], status: 'active',
    url: `https://www.example.gov.sg/${id}`, contact: { phone: '6000 0000' }, lastVerified: '2025-01-01',
    name: text(id), summary: text(`${id} summary`), benefits: text('benefits'), howToApply: text('apply'),
    conditions: [], keywords: { en: [id] }, eligibility: criteria ?? { all: [] }, examples: [],
    ...rest,
  };
}

export const c = (field: Criterion['field'], op: Criterion['op'], value: Criterion['value']): Criterion => ({ field, op, value });
