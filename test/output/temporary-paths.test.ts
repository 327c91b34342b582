import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpillFolder } from '../../src/dedupe/spill/record-file.js';
import { openAtomicFile } from '../../src/output/atomic-write.js';
import { removeTemporaries } from '../../src/output/temporary-paths.js';
import { tempDir } from '../helpers/fixtures.js';

describe('removeTemporaries (what an interrupted run calls)', () => {
  it('removes the match spill folder and a half-written output, and leaves finished outputs alone', async () => {
    const spill = new SpillFolder();
    spill.create(4).reserve();
    const dir = tempDir();
    const done = await openAtomicFile(join(dir, 'done.csv'));
    done.stream.write('kept\n');
    await done.commit();
    const half = await openAtomicFile(join(dir, 'half.csv'));
    await new Promise((written) => half.stream.write('half', written));
    expect(readdirSync(dir)).toHaveLength(2);

    removeTemporaries();

    expect(existsSync(spill.path as string)).toBe(false);
    expect(readdirSync(dir)).toEqual(['done.csv']);
    expect(readFileSync(join(dir, 'done.csv'), 'utf8')).toBe('kept\n');
    spill.close();
    half.stream.destroy();
  });
});
