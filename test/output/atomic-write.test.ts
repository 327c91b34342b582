import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeWholeFileAtomic } from '../../src/output/atomic-write.js';
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
