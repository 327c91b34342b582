// A file mixing rows in four encodings, UTF-8, CP949, Windows-1252 and Shift_JIS (issue 11, left27; outside tester):
// garbled, with one line warned or none. Every line that does not read cleanly in the encoding the file is read in is
// named (the first five, and a count of the rest), and the run exits 1. Before: Big5 won over CP949 in a file of CP949
// rows (a line Big5 cannot decode was left out of its score), every Korean row came out as Hanzi, unnamed; a file of
// Windows-1252 rows was read as ISO-8859-2 or Windows-1256 (the page judged on the other rows' bytes too) and the rows
// found in other encodings were forgotten; a Shift_JIS row in a CP949 file was called UTF-8; and a line with many bad
// bytes was counted once per byte past the fifth line named.
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openExport } from '../../src/read/open-export.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

type Encoding = 'utf-8' | 'cp949' | 'windows-1252' | 'shift_jis';
const ROWS: Record<Encoding, string[]> = {
  'utf-8': ['Jürgen Müller,jm@example.de,Köln,DE', 'Zoë Brontë,zoe@example.uk,Leeds,GB', '王芳,fang@example.cn,北京,CN', '이서준,seojun@example.kr,서울,KR',
    'Ana Núñez,ana@example.es,León,ES'],
  cp949: ['김민수,minsu@example.kr,서울,KR', '박지영,jiyoung@example.kr,부산,KR', '최유리,yuri@example.kr,대구,KR', '정하늘,haneul@example.kr,인천,KR'],
  'windows-1252': ['François Dupré,francois@example.fr,Besançon,FR', 'Jürgen Weiß,juergen@example.de,München,DE', 'Søren Ærø,soren@example.dk,Århus,DK',
    'José Peña,jose@example.es,Cádiz,ES'],
  shift_jis: ['山田太郎,yamada@example.jp,東京,JP', '佐藤花子,hanako@example.jp,大阪,JP', '鈴木一郎,ichiro@example.jp,名古屋,JP', 'たなかゆき,yuki@example.jp,札幌,JP'],
};
const ENCODINGS = Object.keys(ROWS) as Encoding[];

/** A file of a header and rows, each [encoding, row index], with each row's text. */
function fileOf(rows: ReadonlyArray<readonly [Encoding, number]>): { bytes: Buffer; lines: Array<[Encoding, string]> } {
  const lines: Array<[Encoding, string]> = [['utf-8', 'name,email,city,country,date'], ...rows.map(([encoding, i]): [Encoding, string] => [encoding, `${ROWS[encoding][i]},2026-11-0${1 + (i % 8)}`])];
  return { bytes: Buffer.concat(lines.map(([encoding, text]) => iconv.encode(`${text}\n`, encoding))), lines };
}

/** Reads the file as `count` does: the encoding chosen, the lines each problem names, and the lines it counts beyond them. */
async function readNamed(bytes: Buffer): Promise<{ encoding: string; named: Set<number>; more: number; codes: string[] }> {
  const reader = await openExport({ path: 'mixed.csv', open: () => Readable.from([bytes]) });
  for await (const record of reader.records()) void record;
  const problems = reader.decodingProblems();
  const named = new Set<number>();
  let more = 0;
  for (const problem of problems) {
    if (problem.line !== undefined) named.add(problem.line);
    const others = /\(lines ([\d, ]+?)(?:, and (\d+) more)?\)/u.exec(problem.message);
    for (const line of others?.[1].split(', ') ?? []) named.add(Number(line));
    more += Number(others?.[2] ?? 0);
  }
  return { encoding: reader.info.encoding, named, more, codes: problems.map((problem) => problem.code) };
}

/** The lines (1-based) whose text comes out other than written when the file is read in `encoding`. */
function garbledLines(lines: ReadonlyArray<[Encoding, string]>, encoding: string): number[] {
  return lines.flatMap(([written, text], i) => (iconv.decode(iconv.encode(text, written), encoding) === text ? [] : [i + 1]));
}

/** A small deterministic generator (the same files on every run). */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

describe('a file mixing rows in UTF-8, CP949, Windows-1252 and Shift_JIS', () => {
  it.each([
    ['mostly CP949 (was read as Big5)', [['cp949', 0], ['cp949', 0], ['cp949', 0], ['utf-8', 0], ['windows-1252', 0], ['shift_jis', 0]]],
    ['mostly Windows-1252 (was read as ISO-8859-2, nothing named)', [['cp949', 0], ['utf-8', 2], ['windows-1252', 3], ['windows-1252', 2], ['windows-1252', 1], ['windows-1252', 0]]],
    ['mostly Shift_JIS', [['shift_jis', 0], ['shift_jis', 1], ['shift_jis', 2], ['utf-8', 0], ['windows-1252', 0], ['cp949', 0]]],
    ['one row of each', [['utf-8', 0], ['cp949', 0], ['windows-1252', 0], ['shift_jis', 0]]],
  ] as Array<[string, Array<[Encoding, number]>]>)('%s: every garbled line is named', async (_label, rows) => {
    const { bytes, lines } = fileOf(rows);
    const { encoding, named } = await readNamed(bytes);
    const garbled = garbledLines(lines, encoding);
    expect(garbled.length).toBeGreaterThan(0);
    expect(garbled.filter((line) => !named.has(line))).toEqual([]);
  });

  it('names a row in another encoding by the encoding it reads as: a Shift_JIS row in a CP949 file is no UTF-8', async () => {
    const { bytes } = fileOf([['cp949', 0], ['cp949', 1], ['cp949', 2], ['utf-8', 0], ['shift_jis', 0]]);
    const reader = await openExport({ path: 'mixed.csv', open: () => Readable.from([bytes]) });
    for await (const record of reader.records()) void record;
    const messages = reader.decodingProblems().map((problem) => `${problem.line}: ${problem.message}`);
    expect(reader.info.encoding).toBe('cp949');
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^5: UTF-8 text in a file read as cp949/u), expect.stringMatching(/^6: text that reads as shift_jis, not cp949/u)]));
  });

  it('in 400 random files of 3 to 10 rows, names every garbled line or counts it', async () => {
    const random = generator(7);
    const unnamed: string[] = [];
    for (let file = 0; file < 400; file++) {
      const rows = Array.from({ length: 3 + random(8) }, (): [Encoding, number] => {
        const encoding = ENCODINGS[random(ENCODINGS.length)];
        return [encoding, random(ROWS[encoding].length)];
      });
      const { bytes, lines } = fileOf(rows);
      const { encoding, named, more } = await readNamed(bytes);
      const missing = garbledLines(lines, encoding).filter((line) => !named.has(line));
      if (missing.length > more) unnamed.push(`${rows.map(([written]) => written).join(' ')} read as ${encoding}: lines ${missing.join(', ')} unnamed`);
    }
    expect(unnamed).toEqual([]);
  });

  it('counts each line once past the five it names, however many bad bytes it holds', async () => {
    const utf8 = Array.from({ length: 10 }, (_, i): [Encoding, number] => ['utf-8', i % 2 === 0 ? 0 : 4]);
    const { bytes } = fileOf([...utf8, ...Array.from({ length: 6 }, (_, i): [Encoding, number] => ['windows-1252', i % 4])]);
    const { encoding, named, more, codes } = await readNamed(bytes);
    expect({ encoding, codes }).toEqual({ encoding: 'utf-8', codes: ['undecodable_bytes'] });
    expect([...named]).toEqual([12, 13, 14, 15, 16]);
    expect(more).toBe(1);
  });

  it('exits 1 from count, naming the lines', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'mixed.csv');
      writeFileSync(file, fileOf([['cp949', 0], ['cp949', 1], ['cp949', 2], ['utf-8', 0], ['windows-1252', 0], ['shift_jis', 0]]).bytes);
      const result = await runMain(['count', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/line 5: UTF-8 text in a file read as cp949/u);
      expect(result.stderr).toMatch(/line 6: bytes that are not valid cp949/u);
      expect(result.stderr).toMatch(/line 7: text that reads as shift_jis, not cp949/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
