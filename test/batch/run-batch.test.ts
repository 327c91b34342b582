import { describe, expect, it } from '@jest/globals';
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatch } from '../../src/batch/run-batch.js';
import { batchStatePath } from '../../src/ledger/ledger-files.js';
import { UserError } from '../../src/errors.js';
import type { PacketRequest, PacketResult } from '../../src/packet/build-packet.js';
import { followupCopy } from './followup-fixture.js';

/** A stand-in packet builder: writes a manifest and one file, fails for the deliveries named, records the calls. */
function fakeBuilder(failFor: string[]) {
  const calls: string[] = [];
  const build = async (request: PacketRequest): Promise<PacketResult> => {
    calls.push(request.deliveryId as string);
    if (failFor.includes(request.deliveryId as string)) throw new UserError('the official has no letter in "xx"', { file: 'campaign.yaml', line: 3 });
    await fsp.mkdir(request.outDir, { recursive: true });
    await fsp.writeFile(join(request.outDir, 'packet.pdf'), `packet for ${request.deliveryId}`);
    await fsp.writeFile(join(request.outDir, 'manifest.json'), `{"createdFor":"${request.deliveryId}"}\n`);
    const counts = { rows: 5, rejected: 0, accepted: 5, duplicates: 1, unique: 4, pendingReview: 0, rejectReasons: {} };
    return {
      run: { counts, scan: { problems: [] } }, missingCharacters: [], signers: 4, manifest: {},
      outputs: [{ path: 'packet.pdf', bytes: `packet for ${request.deliveryId}`.length, sha256: '0'.repeat(64), pages: 1 }],
    } as unknown as PacketResult;
  };
  return { build, calls };
}

describe('runBatch', () => {
  it('reports a failing packet and still builds the others; only the built ones are remembered', async () => {
    const copy = followupCopy();
    const { build, calls } = fakeBuilder(['un-2025']);
    const summary = await runBatch({ campaignPath: copy.campaign, outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2026-01-05T00:00:00Z'), toolVersion: 't', build });
    expect(calls).toEqual(['un-2025', 'embassy-2025', 'embassy-2026']);
    expect(summary.packets.map((p) => [p.delivery, p.status])).toEqual([['un-2025', 'failed'], ['embassy-2025', 'built'], ['embassy-2026', 'built']]);
    expect(summary.packets[0].error).toBe('campaign.yaml, line 3: the official has no letter in "xx"');
    expect(summary.packets[1].packet).toBe('packets/embassy-2025/packet.pdf');
    expect(summary).toMatchObject({ built: 2, failed: 1, unchanged: 0 });
    const state = JSON.parse(readFileSync(batchStatePath(copy.campaign), 'utf8'));
    expect(Object.keys(state.packets).sort()).toEqual(['embassy-2025', 'embassy-2026']);
  });

  it('rebuilds nothing when nothing changed, the failed packet again, and everything with force', async () => {
    const copy = followupCopy();
    const request = { campaignPath: copy.campaign, outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2026-01-05T00:00:00Z'), toolVersion: 't' };
    await runBatch({ ...request, build: fakeBuilder(['un-2025']).build });
    const second = fakeBuilder([]);
    const summary = await runBatch({ ...request, build: second.build });
    expect(second.calls).toEqual(['un-2025']);
    expect(summary.packets.map((p) => p.status)).toEqual(['built', 'unchanged', 'unchanged']);
    // An unchanged packet reports what was built: the same paths, counts and hashes.
    expect(summary.packets[1]).toMatchObject({ packet: 'packets/embassy-2025/packet.pdf', signers: 4, counts: { unique: 4 } });

    const third = fakeBuilder([]);
    await runBatch({ ...request, build: third.build });
    expect(third.calls).toEqual([]);

    const forced = fakeBuilder([]);
    await runBatch({ ...request, build: forced.build, force: true });
    expect(forced.calls).toEqual(['un-2025', 'embassy-2025', 'embassy-2026']);
  });

  it('rebuilds the packets when an export changes, and one whose folder was emptied', async () => {
    const copy = followupCopy();
    const request = { campaignPath: copy.campaign, outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2026-01-05T00:00:00Z'), toolVersion: 't' };
    await runBatch({ ...request, build: fakeBuilder([]).build });
    await fsp.rm(join(copy.root, 'packets', 'un-2025', 'packet.pdf'));
    const afterDelete = fakeBuilder([]);
    await runBatch({ ...request, build: afterDelete.build });
    expect(afterDelete.calls).toEqual(['un-2025']);
    copy.earlyGoogleForm(3);
    const afterEdit = fakeBuilder([]);
    await runBatch({ ...request, build: afterEdit.build });
    expect(afterEdit.calls).toEqual(['un-2025', 'embassy-2025', 'embassy-2026']);
  });

  it('builds only the deliveries named, and refuses an unknown one before building anything', async () => {
    const copy = followupCopy();
    const request = { campaignPath: copy.campaign, outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2026-01-05T00:00:00Z'), toolVersion: 't' };
    const named = fakeBuilder([]);
    const summary = await runBatch({ ...request, deliveries: ['embassy-2026'], build: named.build });
    expect(named.calls).toEqual(['embassy-2026']);
    expect(summary.packets).toHaveLength(1);
    const unknown = fakeBuilder([]);
    await expect(runBatch({ ...request, deliveries: ['embassy-2062'], build: unknown.build })).rejects.toThrow(/no delivery has the id "embassy-2062"/);
    expect(unknown.calls).toEqual([]);
    expect(existsSync(join(copy.root, 'packets', 'un-2025'))).toBe(false);
  });
});
