// Which delivery of the campaign an orphaned ledger line is: by its packet (manifest in the folder, target and date);
// the date alone only for a line of an older version that names no target, and only when one delivery has that date.
import { describe, expect, it } from '@jest/globals';
import { matchOrphan, renamedAs } from '../../src/ledger/orphaned-entries.js';
import type { LedgerEntry } from '../../src/ledger/ledger-entry.js';

const line = (extra: Partial<LedgerEntry>): LedgerEntry => ({
  delivery: 'un-2026', date: '2026-12-10', markedAt: '2026-12-10T15:00:00.000Z', signers: 3, total: 3, keysSha256: 'k',
  signerListFingerprint: 'f', manifestSha256: 'm'.repeat(64), sources: [], keys: [], ...extra,
});
const un = { id: 'un-renamed', target: 'un-secretary-general', date: '2026-12-10' };
const embassy = { id: 'embassy-2026', target: 'xi-jinping', date: '2026-12-10' };

describe('matchOrphan', () => {
  it('tells two deliveries of one day apart by the target the line records', () => {
    expect(matchOrphan(line({ target: 'un-secretary-general' }), un)).toBe('same');
    expect(matchOrphan(line({ target: 'un-secretary-general' }), embassy)).toBe('other');
  });
  it('takes the packet folder holding the line\'s manifest as the same packet', () => {
    expect(matchOrphan(line({ target: 'un-secretary-general' }), embassy, 'm'.repeat(64))).toBe('same');
  });
  it('goes by the date alone only for a line without a target, and says so', () => {
    expect(matchOrphan(line({}), embassy)).toBe('date-only');
    expect(matchOrphan(line({}), { ...embassy, date: '2026-12-11' })).toBe('other');
  });
});

describe('renamedAs', () => {
  it('names the delivery of the line\'s target and date, not every delivery of that day', () => {
    expect(renamedAs(line({ target: 'un-secretary-general' }), [embassy, un], new Set())).toEqual(['un-renamed']);
  });
  it('names no delivery by date when two share it and the line names no target', () => {
    expect(renamedAs(line({}), [embassy, un], new Set())).toEqual([]);
    expect(renamedAs(line({}), [embassy, un], new Set(['embassy-2026']))).toEqual(['un-renamed']);
  });
});
