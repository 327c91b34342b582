// A device or an endless pipe given as an export is refused from its first bytes, before it is copied anywhere:
// `count /dev/zero` copied zeros into the temporary folder until the disk was full.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { tempDir } from '../helpers/fixtures.js';

/** Runs the binary under a 20 MB file size limit, so a copy that never stops fails fast instead of filling the disk. */
function runLimited(command: string): { status: number | null; stderr: string; tmp: string } {
  const tmp = tempDir();
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const child = spawnSync('sh', ['-c', `ulimit -f 40960 && ${command.replaceAll('PETITION', `"${process.execPath}" "${BIN}"`)}`], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: child.status, stderr: child.stderr, tmp };
}

function leftInTemp(tmp: string): string[] {
  const root = join(tmp, `petition-courier-${userInfo().uid}`);
  return existsSync(root) ? readdirSync(root) : [];
}

describe('endless or binary input', () => {
  it.each([
    ['/dev/zero', 'PETITION count /dev/zero', /\/dev\/zero.*not a text export/],
    ['/dev/urandom', 'PETITION count /dev/urandom', /\/dev\/urandom.*not a text export/],
    ['a pipe of NUL bytes', 'head -c 100000000 /dev/zero | PETITION count -', /-.*not a text export/],
    ['a pipe of one endless line', "head -c 100000000 /dev/zero | tr '\\0' a | PETITION count -", /-.*not a text export: no line break in its first 16,777,216 bytes/],
  ])('refuses %s early, with exit 2 and nothing left in the temporary folder', (_label, command, message) => {
    const { status, stderr, tmp } = runLimited(command);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/EFBIG|unexpected error/);
    expect(status).toBe(2);
    expect(leftInTemp(tmp)).toEqual([]);
  });
});
