// Hostile output targets: the input itself, one file for two outputs, a path through a file.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

// Outside tester Q, L5: `packet -o FILE` built every PDF, then failed with "a part of its path is not a folder".
describe('an output folder that is a file', () => {
  const campaign = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
  it.each([
    ['packet', (out: string) => ['packet', '--campaign', campaign, '-o', out]],
    ['press', (out: string) => ['press', '--campaign', campaign, '-o', out]],
    ['batch', (out: string) => ['batch', campaign, '-o', out]],
  ])('%s -o FILE is refused before anything is read or built', async (_label, argv) => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    for (const [out, says] of [[file, 'is a file; -o needs a folder'], [join(file, 'sub'), `${file} is a file, not a folder; -o needs a folder`]]) {
      const result = await runMain(argv(out));
      expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
      expect(result.stderr).toContain(says);
      // Refused before the campaign was read: no other message.
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(file, 'utf8')).toBe('x');
    expect(readdirSync(dir).filter((name) => name.startsWith('a-file'))).toEqual(['a-file']);
  });

  it('refuses a file before saying the campaign is missing', async () => {
    const file = join(dir, 'b-file');
    writeFileSync(file, 'x');
    const result = await runMain(['packet', '--campaign', join(dir, 'no-such-campaign.yaml'), '-o', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a file; -o needs a folder');
  });
});

