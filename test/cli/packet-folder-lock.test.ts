// One packet build at a time into an output folder (verifyR2 F15): two runs into one folder both said they had built
// their packet there and, with --mark-delivered, both were recorded in the ledger, while the folder held only one.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { campaignCopy, removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { ledgerPath } from '../../src/ledger/ledger-files.js';

afterAll(removeTestTempDirs);

const deliveries = (campaign: string): string[] => readFileSync(ledgerPath(campaign), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { delivery: string }).delivery);

describe('packet locks its output folder', () => {
  it('lets one of two runs into the same folder build and mark its packet; the other stops with exit 2 and marks nothing', async () => {
    const { root, campaign } = campaignCopy();
    const out = join(root, 'same');
    const runs = await Promise.all(['embassy-2026', 'un-2026'].map((delivery) => runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', out, '--mark-delivered'])));
    const built = runs.filter((run) => run.code < 2);
    const stopped = runs.filter((run) => run.code === 2);
    expect({ built: built.length, stopped: stopped.length }).toEqual({ built: 1, stopped: 1 });
    const builtFor = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { createdFor: string }).createdFor;
    expect(deliveries(campaign)).toEqual([builtFor]);
    expect(built[0].stdout).toContain(`Packet for ${builtFor}`);
    expect(stopped[0].stdout).not.toContain('Marked delivered');
    // Nothing is left beside the folder: the lock goes with the run that held it.
    expect(readdirSync(root).sort()).toEqual(['campaign', 'exports', 'same']);
  }, 240_000);

  it('stops at once naming the live run that holds the lock, and takes over a lock left by a run that is gone', async () => {
    const { root, campaign } = campaignCopy();
    const out = join(root, 'pk');
    const lock = join(root, '.pk.lock');
    // This test's own parent process is alive; a process number past the kernel's limit is not.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now(), token: 'held' }));
    const held = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', out]);
    expect(held.code).toBe(2);
    expect(held.stderr).toContain(`.pk.lock: another run (process ${process.ppid} on ${hostname()}) is building into the output folder beside this lock file`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), since: Date.now(), token: 'gone' }));
    const taken = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', out]);
    expect(taken.code).toBeLessThan(2);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  }, 240_000);
});

describe('press locks its output folder as packet does', () => {
  it('stops at once naming the live run that holds the lock, writing nothing; builds once the lock is gone', async () => {
    const { root, campaign } = campaignCopy();
    const out = join(root, 'kit');
    const lock = join(root, '.kit.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now(), token: 'held' }));
    const held = await runMain(['press', '--campaign', campaign, '--delivery', 'un-2026', '--language', 'en', '-o', out]);
    expect(held.code).toBe(2);
    expect(held.stderr).toContain(`.kit.lock: another run (process ${process.ppid} on ${hostname()}) is building into the output folder beside this lock file`);
    expect(existsSync(out)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), since: Date.now(), token: 'gone' }));
    const taken = await runMain(['press', '--campaign', campaign, '--delivery', 'un-2026', '--language', 'en', '-o', out]);
    expect(taken.code).toBeLessThan(2);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  }, 240_000);
});
