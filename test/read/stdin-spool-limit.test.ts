// Standard input and pipes are copied to the temporary folder before reading: the copy stops at a limit (verifyO F6).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { temporaryTag } from '../../src/output/temporary-paths.js';

/** `yes 'Anna Berg,anna@ok.example,Oslo,NO'`, cut at about 200 KB. */
const endlessRows = 'name,email,city,country\n' + 'Anna Berg,anna@ok.example,Oslo,NO\n'.repeat(6000);

/** The spool folders this process still holds in the private temporary folder. */
function spoolFoldersLeft(): string[] {
  const runFolder = join(tmpdir(), `petition-courier-${userInfo().uid}`, `run-${temporaryTag()}`);
  return existsSync(runFolder) ? readdirSync(runFolder).filter((name) => name.startsWith('petition-stdin-')) : [];
}

describe('a copy of standard input', () => {
  it('stops at the size limit, names the source and the limit, exits 2 and removes what it copied', async () => {
    const result = await runMain(['count', '-'], { stdin: endlessRows, spoolSpace: { maxBytes: 65536, freeBytes: async () => 2 ** 40 } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-: stopped reading after 65,536 bytes, the most copied from standard input or a pipe');
    expect(result.stdout).toBe('');
    expect(spoolFoldersLeft()).toEqual([]);
  });

  it('stops before the temporary folder is full, keeping a tenth of its free space, and names that folder', async () => {
    const result = await runMain(['count', '-'], { stdin: endlessRows, spoolSpace: { maxBytes: 2 ** 33, freeBytes: async () => 100000 } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`-: stopped reading after 90,000 bytes: the temporary folder ${tmpdir()} has no room for more`);
    expect(spoolFoldersLeft()).toEqual([]);
  });

  it('reads a copy within the limit', async () => {
    const result = await runMain(['count', '--json', '-'], { stdin: endlessRows, spoolSpace: { maxBytes: endlessRows.length, freeBytes: async () => 2 ** 40 } });
    expect(result.stderr).not.toContain('stopped reading');
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 6000, unique: 1 });
  });
});
