// SIGKILL while `petition dedupe` writes merged.csv and clusters.csv: the previous good files stay whole under
// their names (or the new ones are whole), and nothing partial ever sits under a final name.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN } from '../helpers/run-bin.js';
import { tempDir } from '../helpers/fixtures.js';
import { killDelays, runAndKill, writingTime } from './kill-child.js';

const ROWS = 150_000;
const KILLS = 6;

function exportOf(variant: string): string {
  const lines = ['name,email,city,country,date'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`${variant}${i} Family${i % 977},p${i % 140_000}@example.org,City${i % 300},GB,2026-11-${String(1 + (i % 28)).padStart(2, '0')}`);
  }
  return lines.join('\n') + '\n';
}

function runToEnd(argv: string[]): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [BIN, ...argv], { env, encoding: 'utf8' });
  expect(child.stderr).not.toMatch(/unexpected error/);
  expect([0, 1]).toContain(child.status);
}

describe('killing dedupe while it writes', () => {
  let dir: string;
  let inputNew: string;
  const good: Record<string, Buffer> = {};
  const next: Record<string, Buffer> = {};
  /** How long a run that is not killed writes, in ms. */
  let writing = 0;

  beforeAll(async () => {
    dir = tempDir();
    const inputOld = join(dir, 'old.csv');
    inputNew = join(dir, 'new.csv');
    writeFileSync(inputOld, exportOf('Old'));
    writeFileSync(inputNew, exportOf('New'));
    // The previous good output, in the folder the killed runs write to.
    const out = join(dir, 'out');
    runToEnd(['dedupe', inputOld, '--exact', '-o', join(out, 'merged.csv'), '--clusters', join(out, 'clusters.csv')]);
    for (const name of ['merged.csv', 'clusters.csv']) good[name] = readFileSync(join(out, name));
    // What a run that is not killed writes, elsewhere, to recognise a finished new file, and how long it writes:
    // the kill points fall within the first 60 % of it (a fixed 900 ms outlasted the whole write on a fast machine).
    const reference = join(dir, 'reference');
    writing = await writingTime(['dedupe', inputNew, '--exact', '-o', join(reference, 'merged.csv'), '--clusters', join(reference, 'clusters.csv')], reference);
    for (const name of ['merged.csv', 'clusters.csv']) next[name] = readFileSync(join(reference, name));
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves each output whole (the old one or the new one) at every kill point, and no partial file under a final name', async () => {
    const out = join(dir, 'out');
    let killedWhileWriting = 0;
    expect(writing).toBeGreaterThan(0);
    for (const delayMs of killDelays(KILLS, Math.max(1, Math.floor(writing * 0.6)))) {
      const result = await runAndKill(['dedupe', inputNew, '--exact', '-o', join(out, 'merged.csv'), '--clusters', join(out, 'clusters.csv')], { watchDir: out, delayMs });
      if (result.whileWriting) killedWhileWriting++;
      for (const name of ['merged.csv', 'clusters.csv']) {
        const bytes = readFileSync(join(out, name));
        const whole = bytes.equals(good[name]) ? 'old' : bytes.equals(next[name]) ? 'new' : `partial (${bytes.length} bytes)`;
        expect({ name, delayMs, whole }).toEqual({ name, delayMs, whole: expect.stringMatching(/^(old|new)$/) });
      }
      // Whatever else is in the folder is a temporary file of a killed run, never a final name.
      for (const name of readdirSync(out)) {
        if (name === 'merged.csv' || name === 'clusters.csv') continue;
        expect(name).toMatch(/^\.(merged|clusters)\.csv\.\d+-[0-9a-f]+\.[0-9a-f]+\.tmp$/);
      }
    }
    // The test means something only if most kills landed mid-write.
    expect(killedWhileWriting).toBeGreaterThanOrEqual(KILLS - 2);
  }, 120_000);
});
