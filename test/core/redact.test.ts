import { describe, expect, it } from 'vitest';
import { isValidNricOrFin, redactPersonalData } from '../../src/core/redact.js';

describe('redactPersonalData', () => {
  it('validates NRIC and FIN check letters', () => {
    expect(isValidNricOrFin('S1234567D')).toBe(true);
    expect(isValidNricOrFin('S1234567A')).toBe(false);
    expect(isValidNricOrFin('T0123456G')).toBe(true);
    expect(isValidNricOrFin('T0123456A')).toBe(false);
    expect(isValidNricOrFin('F1234567N')).toBe(true);
    expect(isValidNricOrFin('G1234567X')).toBe(true);
  });

  it.each([
    ['my ic is S1234567D', 'my ic is [NRIC]'],
    ['IC s1234567d lah', 'IC [NRIC] lah'],
    ['saya punya FIN F1234567N', 'saya punya FIN [NRIC]'],
    ['UEN 201912345K and 53123456A', 'UEN [UEN] and [UEN]'],
    ['call me at 9123 4567 or +65 6123-4567', 'call me at [PHONE] or [PHONE]'],
    ['email tan.ah.kow@example.com.sg', 'email [EMAIL]'],
    ['我的电话是91234567', '我的电话是[PHONE]'],
    ['என் தொலைபேசி 81234567', 'என் தொலைபேசி [PHONE]'],
  ])('masks %s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it('leaves amounts, ages and staff counts alone', () => {
    expect(redactPersonalData('we have 12 staff, revenue S$2m, I am 67, income 3500')).toBe('we have 12 staff, revenue S$2m, I am 67, income 3500');
  });
});
