// `review` with answers piped in: it says how to decide without a terminal with this review's own files, not how to
// run `init` (adv-s9 N12).
import { afterAll, describe, expect, it } from '@jest/globals';
import { PassThrough, Readable } from 'node:stream';
import { join } from 'node:path';
import { allExports, removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { inquirerPrompter } from '../../src/cli/prompter.js';

afterAll(removeTestTempDirs);

describe('review without a terminal', () => {
  it('names the review file, --import and the decisions file, in each UI language', async () => {
    const dir = tempDir();
    const reviewPath = join(dir, 'rv9.csv');
    expect((await runMain(['dedupe', ...allExports(), '-o', join(dir, 'm.csv'), '--review', reviewPath])).code).toBe(1);
    const decisions = join(dir, 'd9.csv');
    for (const lang of ['en', 'ko', 'es']) {
      const prompter = inquirerPrompter(Readable.from(['s\n']), new PassThrough());
      const result = await runMain(['--lang', lang, 'review', reviewPath, '--decisions', decisions], { prompter });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`petition review ${reviewPath} --import --decisions ${decisions}`);
      expect(result.stderr).not.toContain('init');
    }
  });
});
