// verifyS1 F8: a header of 24,000 "Name" columns (or 12,000 First name/Last name pairs) took minutes, each repeated
// header counting "Name (2)", "Name (3)" … up from 2 again; the run could not stop on SIGTERM meanwhile.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { extraKeys } from '../../src/formats/extra-keys.js';

const columns = (headers: readonly string[]) => headers.map((header, index) => ({ index, header, field: null, by: 'unmapped' as const }));

describe('extraKeys of repeated headers', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('numbers the copies past a header written as a copy already', () => {
    expect(extraKeys(columns(['Name', 'Name (3)', 'Name', 'Name', 'Name', '', 'Email', 'Email']))).toEqual(['Name', 'Name (3)', 'Name (2)', 'Name (4)', 'Name (5)', 'column 6', 'Email', 'Email (2)']);
  });

  it('looks at each key a few times, not once per earlier copy, for 24,000 columns of one header', () => {
    const headers = [...Array.from({ length: 12_000 }, () => 'First name'), ...Array.from({ length: 12_000 }, () => 'Last name')];
    const has = jest.spyOn(Set.prototype, 'has');
    const keys = extraKeys(columns(headers));
    expect(new Set(keys).size).toBe(headers.length);
    expect(keys.at(-1)).toBe('Last name (12000)');
    expect(has.mock.calls.length).toBeLessThan(headers.length * 3);
  });
});
