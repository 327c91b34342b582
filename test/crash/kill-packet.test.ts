// SIGKILL while `petition packet` writes a packet and while `--mark-delivered` appends to the ledger: every file under
// its final name is whole (the previous one or the new one), and the ledger keeps its earlier entries whole.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { campaignCopy } from '../helpers/fixtures.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { killDelays, runAndKill } from './kill-child.js';

const KILLS = 5;

function petition(argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [BIN, ...argv], { env, encoding: 'utf8' });
  expect(child.stderr).not.toMatch(/unexpected error/);
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).filter((n) => !n.startsWith('.')).map((name) => [name, readFileSync(join(dir, name))]));
}

describe('killing packet while it writes', () => {
  let root: string;
  let campaign: string;
  let packetDir: string;
  let oldPacket: Map<string, Buffer>;
  let newPacket: Map<string, Buffer>;

  beforeAll(() => {
    ({ root, campaign } = campaignCopy());
    packetDir = join(root, 'packet');
    // The previous good packet; then one more signer, so the next packet differs in every signer-bearing file.
    expect(petition(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', packetDir]).code).toBeLessThan(2);
    oldPacket = snapshot(packetDir);
    appendFileSync(join(root, 'exports', 'google-form.csv'), '11/20/2025 10:00:00,Late Signer,late.signer@example.org,Boston,United States\r\n');
    const reference = join(root, 'reference');
    expect(petition(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', reference]).code).toBeLessThan(2);
    newPacket = snapshot(reference);
    expect(newPacket.get('signatures.pdf')?.equals(oldPacket.get('signatures.pdf')!)).toBe(false);
  }, 360_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves every file under its final name whole, old or new, at every kill point', async () => {
    const outcomes: string[] = [];
    for (const delayMs of killDelays(KILLS, 1500, 11)) {
      const result = await runAndKill(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', packetDir], { watchDir: root, delayMs });
      const now = snapshot(packetDir);
      expect([...now.keys()].sort()).toEqual([...oldPacket.keys()].sort());
      const states: string[] = [];
      for (const [name, bytes] of now) {
        const state = bytes.equals(oldPacket.get(name)!) ? 'old' : bytes.equals(newPacket.get(name)!) ? 'new' : 'partial';
        expect({ name, delayMs, state }).toEqual({ name, delayMs, state: expect.stringMatching(/^(old|new)$/) });
        states.push(`${name}=${state}`);
      }
      for (const name of readdirSync(packetDir)) if (name.startsWith('.')) expect(name).toMatch(/\.tmp$/);
      // A packet of old and new files is whole file by file; verify must then say which files do not match.
      const verify = petition(['verify', packetDir]);
      const mixed = new Set(states.map((s) => s.split('=')[1])).size > 1 && !now.get('manifest.json')!.equals(newPacket.get('manifest.json')!);
      if (mixed) expect(verify.code).not.toBe(0);
      outcomes.push(`${delayMs}ms${result.killed ? '' : ' (finished)'}: ${mixed ? 'mixed, verify fails' : 'consistent'}`);
    }
    expect(outcomes).toHaveLength(KILLS);
  }, 360_000);

  it('keeps the ledger whole: earlier entries intact, a killed append leaves nothing or a whole entry, and the next append works', async () => {
    const ledger = join(root, 'campaign', '.petition', 'ledger.jsonl');
    expect(petition(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', join(root, 'un'), '--mark-delivered']).code).toBeLessThan(2);
    const first = await readLedger(ledger);
    expect(first.entries.map((e) => e.delivery)).toEqual(['un-2026']);
    const firstBytes = readFileSync(ledger);

    for (const delayMs of killDelays(KILLS, 1500, 23)) {
      const out = join(root, `embassy-${delayMs}`);
      mkdirSync(out, { recursive: true });
      await runAndKill(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', out, '--mark-delivered'], { watchDir: root, delayMs });
      const after = await readLedger(ledger);
      expect(readFileSync(ledger).subarray(0, firstBytes.length).equals(firstBytes)).toBe(true);
      expect(after.entries[0]).toEqual(first.entries[0]);
      if (after.entries.some((e) => e.delivery === 'embassy-2026')) break;
    }

    // A SIGKILL inside the append itself leaves a torn last line: simulate the worst case byte for byte.
    const whole = readFileSync(ledger, 'utf8');
    if (!whole.includes('"embassy-2026"')) appendFileSync(ledger, '{"delivery":"embassy-2026","date":"2026-12-10","signers":3');
    const torn = await readLedger(ledger);
    expect(torn.entries[0]).toEqual(first.entries[0]);
    if (!whole.includes('"embassy-2026"')) {
      expect(torn.entries.map((e) => e.delivery)).toEqual(['un-2026']);
      const again = petition(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', join(root, 'embassy-final'), '--mark-delivered']);
      expect(again.code).toBeLessThan(2);
      const fixed = await readLedger(ledger);
      expect(fixed.entries.map((e) => e.delivery)).toEqual(['un-2026', 'embassy-2026']);
      expect(fixed.problems).toEqual([]);
    }
    expect(existsSync(ledger)).toBe(true);
  }, 360_000);
});
