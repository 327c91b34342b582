// verifyQ M2: a list whose pages were taken out, with its hash and page count patched into manifest.json, is caught by
// what the remaining pages print: every page of the list must carry on where the one before it ended.
import { describe, expect, it } from '@jest/globals';
import { rangeDifference, type ExpectedRange, type PagedRange } from '../../../src/packet/manifest/list-ranges.js';
import { describeDifference } from '../../../src/packet/manifest/describe-differences.js';

const LIST: ExpectedRange = { first: 1, last: 120, total: 120, printed: true };
const page = (at: number, first: number, last: number, total = 120): PagedRange => ({ page: at, first, last, total });

describe('rangeDifference', () => {
  it.each<[string, ExpectedRange, PagedRange[]]>([
    ['every page of a list, in order', LIST, [page(1, 1, 40), page(2, 41, 80), page(3, 81, 120)]],
    ['a volume holding the middle of the list', { ...LIST, first: 41, last: 80 }, [page(1, 41, 80)]],
    ['a certificate of the count, which prints no range', { ...LIST, printed: false }, []],
    ['a list of no one', { first: 1, last: 0, total: 0, printed: true }, []],
  ])('passes %s', (_case, expected, pages) => {
    expect(rangeDifference('signatures.pdf', expected, pages)).toBeNull();
  });

  it.each<[string, PagedRange[], string]>([
    ['a packet.pdf whose list pages were all taken out', [],
      'packet.pdf: its pages print no range of signatures, where the manifest gives it signatures 1–120 of 120: the list\'s pages were taken out, or this list cannot be tied to the packet'],
    ['a list whose middle page was taken out', [page(11, 1, 40), page(12, 81, 120)],
      'packet.pdf: page 12 prints signatures from 81, but the page before it ended at signature 40: pages of the list were taken out, repeated or moved after the packet was built'],
    ['a list whose page was repeated in place of another', [page(1, 1, 40), page(2, 1, 40), page(3, 81, 120)],
      'packet.pdf: page 2 prints signatures from 1, but the page before it ended at signature 40: pages of the list were taken out, repeated or moved after the packet was built'],
    ['a list whose last page was taken out', [page(1, 1, 40), page(2, 41, 80)],
      'packet.pdf: its pages print signatures 1–80 of 120, but the manifest gives it signatures 1–120 of 120: signers were added or taken out after the packet was built'],
  ])('fails %s', (_case, pages, said) => {
    const difference = rangeDifference('packet.pdf', LIST, pages);
    expect(difference).toMatchObject({ path: 'packet.pdf', problem: 'range' });
    expect(describeDifference(difference!)).toBe(said);
  });
});
