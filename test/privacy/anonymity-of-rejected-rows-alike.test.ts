// A "don't show my name" tick on a paper-sheet row that is itself rejected (an impossible date, a test entry) passes
// on to the same person's online record when the tool can tell it is them in any of the ways it matches: the same
// phone written two ways, the name in Hangul on paper and romanized online with the postcode or city in common, the
// name's parts in the other order; where only the name's spelling suggests it (이철수, Lee Chulsoo), the online record
// is hidden as a doubt. Each with a warning naming both rows. Before, only the same email, or the same name and
// postcode or city written the same way, carried it, and the online record printed the name.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAPER = `이름,전화,도시,우편번호,국가,이름 비공개,날짜
김민수,010-1234-5678,부산,,KR,O,1899-12-30
최유나,,서울,04524,KR,O,1899-12-30
Minho Jung,,Daegu,,KR,O,1899-12-30
이철수,,서울,,KR,O,1899-12-30
박서준,,광주,,KR,O,1899-12-30
한지민,,,,KR,아니오,1899-12-30
`;
const ONLINE = `name,phone,email,city,postcode,country,date
Kim Minsu,+82 10-1234-5678,minsu@example.kr,Seoul,03187,KR,2026-11-01
Choi Yuna,,yuna@example.kr,Seoul,04524,KR,2026-11-01
정민호,,mh@example.kr,대구,,KR,2026-11-01
Lee Chulsoo,,cs@example.kr,Seoul,,KR,2026-11-01
Park Seojun,,sj@example.kr,Busan,,KR,2026-11-01
Han Jimin,,jm@example.kr,Seoul,,KR,2026-11-01
Oh Daeho,,dh@example.kr,Seoul,,KR,2026-11-01
`;

describe('a rejected paper row\'s anonymity tick reaches the same person\'s online record', () => {
  it('by phone, by name in another script or order with a place in common, and as a doubt by a name spelled alike', async () => {
    const paper = join(dir, 'paper.csv');
    const online = join(dir, 'online.csv');
    writeFileSync(paper, PAPER);
    writeFileSync(online, ONLINE);
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', paper, online, '-o', merged]);
    expect(result.code).toBe(1);
    const shown = Object.fromEntries(readCsv(merged).map((row) => [row.name, row.anonymous]));
    expect(shown).toEqual({
      'Kim Minsu': 'yes', 'Choi Yuna': 'yes', 정민호: 'yes', 'Lee Chulsoo': 'yes',
      // Another city: another person. A paper row that answered no, and a person on no paper row, stay shown.
      'Park Seojun': 'no', 'Han Jimin': 'no', 'Oh Daeho': 'no',
    });
    expect(result.stderr).toMatch(/paper\.csv, row 1, line 2: this row was rejected, but it asked for anonymity: .*online\.csv row 1, with the same phone number/);
    expect(result.stderr).toMatch(/paper\.csv, row 2, line 3: .*online\.csv row 2, with the same name in another spelling or script and the same place/);
    expect(result.stderr).toMatch(/paper\.csv, row 3, line 4: .*online\.csv row 3, with the same name in another spelling or script and the same place/);
    expect(result.stderr).toMatch(/paper\.csv, row 4, line 5: .*online\.csv row 4, whose name may be the same in another spelling or script/);
    const counts = JSON.parse((await runMain(['count', '--json', paper, online])).stdout) as { rows: number; rejected: number; accepted: number };
    expect(counts).toMatchObject({ rows: 13, rejected: 6, accepted: 7 });
  });
});
