// The same export given twice is read once and said so (issue 11, item 4): the count stays honest.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts, Problem } from '../../src/types.js';

const EXPORT = 'name,email,country\nAda Lovelace,ada@example.com,GB\nKim Minjun,minjun@example.kr,KR\n';

async function countIn(dir: string, names: string[]) {
  const result = await runMain(['count', '--json', ...names.map((n) => join(dir, n))]);
  return { ...result, counts: JSON.parse(result.stdout) as Counts & { problems: Problem[] } };
}

describe('the same export given twice', () => {
  it.each([
    ['the same path twice', ['a.csv', 'a.csv'], 'given twice: read once'],
    ['a copy under another name', ['a.csv', 'copy.csv'], 'the same bytes as'],
  ])('%s: read once, with a warning naming both, exit 1', async (_label, names, says) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'a.csv'), EXPORT);
      copyFileSync(join(dir, 'a.csv'), join(dir, 'copy.csv'));
      const { code, counts, stderr } = await countIn(dir, names);
      expect({ rows: counts.rows, accepted: counts.accepted, duplicates: counts.duplicates, unique: counts.unique }).toEqual({ rows: 2, accepted: 2, duplicates: 0, unique: 2 });
      expect(counts.problems.map((p) => [p.code, p.source])).toEqual([['same_file_twice', join(dir, names[1])]]);
      expect(counts.problems[0].message).toContain(says);
      expect(stderr).toContain(says);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads two files that differ by one byte as two', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'a.csv'), EXPORT);
      writeFileSync(join(dir, 'b.csv'), EXPORT.replace('Ada', 'Ava'));
      const { counts } = await countIn(dir, ['a.csv', 'b.csv']);
      expect(counts.rows).toBe(4);
      expect(counts.problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
