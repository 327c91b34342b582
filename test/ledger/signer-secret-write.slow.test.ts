// The ledger's secret key is written whole or not at all: a disk that fills up while it is created leaves no empty
// key file that blocks every later --mark-delivered (verifyO F5). An empty one left by an older version is replaced
// while the ledger records nothing, and refused with the way back once it records deliveries.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import type { OpenWrite } from '../../src/output/atomic-write.js';
import { diskFullAt } from '../helpers/disk-full.js';

afterAll(removeTestTempDirs);

const NOW = new Date('2026-12-01T00:00:00Z');
const SIGNERS = 'name,email,city,country\nAnna Berg,anna@ok.example,Oslo,NO\nJae-won Kim,jw@ok.example,Seoul,KR\n';

const keyFileDiskFull = diskFullAt('signer-key.secret');

function markDelivered(campaign: string, delivery: string, openWrite?: OpenWrite) {
  return runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', join(dirname(campaign), `packet-${delivery}`), '--mark-delivered'], { now: NOW, ...(openWrite ? { openWrite } : {}) });
}

describe("the ledger's secret key", () => {
  it('is not left empty by a full disk: the run names the file and exits 2, and the next run marks the delivery', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const state = join(dirname(campaign), '.petition');
    const failed = await markDelivered(campaign, 'list', keyFileDiskFull);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('signer-key.secret');
    expect(failed.stderr).toContain('ENOSPC');
    expect(failed.stderr).not.toMatch(/This is a bug|\n\s+at /);
    expect(existsSync(join(state, 'signer-key.secret'))).toBe(false);
    expect(readdirSync(state).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const again = await markDelivered(campaign, 'list');
    expect(again.stderr).not.toContain('damaged');
    expect(again.code).toBe(0);
    expect(readFileSync(join(state, 'signer-key.secret'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it('left empty by an older version while the ledger records nothing, is made anew and the delivery is marked', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const state = join(dirname(campaign), '.petition');
    const first = await markDelivered(campaign, 'list', keyFileDiskFull);
    expect(first.code).toBe(2);
    writeFileSync(join(state, 'signer-key.secret'), '', { mode: 0o600 });
    const again = await markDelivered(campaign, 'list');
    expect(again.code).toBe(0);
    expect(readFileSync(join(state, 'signer-key.secret'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it('found empty once the ledger records a delivery, is refused with the way back and left as it is', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const key = join(dirname(campaign), '.petition', 'signer-key.secret');
    expect((await markDelivered(campaign, 'list')).code).toBe(0);
    writeFileSync(key, '');
    const refused = await markDelivered(campaign, 'count');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("signer-key.secret: the ledger's secret key file is empty");
    expect(refused.stderr).toContain("put the campaign's own signer-key.secret back in .petition/ from a backup");
    expect(readFileSync(key, 'utf8')).toBe('');
  });
});
