import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFailure, writeWholeFileAtomic } from '../../src/output/atomic-write.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/fixtures.js';

describe('writeWholeFileAtomic', () => {
  it('refuses to write over a FIFO (as over /dev/full): the rename would replace it with signer data', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'out.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expect(writeWholeFileAtomic(fifo, 'name\nAnn Lee\n')).rejects.toThrow(UserError);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('refuses a folder given as the file to write', async () => {
    const dir = tempDir();
    await expect(writeWholeFileAtomic(dir, 'x')).rejects.toThrow(/a folder/);
  });
});

// adv11 D11: `--clusters /proc/version` said "its folder does not exist" of /proc: ENOENT from a folder that exists
// means no file can be created there (a virtual file system), and the message says that.
describe('writeFailure', () => {
  it('says a file cannot be created in a folder that exists, and that a folder is missing only when it is', () => {
    const dir = tempDir();
    try {
      const enoent = Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' });
      const there = writeFailure(join(dir, 'version'), enoent).describe();
      expect(there).toContain('no file can be created in this folder');
      expect(there).not.toContain('does not exist');
      expect(writeFailure(join(dir, 'gone', 'version'), enoent).describe()).toContain('its folder does not exist');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
