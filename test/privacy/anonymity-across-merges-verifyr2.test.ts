// verifyR2 F1 and F3 through the CLI: a request the vocabularies missed, a stand-in or a masked name on one export and
// the same email's full name on another were split as a household of two (the full name printed, the count one too
// high), and a masked name beside the full name printed the full name whenever its row was older.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Name,Email,City,Country,Date';

/** `first[i]` on one export and `second[i]` on another, on one email each pair; the first export signed on `firstDay`. */
async function twoExports(file: string, first: readonly string[], second: readonly string[], firstDay: string) {
  const rows = (names: readonly string[], day: string): string =>
    [HEADER, ...names.map((name, i) => `"${name}",p${i}@example.net,Seoul,KR,${day}`)].join('\n') + '\n';
  const a = join(dir, `${file}-a.csv`);
  const b = join(dir, `${file}-b.csv`);
  writeFileSync(a, rows(first, firstDay));
  writeFileSync(b, rows(second, '2025-11-03'));
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', a, b, '-o', merged]);
  return { result, rows: readCsv(merged) };
}

const REQUESTS = [
  'Hidden name', 'Undisclosed', '비밀', '숨김', 'Скрыть', 'Prywatne', 'Άγνωστος', 'Anónimo/a', '\u0410nonymous', 'Anonymous🙏', 'A n o n y m o u s',
  'Guest', 'A concerned citizen', 'Someone who cares', 'Mr X', '북한 가족 때문에 비공개', '익명을 원함', '이름 안 밝힘', 'Name withheld for safety reasons',
  'Withheld (family in NK)', 'Anónimo por seguridad', 'Secret signer', 'Không tên',
];

describe('a request or stand-in on one export, the full name on the other, one email (verifyR2 F1)', () => {
  it('is one signer shown anonymous, whichever row is older', async () => {
    for (const firstDay of ['2025-11-02', '2025-11-04']) {
      const { result, rows } = await twoExports(`requests-${firstDay}`, REQUESTS, REQUESTS.map((_, i) => `Tessa Quill${i}`), firstDay);
      expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${REQUESTS.length}\\n`, 'u'));
      expect(rows.filter((row) => row.anonymous !== 'yes').map((row) => row.name)).toEqual([]);
    }
  });

  it('a name no person has is never a second person on the email; a household of two names still is', async () => {
    const a = join(dir, 'household-a.csv');
    writeFileSync(a, [HEADER, 'Supporter from Busan,q@example.net,Seoul,KR,2025-11-02', 'Tessa Quill,q@example.net,Seoul,KR,2025-11-03',
      'John Park,h@example.net,Seoul,KR,2025-11-02', 'Mary Park,h@example.net,Seoul,KR,2025-11-03'].join('\n') + '\n');
    const result = await runMain(['count', a]);
    expect(result.stdout).toMatch(/unique signers\s+3\n/u);
  });
});

describe('a masked name on one export, the full name on the other, one email (verifyR2 F3)', () => {
  const MASKS = ['김○○', '김*수', '이 OO', '박 ㅇㅇ', 'K***', 'J. S.', 'JS', 'Kari N.', 'L.', 'И. П.', 'Y.K.', '김 씨', '최씨', 'Mrs Smith'];
  const FULL = ['김철수', '김민수', '이서준', '박하은', 'Kevin Knox', 'Jonas Sorensen', 'Julia Stern', 'Kari Nystrom', 'Lena Lorenz', 'Илья Петров',
    'Yuna Kwon', '김도윤', '최지우', 'Sarah Smithers'];

  it('is one signer, never printed by the full name, whichever row is older', async () => {
    for (const firstDay of ['2025-11-02', '2025-11-04']) {
      const { result, rows } = await twoExports(`masks-${firstDay}`, MASKS, FULL, firstDay);
      expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${MASKS.length}\\n`, 'u'));
      expect(rows.map((row) => row.anonymous)).toEqual(MASKS.map(() => 'yes'));
    }
  });

  it('a masked name alone, or beside the same mask, is printed as written', async () => {
    const { rows } = await twoExports('mask-alone', ['김○○', 'Kari N.'], ['김○○', 'Kari N.'], '2025-11-02');
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual([['김○○', 'no'], ['Kari N.', 'no']]);
  });
});
