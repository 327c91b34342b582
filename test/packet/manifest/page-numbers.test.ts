// verify reads back the page numbers every page prints ("Page 4 of 9") and says where they stop running on: a page
// taken out of a document that prints no signatures' range (a count-only packet) is caught by the numbers around it.
import { describe, expect, it } from '@jest/globals';
import { nextPageNumber, pageNumberDifference, type PrintedPageNumber } from '../../../src/packet/manifest/page-numbers.js';

const of = (total: number, ...numbers: number[]): PrintedPageNumber[] => numbers.map((n) => ({ n, total }));

describe('the page numbers a document prints', () => {
  it('pass when they run from 1 to the total they print', () => {
    expect(pageNumberDifference({ path: 'packet.pdf', pages: of(3, 1, 2, 3), first: 1, ends: true })).toBeNull();
  });

  it('fail at the page after one taken out, at a page moved, and where a page prints none', () => {
    expect(pageNumberDifference({ path: 'packet.pdf', pages: of(4, 1, 2, 4), first: 1, ends: true }))
      .toMatchObject({ problem: 'numbering', page: 3, expected: '3 / 4', actual: '4 / 4' });
    expect(pageNumberDifference({ path: 'packet.pdf', pages: of(3, 1, 3, 2), first: 1, ends: true })).toMatchObject({ page: 2 });
    expect(pageNumberDifference({ path: 'packet.pdf', pages: [...of(2, 1), null], first: 1, ends: true }))
      .toMatchObject({ page: 2, actual: 'none' });
  });

  it('fail when the last pages are gone: the last page left does not print the total', () => {
    expect(pageNumberDifference({ path: 'packet.pdf', pages: of(4, 1, 2, 3), first: 1, ends: true }))
      .toMatchObject({ page: 4, expected: '4 / 4', actual: 'none' });
  });

  it('fail when a page prints another total than the others', () => {
    expect(pageNumberDifference({ path: 'packet.pdf', pages: [...of(3, 1, 2), ...of(4, 3)], first: 1, ends: true })).toMatchObject({ page: 3 });
  });

  it('let a document hold parts numbered from 1 each (a letter in each language), but only after a part is complete', () => {
    expect(pageNumberDifference({ path: 'letter.pdf', pages: [...of(1, 1), ...of(2, 1, 2)], first: 1, ends: true, restarts: true })).toBeNull();
    expect(pageNumberDifference({ path: 'letter.pdf', pages: [...of(2, 1), ...of(1, 1)], first: 1, ends: true, restarts: true })).toMatchObject({ page: 2 });
    expect(pageNumberDifference({ path: 'packet.pdf', pages: [...of(1, 1), ...of(2, 1, 2)], first: 1, ends: true })).toMatchObject({ page: 2 });
  });

  it('run on from one volume of the list to the next', () => {
    const first = { path: 'signatures-vol-01.pdf', pages: of(5, 1, 2, 3), first: 1, ends: false };
    expect(pageNumberDifference(first)).toBeNull();
    expect(nextPageNumber(first)).toBe(4);
    expect(pageNumberDifference({ path: 'signatures-vol-02.pdf', pages: of(5, 4, 5), first: 4, ends: true, total: 5 })).toBeNull();
    expect(pageNumberDifference({ path: 'signatures-vol-02.pdf', pages: of(5, 5), first: 4, ends: true, total: 5 })).toMatchObject({ page: 1, expected: '4 / 5' });
    expect(pageNumberDifference({ path: 'signatures-vol-02.pdf', pages: of(6, 4, 5, 6), first: 4, ends: true, total: 5 })).toMatchObject({ page: 1 });
  });
});
