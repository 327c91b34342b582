import { describe, expect, it } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { appendLedger } from '../../src/ledger/append-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { withLedgerLock } from '../../src/ledger/ledger-lock.js';
import { UserError } from '../../src/errors.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';

/** A ledger folder holding the empty lock file a writer killed between creating the lock and writing its owner leaves. */
async function ledgerWithEmptyLock(ageSeconds: number): Promise<string> {
  const path = join(tempDir(), '.petition', 'ledger.jsonl');
  await fsp.mkdir(join(path, '..'), { recursive: true });
  await fsp.writeFile(`${path}.lock`, '');
  const then = new Date(Date.now() - ageSeconds * 1000);
  await fsp.utimes(`${path}.lock`, then, then);
  return path;
}

describe('a lock whose writer was killed before it wrote its owner', () => {
  it('is taken over once it is older than any create-to-write gap, and the delivery is marked at once', async () => {
    const path = await ledgerWithEmptyLock(30);
    const started = Date.now();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await readLedger(path)).entries.map((e) => e.delivery)).toEqual(['embassy-2025']);
    // Nothing is left beside the ledger: neither the old lock nor the copy moved aside.
    expect(await fsp.readdir(join(path, '..'))).toEqual(['ledger.jsonl']);
  });

  it('is still respected while it is fresh, since its writer may be about to fill it in', async () => {
    const path = await ledgerWithEmptyLock(0);
    let ran = false;
    const locked = withLedgerLock(path, async () => { ran = true; }, { waitMs: 300, ownerlessStaleMs: 60_000 });
    await expect(locked).rejects.toThrow(UserError);
    await expect(locked).rejects.toThrow(/locked by another process/);
    expect(ran).toBe(false);
    expect(await fsp.readdir(join(path, '..'))).toEqual(['ledger.jsonl.lock']);
  });

  it('is taken over by a waiting writer once it ages past the limit', async () => {
    const path = await ledgerWithEmptyLock(0);
    let ran = false;
    await withLedgerLock(path, async () => { ran = true; }, { waitMs: 10_000, ownerlessStaleMs: 200 });
    expect(ran).toBe(true);
    expect(await fsp.readdir(join(path, '..'))).toEqual([]);
  });
});
