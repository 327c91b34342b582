// verifyS1 F4: a paper sheet typed twice, once without its date column (or with an address column added), was counted
// twice without a word: no row is the same as its copy, but every name is, in the same or a shuffled order.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts, Problem } from '../../src/types.js';

const NAMES = ['윤예은', '최건우', '황현우', '강지민', '김건우', '김예은', '박서준', '이하윤', '정도윤', '조수아', '한지호', '오민서'];
const dated = ['번호,이름,서명일', ...NAMES.map((name, i) => `${i + 1},${name},2025-11-${String(1 + (i % 7)).padStart(2, '0')}`)];
const shuffled = (lines: string[]) => [lines[0], ...lines.slice(1).reverse()];

async function countOf(files: Record<string, string[]>) {
  const dir = tempDir();
  try {
    const paths = Object.entries(files).map(([name, lines]) => {
      const path = join(dir, name);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    });
    const result = await runMain(['count', '--json', ...paths]);
    const counts = JSON.parse(result.stdout) as Counts & { problems: Problem[] };
    return { code: result.code, paths, twice: counts.problems.filter((p) => ['same_file_twice', 'rows_in_two_sources'].includes(p.code)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a sheet typed twice with a column left out or added', () => {
  it.each([
    ['without the date column', ['이름', ...NAMES]],
    ['with an address column and no date', ['이름,주소', ...NAMES.map((name) => `${name},서울`)]],
    ['without the date column, shuffled', shuffled(['이름', ...NAMES])],
    ['with a column of remarks added', ['번호,이름,서명일,비고', ...dated.slice(1).map((row) => `${row},확인`)]],
  ])('%s: warned as the same sheet twice, naming the first file, exit 1', async (_label, copy) => {
    const { code, paths, twice } = await countOf({ 'a.csv': dated, 'b.csv': copy });
    expect(twice).toHaveLength(1);
    expect(twice[0].code).toBe('same_file_twice');
    expect(twice[0].source).toBe(paths[1]);
    expect(twice[0].message).toContain(paths[0]);
    expect(twice[0].message).toMatch(/12 of its 12 rows have the names/);
    expect(code).toBe(1);
  });

  it('two different sheets sharing a few common names are not warned', async () => {
    const other = ['이름', ...NAMES.slice(0, 3), '서지우', '문태윤', '배하린', '신유준', '권나은', '남궁민', '유채원', '표시우', '하은별'];
    const { twice } = await countOf({ 'a.csv': dated, 'b.csv': other });
    expect(twice).toEqual([]);
  });

  it('a short sheet whose names are all in a long list, but out of its order, is chance and not warned', async () => {
    const long = ['이름', ...Array.from({ length: 40 }, (_, i) => `가나${String.fromCharCode(0xac00 + i * 7)}`), ...NAMES.slice(0, 5).reverse()];
    const short = ['이름,서명일', ...NAMES.slice(0, 5).map((name) => `${name},2025-11-01`)];
    const { twice } = await countOf({ 'long.csv': long, 'short.csv': short });
    expect(twice).toEqual([]);
  });
});
