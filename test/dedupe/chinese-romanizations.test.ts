// One Chinese signer in Han, pinyin and Wade–Giles, family name first or last, with or without a hyphen, space or
// apostrophe, as Taiwan and Hong Kong write them (issue #10/#11, outside tester C, F3): counted once.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

/** Each pair: one person's name on the first export and on the second. */
async function dedupe(pairs: Array<[string, string]>, onlySecond: string[] = []): Promise<{ unique: number; clusters: Array<Record<string, string>> }> {
  const dir = tempDir();
  const header = 'Name,City,Country,Date\n';
  writeFileSync(join(dir, 'a.csv'), header + pairs.map(([name]) => `${name},Taipei,TW,2025-11-01\n`).join(''));
  writeFileSync(join(dir, 'b.csv'), header + [...pairs.map(([, name]) => name), ...onlySecond].map((name) => `${name},Taipei,TW,2025-11-02\n`).join(''));
  const clusters = join(dir, 'clusters.csv');
  const result = await runMain(['dedupe', join(dir, 'a.csv'), join(dir, 'b.csv'), '-o', join(dir, 'merged.csv'), '--clusters', clusters]);
  const written = /Wrote (\d+) unique signers/.exec(result.stdout + result.stderr);
  if (!written) throw new Error(result.stderr);
  return { unique: Number(written[1]), clusters: readCsv(clusters) };
}

describe('a Chinese name written two ways', () => {
  it('counts pinyin and Wade–Giles spellings, Han and Latin, in either order, as one signer each', async () => {
    const pairs: Array<[string, string]> = [
      ['Chen Xiaoming', 'Hsiao-ming Chen'],
      ['Kao Wei', '高伟'],
      ['Tseng Chih-hao', '曾志豪'],
      ["Ch'en Ya-ting", 'Yating Chen'],
      ['Hsieh Chih An', '解志安'],
    ];
    const { unique, clusters } = await dedupe(pairs);
    expect(unique).toBe(pairs.length);
    const second = clusters.filter((row) => row.file.endsWith('b.csv'));
    expect(second.map((row) => row.status)).toEqual(pairs.map(() => 'duplicate'));
    const first = clusters.filter((row) => row.file.endsWith('a.csv'));
    expect(second.map((row) => row.cluster)).toEqual(first.map((row) => row.cluster));
  });

  it('keeps another given name of the same family apart: "Hsiao-wei Chen" is not Chen Xiaoming', async () => {
    const { unique } = await dedupe([['Chen Xiaoming', 'Hsiao-ming Chen']], ['Hsiao-wei Chen']);
    expect(unique).toBe(2);
  });

  it('does not take Western names for romanizations: "Dana Miller" and "Tana Miller" stay two', async () => {
    const { unique } = await dedupe([['Dana Miller', 'Dana Miller']], ['Tana Miller']);
    expect(unique).toBe(2);
  });
});
