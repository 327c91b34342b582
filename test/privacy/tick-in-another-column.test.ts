// A tick typed one cell off on a typed-up paper sheet (a tab pressed once too often or too few: the template puts
// `email, anonymous, date` side by side) is the signer's "don't show my name" all the same: the name is hidden, a
// warning names the row and the column, the mark is not kept as the email or date, and the row is not rejected for
// it (adv-s9 D7: it was read as a bad email or an unreadable date, and the name printed).
import { afterAll, describe, expect, it } from '@jest/globals';
import { createReadStream, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { addBatch, writeSheetRegister, type SheetRegister } from '../../src/sheets/sheet-register.js';
import { runDedupe } from '../../src/pipeline/run-dedupe.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRINTED = '2026-11-20T09:00:00.000Z';
let registered: { register: SheetRegister; path: string; sheet: string } | undefined;

async function register(): Promise<{ register: SheetRegister; path: string; sheet: string }> {
  if (registered) return registered;
  const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 40, printed: PRINTED });
  const path = join(dir, 'sheet-register.json');
  await writeSheetRegister(path, register);
  registered = { register, path, sheet: added.sheets[0] };
  return registered;
}

/** A typed-up sheet in the README template's columns, one row per [name, email, anonymous, date, city, country]. */
function template(sheet: string, rows: string[][]): string {
  const lines = rows.map(([name, email, anonymous, date, city = '서울', country = 'KR'], i) => [sheet, String(i + 1), name, city, country, email, anonymous, date].join(','));
  return `sheet,line,name,city,country,email,anonymous,date\n${lines.join('\n')}\n`;
}

async function dedupeTyped(slug: string, text: string, flags: string[] = []) {
  const { path: registerPath } = await register();
  const typed = join(dir, `${slug}.csv`);
  writeFileSync(typed, text);
  const merged = join(dir, `${slug}-m.csv`);
  const result = await runMain(['dedupe', typed, ...flags, '--sheet-register', registerPath, '-o', merged]);
  return { result, rows: readCsv(merged), typed };
}

describe('a tick typed into a neighbouring cell of a typed-up sheet hides the name', () => {
  it('the reported sheet: O and 예 in email, O and 비공개 in date, O in country and city', async () => {
    const { sheet } = await register();
    const { result, rows, typed } = await dedupeTyped('shift', template(sheet, [
      ['김쉬프트', 'O', '', ''],
      ['이쉬프트', '', '', 'O'],
      ['박정상', '', 'O', ''],
      ['최쉬프트', '', '', '비공개'],
      ['정쉬프트', '예', '', ''],
      ['한쉬프트', '', '', '', '서울', 'O'],
      ['오쉬프트', '', '', '', 'O', 'KR'],
      ['공개인', 'open@ex.kr', '', '2026-11-21'],
    ]), ['--country', 'KR']);
    expect(result.code).toBe(1);
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const name of ['김쉬프트', '이쉬프트', '박정상', '최쉬프트', '정쉬프트', '한쉬프트', '오쉬프트']) expect([name, byName.get(name)?.anonymous]).toEqual([name, 'yes']);
    expect(byName.get('공개인')?.anonymous).toBe('no');
    // The mark is not kept as the signer's email, city or country (an empty country is --country's).
    expect(byName.get('김쉬프트')?.email).toBe('');
    expect(byName.get('정쉬프트')?.email).toBe('');
    expect(byName.get('오쉬프트')?.city).toBe('');
    expect(byName.get('한쉬프트')?.country).toBe('KR');
    // Nobody is lost: 8 lines, 8 signers.
    expect(rows).toHaveLength(8);
    // Named by column and row, and not mistaken for a bad email or an unreadable date.
    expect(result.stderr).toContain(`${typed}, row 1, line 2, column "email": a tick seems to be in the "email" column`);
    expect(result.stderr).toMatch(/column "date": a tick seems to be in the "date" column[^\n]*rows 2, 4/);
    expect(result.stderr).toMatch(/a tick seems to be in the "country" column/);
    expect(result.stderr).toMatch(/a tick seems to be in the "city" column/);
    expect(result.stderr).not.toMatch(/not valid addresses|could not be read/);
  });

  it.each([
    ['a check mark in email', ['Ann Tick', '✓', '', '']],
    ['a heavy check in date', ['Ann Tick', '', '', '✔']],
    ['a filled circle in date', ['Ann Tick', '', '', '●']],
    ['a Korean circle in email', ['Ann Tick', '○', '', '']],
    ['a full-width O in date', ['Ann Tick', '', '', 'Ｏ']],
    ['a lower-case o with spaces in date', ['Ann Tick', '', '', '  o ']],
    ['a V in email', ['Ann Tick', 'V', '', '']],
    ['an x in date', ['Ann Tick', '', '', 'x']],
    ['a capital X in email', ['Ann Tick', 'X', '', '']],
    ['ㅇ in date', ['Ann Tick', '', '', 'ㅇ']],
    ['네 in email', ['Ann Tick', '네', '', '']],
    ['yes in date', ['Ann Tick', '', '', 'Yes']],
    ['Sí in date', ['Ann Tick', '', '', 'Sí']],
    ['ja in email', ['Ann Tick', 'ja', '', '']],
    ['oui in date', ['Ann Tick', '', '', 'Oui']],
    ['1 in date', ['Ann Tick', '', '', '1']],
    ['TRUE in email', ['Ann Tick', 'TRUE', '', '']],
    ['익명 in date', ['Ann Tick', '', '', '익명']],
    ['(비공개) in email', ['Ann Tick', '(비공개)', '', '']],
    ['[O] in date', ['Ann Tick', '', '', '[O]']],
    ['a star in email', ['Ann Tick', '★', '', '']],
    ['private in date', ['Ann Tick', '', '', 'Private']],
    ['anonymous in email', ['Ann Tick', 'anonymous', '', '']],
    ['anónimo in date', ['Ann Tick', '', '', 'anónimo']],
    ['privé in date', ['Ann Tick', '', '', 'privé']],
    ['anonym in city', ['Ann Tick', '', '', '', 'Anonym']],
    ['비공개 요청 in date', ['Ann Tick', '', '', '비공개 요청']],
    ['이름 숨김 in email', ['Ann Tick', '이름 숨김', '', '']],
    ['no publicar in date', ['Ann Tick', '', '', 'No publicar']],
    ['nicht veröffentlichen in date', ['Ann Tick', '', '', 'nicht veröffentlichen']],
    ['non pubblicare in email', ['Ann Tick', 'non pubblicare', '', '']],
    ['não publicar in date', ['Ann Tick', '', '', 'não publicar']],
    ['ne pas publier in date', ['Ann Tick', '', '', 'ne pas publier']],
    ['匿名 in date', ['Ann Tick', '', '', '匿名']],
    ['a check mark in city', ['Ann Tick', '', '', '', '✓']],
  ])('%s', async (why, row) => {
    const { sheet } = await register();
    const slug = `one-${why.replace(/\W+/g, '-')}`;
    const { result, rows } = await dedupeTyped(slug, template(sheet, [row, ['Bo Open', 'bo@ex.kr', '', '2026-11-21']]));
    expect(result.code).toBe(1);
    expect(rows.find((r) => r.name === 'Ann Tick')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === 'Bo Open')?.anonymous).toBe('no');
    expect(result.stderr).toMatch(/a tick seems to be in the "(email|date|city)" column/);
  });

  it.each([
    ['a real email', ['Ann Open', 'ann@ex.kr', '', '2026-11-21']],
    ['a real date typed the Korean way', ['Ann Open', '', '', '2026. 11. 21.']],
    ['a dash for "none" in email and date', ['Ann Open', '-', '', '-']],
    ['a city with an O in its name', ['Ann Open', '', '', '', 'Osan']],
    ['Slovenia as SI', ['Ann Open', '', '', '', 'Ljubljana', 'SI']],
    ['Norway as NO', ['Ann Open', '', '', '', 'Oslo', 'NO']],
    ['an email with "private" in it', ['Ann Open', 'private.kim@ex.kr', '', '']],
  ])('%s is no tick', async (why, row) => {
    const { sheet } = await register();
    const slug = `no-${why.replace(/\W+/g, '-')}`;
    const { result, rows } = await dedupeTyped(slug, template(sheet, [row]));
    expect(rows.find((r) => r.name === 'Ann Open')?.anonymous).toBe('no');
    expect(result.stderr).not.toMatch(/a tick seems to be/);
  });

  it('a tick in the phone and comment cells of a typed-up sheet with those columns', async () => {
    const { sheet, path } = await register();
    const typed = join(dir, 'phone.csv');
    writeFileSync(typed, `sheet,line,name,phone,anonymous,comment\n${sheet},1,Ann Tick,O,,\n${sheet},2,Bea Tick,,,✓\n${sheet},3,Cy Open,010-1234-5678,,화이팅\n`);
    const merged = join(dir, 'phone-m.csv');
    const result = await runMain(['dedupe', typed, '--sheet-register', path, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.name === 'Ann Tick')).toMatchObject({ anonymous: 'yes', phone: '' });
    expect(rows.find((r) => r.name === 'Bea Tick')).toMatchObject({ anonymous: 'yes', comment: '' });
    expect(rows.find((r) => r.name === 'Cy Open')).toMatchObject({ anonymous: 'no', comment: '화이팅' });
    expect(result.stderr).toMatch(/a tick seems to be in the "phone" column/);
    expect(result.stderr).toMatch(/a tick seems to be in the "comment" column/);
  });

  it('a typed-up workbook: TRUE and O in the date cells', async () => {
    const { sheet, path } = await register();
    const book = new ExcelJS.Workbook();
    const tab = book.addWorksheet('입력');
    tab.addRow(['sheet', 'line', 'name', 'email', '이름 비공개', 'date']);
    tab.addRow([sheet, 1, '김불리언', '', '', true]);
    tab.addRow([sheet, 2, '이동그라미', '', '', 'O']);
    tab.addRow([sheet, 3, '박날짜', '', '', '2026-11-21']);
    const file = join(dir, 'typed.xlsx');
    await book.xlsx.writeFile(file);
    const merged = join(dir, 'typed-xlsx-m.csv');
    const result = await runMain(['dedupe', file, '--sheet-register', path, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.name === '김불리언')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === '이동그라미')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === '박날짜')?.anonymous).toBe('no');
  });

  it('paper named by --map sheet= --map line= counts as paper too', async () => {
    const { sheet, path } = await register();
    const typed = join(dir, 'mapped.csv');
    writeFileSync(typed, `용지코드,번호,name,email,anonymous,date\n${sheet},1,Ann Tick,,,O\n`);
    const merged = join(dir, 'mapped-m.csv');
    const result = await runMain(['dedupe', typed, '--map', 'sheet=용지코드', '--map', 'line=번호', '--sheet-register', path, '-o', merged]);
    expect(readCsv(merged).find((r) => r.name === 'Ann Tick')?.anonymous).toBe('yes');
    expect(result.stderr).toMatch(/a tick seems to be in the "date" column/);
  });
});

describe('the tick is not a reason to drop the signer', () => {
  it('with a date window (packet mode), a tick in the date column is no unreadable date: the line counts on its sheet\'s day, hidden', async () => {
    const { register: sheets, sheet } = await register();
    const typed = join(dir, 'window.csv');
    writeFileSync(typed, template(sheet, [['이쉬프트', '', '', 'O'], ['최쉬프트', '', '', '비공개'], ['김날짜', '', '', '2026-11-21'], ['박오타', '', '', '2026-13-45']]));
    const run = await runDedupe({
      specs: [{ path: typed }], open: (spec) => createReadStream(spec.path), sheetRegister: sheets, now: Date.parse('2026-12-01T00:00:00Z'),
      window: { to: Date.parse('2026-12-01T00:00:00Z') }, exact: true,
    });
    // The date that is no date and no tick is no reason to drop the signer either: counted undated, and named.
    expect(run.rejections).toEqual([]);
    expect(run.counts.accepted).toBe(4);
    expect(run.scan.problems.filter((p) => p.code === 'undated_counted').map((p) => [p.column, p.row])).toEqual([['date', 4]]);
    expect(run.scan.problems.filter((p) => p.code === 'tick_in_column').map((p) => [p.column, p.row])).toEqual([['date', 1]]);
  });

  it('a rejected line with the tick in its date passes it on to the same person\'s other row', async () => {
    const { sheet, path } = await register();
    const typed = join(dir, 'rej.csv');
    // Line 99 is not on a 40-line sheet: rejected, but its tick (in the date cell) still counts.
    writeFileSync(typed, `sheet,line,name,city,country,email,anonymous,date\n${sheet},99,Kim Shift,Seoul,KR,kim@ex.kr,,O\n`);
    const online = join(dir, 'rej-online.csv');
    writeFileSync(online, 'name,email,country\nKim Shift,kim@ex.kr,KR\n');
    const merged = join(dir, 'rej-m.csv');
    const result = await runMain(['dedupe', typed, online, '--sheet-register', path, '-o', merged]);
    expect(result.stderr).toMatch(/asked for anonymity/);
    expect(readCsv(merged).find((r) => r.email === 'kim@ex.kr')?.anonymous).toBe('yes');
  });
});

// Online exports are machine-written, but a list kept by hand with an anonymity column has the same slip.
describe('a list with an anonymity column but no sheet', () => {
  it('a yes in the email or date cell beside an empty anonymity cell hides the name', async () => {
    const csv = join(dir, 'online-slip.csv');
    writeFileSync(csv, 'name,email,Anonymous,date\nPat Slip,yes,,2026-11-21\nQi Slip,qi@ex.org,,O\nRo Open,ro@ex.org,no,2026-11-21\n');
    const merged = join(dir, 'online-slip-m.csv');
    const result = await runMain(['dedupe', csv, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.name === 'Pat Slip')).toMatchObject({ anonymous: 'yes', email: '' });
    expect(rows.find((r) => r.name === 'Qi Slip')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === 'Ro Open')?.anonymous).toBe('no');
    expect(result.stderr).toMatch(/a tick seems to be in the "email" column/);
  });

  it('without any anonymity column or sheet, a stray O in the email is only a bad email', async () => {
    const csv = join(dir, 'plain.csv');
    writeFileSync(csv, 'name,email,date\nPat Plain,O,2026-11-21\n');
    const merged = join(dir, 'plain-m.csv');
    const result = await runMain(['dedupe', csv, '-o', merged]);
    expect(readCsv(merged).find((r) => r.name === 'Pat Plain')?.anonymous).toBe('no');
    expect(result.stderr).toMatch(/not a valid address/);
  });
});
