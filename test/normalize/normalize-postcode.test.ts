import { describe, expect, it } from '@jest/globals';
import { createPostcodeMemo, normalizePostcode } from '../../src/normalize/normalize-postcode.js';

describe('normalizePostcode', () => {
  it.each([
    // US: ZIP+4 matches its ZIP; a spreadsheet's lost leading zero comes back
    ['60098', 'US', '60098', '60098'],
    ['60098-1234', 'US', '60098-1234', '60098'],
    ['600981234', 'US', '60098-1234', '60098'],
    [' 60098 - 1234 ', 'US', '60098-1234', '60098'],
    ['2134', 'US', '02134', '02134'],
    // UK: outward and inward code with one space, any spacing or case in
    ['sw1a1aa', 'GB', 'SW1A 1AA', 'SW1A1AA'],
    ['SW1A  1AA', 'GB', 'SW1A 1AA', 'SW1A1AA'],
    ['m1 1ae', 'GB', 'M1 1AE', 'M11AE'],
    ['EC1A 1BB', 'GB', 'EC1A 1BB', 'EC1A1BB'],
    // Korea: five digits
    ['04524', 'KR', '04524', '04524'],
    ['4524', 'KR', '04524', '04524'],
    ['135-080', 'KR', '135-080', '135080'],
    // Others: case and spacing
    ['k1a0b1', 'CA', 'K1A 0B1', 'K1A0B1'],
    ['1012ab', 'NL', '1012 AB', '1012AB'],
    ['10115', 'DE', '10115', '10115'],
    ['00-950', 'PL', '00-950', '00950'],
    ['100-0001', 'JP', '100-0001', '1000001'],
    ['sw1a 1aa', 'unknown', 'SW1A 1AA', 'SW1A1AA'],
    ['', 'US', '', ''],
    ['  ', 'GB', '', ''],
  ])('%j in %s → %j, key %j', (text, country, postcode, key) => {
    expect(normalizePostcode(text, country)).toEqual({ postcode, key });
  });

  it('keeps two spellings of one UK postcode equal for matching', () => {
    expect(normalizePostcode('sw1a1aa', 'GB').key).toBe(normalizePostcode('SW1A 1AA', 'GB').key);
  });

  it('remembers per country: the same text reads differently in the US and in Korea', () => {
    const memo = createPostcodeMemo(1);
    expect(memo('2134', 'US')).toEqual({ postcode: '02134', key: '02134' });
    expect(memo('60098-1234', 'US').key).toBe('60098');
    expect(memo('135-080', 'KR')).toEqual({ postcode: '135-080', key: '135080' });
    expect(memo('135-080', 'PL')).toEqual({ postcode: '135-080', key: '135080' });
    expect(memo('2134', 'US')).toEqual({ postcode: '02134', key: '02134' });
  });
});
