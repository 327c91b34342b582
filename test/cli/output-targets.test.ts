// Hostile output targets: the input itself, one file for two outputs, a path through a file.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EXPORT = 'name,email,country\nAnn Lee,a@x.example,US\nBob Ray,b@x.example,US\n';

describe('dedupe output targets', () => {
  it('refuses to write the merged list over one of its inputs (the export would be lost)', async () => {
    const path = join(dir, 'a.csv');
    writeFileSync(path, EXPORT);
    const result = await runMain(['dedupe', path, '-o', join(dir, '.', 'a.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is one of the inputs');
    expect(readFileSync(path, 'utf8')).toBe(EXPORT);
  });

  it('refuses one file named for two outputs', async () => {
    const path = join(dir, 'b.csv');
    writeFileSync(path, EXPORT);
    const out = join(dir, 'out.csv');
    const result = await runMain(['dedupe', path, '-o', out, '--clusters', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('named for two outputs');
  });

  it('says a part of the path is not a folder when it is a file', async () => {
    const path = join(dir, 'c.csv');
    writeFileSync(path, EXPORT);
    writeFileSync(join(dir, 'notdir'), 'x');
    const result = await runMain(['dedupe', path, '-o', join(dir, 'notdir', 'm.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a part of its path is not a folder (ENOTDIR)');
  });
});
