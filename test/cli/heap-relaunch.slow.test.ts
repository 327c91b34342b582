// Files too big for Node's default heap with fuzzy matching are counted by a child given the room (src/cli/relaunch.ts)
// instead of ending in V8's fatal "heap out of memory" and its stack. A small heap is assumed here
// (PETITION_HEAP_LIMIT_MB) so that a few megabytes stand for the gigabytes of a 20-million-row petition.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { BIN, runBin } from '../helpers/run-bin.js';
import { tinyCampaignIn } from '../helpers/tiny-campaign.js';
// @ts-expect-error -- a plain ES module of the benchmark scripts, without types
import { writeSyntheticExport } from '../../scripts/synthetic-export.mjs';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROWS = 60_000;
const writeExport = writeSyntheticExport as (path: string, rows: number) => Promise<void>;

describe('a run that needs more heap than Node gives', () => {
  it('runs again with the heap it needs and counts every row; the same file under a 64 MB heap alone ends in V8 fatal error', async () => {
    const file = join(dir, 'big.csv');
    await writeExport(file, ROWS);

    const alone = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, 'count', '--json', file], {
      encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', PETITION_LANG: 'en', PETITION_HEAP_RELAUNCHED: '1' },
    });
    expect(alone.status).not.toBe(0);
    expect(alone.stderr).toMatch(/heap out of memory/i);

    const room = runBin(['count', '--json', '--debug', file], { env: { PETITION_HEAP_LIMIT_MB: '64' } });
    expect(room.stderr).toMatch(/running again with --max-old-space-size=\d+/);
    expect(room.stderr).not.toMatch(/heap out of memory|FATAL/i);
    expect([0, 1]).toContain(room.code);
    const counts = JSON.parse(room.stdout) as { rows: number; accepted: number; unique: number; duplicates: number };
    expect(counts.rows).toBe(ROWS);
    expect(counts.unique + counts.duplicates).toBe(counts.accepted);
  }, 180_000);

  it("counts a campaign's sources as the files it needs room for", async () => {
    const root = tempDir();
    const source = join(root, 'signers.csv');
    await writeExport(source, 20_000);
    // About 1.5 MB: the program's own 128 MB fit under 140, with the source's 12 bytes a byte they do not.
    const campaign = tinyCampaignIn(root, 'signers.csv');
    const result = runBin(['count', '--campaign', campaign, '--json', '--debug'], { env: { PETITION_HEAP_LIMIT_MB: '140' } });
    expect(result.stderr).toMatch(/running again with --max-old-space-size=\d+/);
    expect((JSON.parse(result.stdout) as { rows: number }).rows).toBe(20_000);
    const alone = runBin(['count', source, '--json', '--debug'], { env: { PETITION_HEAP_LIMIT_MB: '140' } });
    expect(alone.stderr).toMatch(/running again/);
    const small = runBin(['count', exportPath('action-network.csv'), '--json', '--debug'], { env: { PETITION_HEAP_LIMIT_MB: '140' } });
    expect(small.stderr).not.toMatch(/running again/);
  }, 120_000);

  it('a relaunched run whose parent is killed (SIGKILL, not passed on) stops and writes nothing', async () => {
    const root = tempDir();
    const input = join(root, 'signers.csv');
    await writeExport(input, 60_000);
    const merged = join(root, 'merged.csv');
    const parent = spawn(process.execPath, [BIN, 'dedupe', input, '-o', merged], {
      stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '', PETITION_HEAP_LIMIT_MB: '64' },
    });
    const childOf = (pid: number) => spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout.trim();
    let child = '';
    for (let waited = 0; child === '' && waited < 20_000; waited += 200) {
      await new Promise((done) => setTimeout(done, 200));
      child = childOf(parent.pid!);
    }
    expect(child).not.toBe('');
    parent.kill('SIGKILL');
    const alive = () => spawnSync('kill', ['-0', child]).status === 0;
    for (let waited = 0; alive() && waited < 90_000; waited += 500) await new Promise((done) => setTimeout(done, 500));
    expect({ alive: alive(), written: existsSync(merged) }).toEqual({ alive: false, written: false });
  }, 150_000);

  it('does not run again with --exact, whose memory is flat at any size', () => {
    const result = runBin(['count', '--exact', '--json', '--debug', exportPath('action-network.csv')], { env: { PETITION_HEAP_LIMIT_MB: '1' } });
    expect(result.stderr).not.toMatch(/running again/);
    expect((JSON.parse(result.stdout) as { rows: number }).rows).toBeGreaterThan(0);
  });
});
