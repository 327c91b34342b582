import { describe, expect, it } from '@jest/globals';
import { occasionDateMismatch } from '../../../src/packet/letter/known-occasions.js';

describe('a known observance on another day than its own', () => {
  it('is found, with the observance\'s day, when a delivery block was copied and re-dated', () => {
    expect(occasionDateMismatch('World Refugee Day', '2026-10-01')).toEqual({ occasion: 'World Refugee Day', day: '06-20' });
    expect(occasionDateMismatch('세계 인권의 날', '2026-12-11')).toEqual({ occasion: '세계 인권의 날', day: '12-10' });
  });

  it('is not found on the observance\'s own day, nor for an occasion the tool does not know', () => {
    expect(occasionDateMismatch('World Refugee Day', '2026-06-20')).toBeNull();
    expect(occasionDateMismatch('human-rights-day', '2025-12-10')).toBeNull();
    expect(occasionDateMismatch('International Day in Support of Victims of Torture', '2026-06-26')).toBeNull();
    expect(occasionDateMismatch('Our anniversary', '2026-10-01')).toBeNull();
    expect(occasionDateMismatch(undefined, '2026-10-01')).toBeNull();
  });
});
