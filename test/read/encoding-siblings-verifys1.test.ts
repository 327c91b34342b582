// Encodings an outside tester mixed (verifyS1 F3, F5, F6, F11): a UTF-8 line pasted into a UTF-16 export, a UTF-16 file
// without a mark one byte off mid-file, names garbled by a row in another encoding, and letters Korean Excel lost
// ("Nguy?n"). Each is refused naming its line, or read with every signer counted and no defaced name printed.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { tempDir, writerIn } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { isPlausiblePersonName } from '../../src/normalize/plausible-name.js';
import { hasLostLetters, lostAllLetters } from '../../src/normalize/lost-letters.js';
import { heldBackForPrint } from '../../src/packet/printable-entry.js';
import type { ListEntry } from '../../src/packet/signature-list/list-types.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = writerIn(dir);

const ROWS = [
  ['Anna Berg', 'a1@example.com', 'Seoul'], ['김민준', 'a2@example.com', '서울'], ['José Peña', 'a3@example.com', 'Málaga'],
  ['Bert Holm', 'a4@example.com', 'Oslo'], ['이서연', 'a5@example.com', '부산'], ['Zoë Dahl', 'a6@example.com', 'Köln'],
  ['Carl Moss', 'a7@example.com', 'Paris'], ['박지훈', 'a8@example.com', '대구'],
];

/** The export in `encoding` with a BOM, its line `pasted` (1-based, the header is line 1) written as UTF-8 instead. */
function withUtf8Line(encoding: 'utf-16le' | 'utf-16be', delimiter: string, pasted: number, pad: boolean, rows = ROWS): Buffer {
  const lines = [['Name', 'Email', 'City'], ...rows].map((cells) => `${cells.join(delimiter)}\n`);
  const parts = lines.map((line, i) => {
    if (i !== pasted - 1) return iconv.encode(line, encoding);
    const utf8 = Buffer.from(line);
    return pad && utf8.length % 2 === 1 ? Buffer.concat([utf8, Buffer.from([0])]) : utf8;
  });
  return Buffer.concat([iconv.encode('', encoding, { addBOM: true }), ...parts]);
}

describe('a UTF-8 line pasted into a UTF-16 export (verifyS1 F3)', () => {
  it.each([
    ['utf-16le', '\t', 5, false, 'the tester\'s file: "Bert Holm" in UTF-8, even length'],
    ['utf-16le', '\t', 3, true, 'an odd-length line padded with a NUL, its own row of CJK'],
    ['utf-16be', '\t', 5, false, 'in a UTF-16BE export'],
    ['utf-16le', ',', 2, true, 'in a comma-separated export, on the first row'],
  ] as const)('%s, %j, line %i (pad %s: %s) is refused naming that line, exit 2', async (encoding, delimiter, line, pad, _why) => {
    const file = write(`pasted-${encoding}-${delimiter.charCodeAt(0)}-${line}.csv`, withUtf8Line(encoding, delimiter, line, pad));
    const result = await runMain(['count', '--exact', file]);
    expect(result.stderr).toContain(`, line ${line}: the file mixes encodings on this line: it is 8-bit text (UTF-8)`);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(2);
  });

  it('is refused through a pipe too', async () => {
    const result = await runMain(['count', '--exact', '-'], { stdin: withUtf8Line('utf-16le', '\t', 5, false) });
    expect(result.stderr).toContain('-, line 5: the file mixes encodings on this line');
    expect(result.code).toBe(2);
  });

  it('still reads a UTF-16 export of Chinese, Japanese and Hindi names with their emails', async () => {
    const rows = [['张伟', 'zw@example.cn', '北京'], ['王秀英', 'wxy@example.cn', '上海'], ['有三吉', 'ysj@example.jp', '東京'],
      ['田中太郎', 'tt@example.jp', '大阪'], ['राहुल शर्मा', 'rs@example.in', 'दिल्ली'], ['ज्योती', 'jy@example.in', 'मुंबई']];
    const file = write('cjk-hindi.csv', withUtf8Line('utf-16le', '\t', 0, false, rows));
    const result = await runMain(['count', '--exact', '--json', file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 6, rejected: 0, unique: 6 });
  });

  it('a name holding digits of another script (U+0967, U+096D, U+0A6F) is no plausible name: "never a digit"', () => {
    for (const name of ['敂瑲䠠汯७㑡敀慸灭敬挮浯伉汳੯이서연', 'Raj १', 'Kim੯', '김민준७']) expect(isPlausiblePersonName(name)).toBe(false);
    for (const name of ['राहुल शर्मा', '김민준', 'Ana María']) expect(isPlausiblePersonName(name)).toBe(true);
  });
});

describe('a UTF-16 file without a byte-order mark, a byte lost mid-file (verifyS1 F11)', () => {
  it.each(['utf-16le', 'utf-16be'] as const)('%s: names the line of the lost byte at once, not "binary data"', async (encoding) => {
    const lines = [['Name', 'Email', 'City'], ...ROWS].map((cells) => iconv.encode(`${cells.join('\t')}\n`, encoding));
    lines[7] = lines[7].subarray(1);
    const result = await runMain(['count', '--exact', write(`lost-${encoding}.csv`, Buffer.concat(lines))]);
    expect(result.stderr).toContain(', line 8: the file is damaged on this line: a byte was lost or added here');
    expect(result.stderr).not.toContain('binary data');
    expect(result.code).toBe(2);
  });
});

describe('names that lost letters (verifyS1 F5, F6): counted, shown as anonymous, warned; none left: rejected', () => {
  it.each(['Nguy?n V?n An', '?ahin ?elik', 'Łukasz ?ak', '??ng Minh', '박지?', '?현우', 'Jos\uFFFD Pe\uFFFDa', '\uFFFDc\uFFFD\uFFFD\uFFFDY'])('%s lost letters', (name) => {
    expect(hasLostLetters(name)).toBe(true);
    expect(lostAllLetters(name)).toBe(false);
  });

  it.each(['Ana María', 'Anna (?)', 'Kim ?', 'Fin', 'Secret', '김민준', '?'])('%s lost no letter it still shows', (name) => {
    expect(hasLostLetters(name)).toBe(false);
  });

  it.each(['??', '? ?', '\uFFFD\uFFFD\uFFFD'])('%s lost every letter', (name) => expect(lostAllLetters(name)).toBe(true));

  it('the list shows such a signer as anonymous, saying so with the row', () => {
    for (const name of ['Nguy?n V?n An', 'Jos\uFFFD Pe\uFFFDa']) {
      const entry: ListEntry = { name, city: 'Seoul', region: '', postcode: '', country: 'KR', signedAt: null, anonymous: false };
      const problems = heldBackForPrint(entry, { source: 'paper.csv', row: 2, line: 3 });
      expect(entry.anonymous).toBe(true);
      expect(problems.map((p) => `${p.row} ${p.column} ${p.code}`)).toEqual(['2 name name_letters_lost']);
    }
  });

  it('a CP949 sheet as Korean Excel saves it: "?" names counted and named, "??" rejected as letters the save lost, exit 1', async () => {
    const text = '이름,주소,서명일\n김민준,서울 종로구,2025-11-01\nNguy?n V?n An,서울 종로구,2025-11-01\n??,서울 종로구,2025-11-01\n'
      + 'Tr?n Th? H?ng,서울 종로구,2025-11-01\n이서연,서울 종로구,2025-11-01\n?ahin ?elik,서울 종로구,2025-11-01\nFin Secret,서울 종로구,2025-11-01\n';
    const result = await runMain(['count', '--exact', '--json', write('excel-q.csv', iconv.encode(text, 'cp949'))]);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 7, rejected: 1, unique: 6, rejectReasons: { undecodable: 1 } });
    expect(result.stderr).toMatch(/row 2, line 3, column "name": 3 names lost letters .*shown as anonymous.*\(rows 2, 4, 6\)/);
    expect(result.stderr).toContain('row 3 (line 4, column "name")');
    expect(result.stderr).toContain('the name "??" is letters the file lost when it was saved');
    expect(result.stderr).not.toContain('has no letters');
    expect(result.code).toBe(1);
  });

  it('a name garbled by a row in another encoding is treated alike, whatever that encoding: Windows-1252 and Shift_JIS in UTF-8', async () => {
    const utf8 = 'Zoë Dahl,a6@example.com,Köln\n김민준,a2@example.com,서울\nRenée Fox,a9@example.com,Genève\n이서연,a5@example.com,부산\n';
    const file = write('mixed.csv', Buffer.concat([Buffer.from(`Name,Email,City\n${utf8}`),
      iconv.encode('José Peña,a3@example.com,Málaga\n', 'windows-1252'), iconv.encode('田中太郎,a7@example.com,東京\n', 'shift_jis')]));
    const result = await runMain(['count', '--exact', '--json', file]);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 6, rejected: 0, unique: 6 });
    expect(result.stderr).toMatch(/row 5, line 6, column "name": 2 names lost letters .*\(rows 5, 6\)/);
    expect(result.code).toBe(1);
  });
});
