// init and a delivery date before today (most often a mistyped year): warned with --yes, asked about otherwise.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { exportPath, removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import type { Prompter } from '../../src/cli/prompter.js';

afterAll(removeTestTempDirs);

/** Every answer as a flag; the delivery on `date` (the test clock says 2026-11-23). */
function flagsFor(dir: string, date: string): string[] {
  writeFileSync(join(dir, 'text.txt'), 'Stop forced returns.\n');
  return [
    '--language', 'en', '--title', 'en=Stop forced returns', '--text', `en=${join(dir, 'text.txt')}`,
    '--organizer', 'Min-ji Park', '--organization', 'Safe Passage Coalition', '--address', '1 Example Avenue', '--contact', 'petition@example.org',
    '--role', 'Coordinator', '--source', exportPath('google-form.csv'),
    '--preset', 'un-secretary-general', '--official', 'António Guterres', '--gender', 'male',
    '--date', date, '--place', 'New York', '--privacy', 'recipient', '--goal', '100', '--timezone', 'America/New_York',
  ];
}

/** Takes every default (or "Min-ji Park" where there is none), accepts the column mapping and says no to every other yes/no, the past date's too. */
function refusingPast(asked: string[]): Prompter {
  return {
    input: async (q) => q.default || 'Min-ji Park',
    select: async (q) => q.default ?? q.choices[0].value,
    editor: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
    confirm: async (q) => { asked.push(q.message); return q.message === 'Is this column mapping right?'; },
  };
}

describe('petition init with a delivery date in the past', () => {
  it('with --yes, warns (naming the date and today) and writes the file', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const result = await runMain(['init', '--yes', '-o', output, ...flagsFor(dir, '2025-12-10')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: delivery antonio-guterres-2025 is dated 2025-12-10, before today (2026-11-23)');
    expect(existsSync(output)).toBe(true);
  });

  it('in Spanish under --lang es', async () => {
    const dir = tempDir();
    const result = await runMain(['--lang', 'es', 'init', '--yes', '-o', join(dir, 'campaign.yaml'), ...flagsFor(dir, '2025-12-10')]);
    expect(result.stderr).toContain('aviso: la entrega antonio-guterres-2025 tiene fecha 2025-12-10, anterior a hoy (2026-11-23)');
  });

  it('asks before writing, and writes nothing when the organizer says no', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const asked: string[] = [];
    const result = await runMain(['init', '-o', output, ...flagsFor(dir, '2025-12-10')], { prompter: refusingPast(asked) });
    expect(asked).toContain('Keep this date in the past?');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(output)).toBe(false);
  });

  it('says nothing of a date to come', async () => {
    const dir = tempDir();
    const result = await runMain(['init', '--yes', '-o', join(dir, 'campaign.yaml'), ...flagsFor(dir, '2026-12-10')]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('before today');
  });
});
