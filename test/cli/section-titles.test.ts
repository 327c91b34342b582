// Section-title rows between the signers of a typed-up list ("— 부산 집회 3월 5일 —" merged over the table) are no
// signers: each is rejected as `section_title`, told, and never counted (testerA F2: sections.xlsx counted 5 for 3
// people). A signer who gave only a name, the other cells empty, stays a signer.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson { rows: number; rejected: number; accepted: number; unique: number; rejectReasons: Record<string, number> }

async function workbookFile(build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'));
  const path = join(tempDir(), 'sections.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function count(path: string): Promise<{ code: number; counts: CountJson; stderr: string }> {
  const json = await runMain(['count', '--json', path]);
  const text = await runMain(['count', path]);
  return { code: json.code, counts: JSON.parse(json.stdout) as CountJson, stderr: text.stderr };
}

describe('section titles between the signers', () => {
  it('a title merged across the table is rejected as a section title and not counted (the tester\'s sections.xlsx)', async () => {
    const path = await workbookFile((sheet) => {
      sheet.addRow(['이름', '도시', '국가']);
      sheet.addRow(['— 부산 집회 3월 5일 —']);
      sheet.mergeCells('A2:C2');
      sheet.addRow(['김가람', '부산', 'KR']);
      sheet.addRow(['이나래', '부산', 'KR']);
      sheet.addRow(['서울 집회 (3월 9일)']);
      sheet.mergeCells('A5:C5');
      sheet.addRow(['박다온', '서울', 'KR']);
    });
    const { code, counts, stderr } = await count(path);
    expect(counts).toMatchObject({ rows: 5, rejected: 2, accepted: 3, unique: 3, rejectReasons: { section_title: 2 } });
    expect(stderr).toContain('row 2 (line 2): section title — "— 부산 집회 3월 5일 —" is merged across the table (A2:C2)');
    expect(stderr).toContain('row 5 (line 5): section title — "서울 집회 (3월 9일)" is merged across the table (A5:C5)');
    expect(code).toBe(1);
  });

  // Was "Leeds group", told by the merge alone; two words of letters have the shape of a name, and a merged name
  // stays a signer (testerA verifyA/f2 nameonly.xlsx), so the title here has what no name has.
  it('a merged title with no date or frame in its text is told by the merge; a name merged over two of three columns is a signer', async () => {
    const path = await workbookFile((sheet) => {
      sheet.addRow(['Name', 'City', 'Country', 'Date']);
      sheet.addRow(['Ann Lee', 'Leeds', 'GB', '2025-11-01']);
      sheet.addRow(['Leeds group (Saturday)']);
      sheet.mergeCells('A3:D3');
      sheet.addRow(['Di Fox', 'Paris', 'FR', '2025-11-02']);
    });
    const { counts, stderr } = await count(path);
    expect(counts).toMatchObject({ rows: 3, rejected: 1, unique: 2, rejectReasons: { section_title: 1 } });
    expect(stderr).toContain('"Leeds group (Saturday)" is merged across the table (A3:D3)');

    const named = await workbookFile((sheet) => {
      sheet.addRow(['First name', 'Last name', 'City']);
      sheet.addRow(['Ann Lee']);
      sheet.mergeCells('A2:B2');
      sheet.addRow(['Bo', 'Park', 'Leeds']);
    });
    expect((await count(named)).counts).toMatchObject({ rows: 2, rejected: 0, unique: 2 });
  });

  it('in a CSV, a lone cell that cannot be a name is a title; a signer who gave only a name is counted', async () => {
    const path = join(tempDir(), 'sections.csv');
    writeFileSync(path, [
      '이름,도시,국가',
      '— 부산 집회 3월 5일 —,,',
      '김가람,부산,KR',
      '이나래,,',
      '서울 집회 (3월 9일),,',
      '박다온,서울,KR',
      'Rally at Leeds station,,',
      'Ann Lee,,',
      'María de los Ángeles Fernández,,',
      'Smith–Jones,,',
      // A name with an anonymity note in marks is a signer who asked to be hidden, never a title.
      '윤도현 ★비공개★,,',
      '',
    ].join('\n'));
    const { code, counts, stderr } = await count(path);
    expect(counts).toMatchObject({ rows: 10, rejected: 3, accepted: 7, unique: 7, rejectReasons: { section_title: 3 } });
    expect(stderr).toContain('"— 부산 집회 3월 5일 —" is the only cell of its row and reads as a section title (it has decoration characters)');
    expect(stderr).toContain('"서울 집회 (3월 9일)" is the only cell of its row and reads as a section title (it holds a date or a time)');
    expect(stderr).toContain('"Rally at Leeds station" is the only cell of its row and reads as a section title (it names an event)');
    expect(code).toBe(1);
  });

  it('a name with digits on a row that holds more than the name is judged as before, not as a title', async () => {
    const path = join(tempDir(), 'digits.csv');
    writeFileSync(path, 'name,city,country\nJohn Smith 3rd,Leeds,GB\n');
    expect((await count(path)).counts).toMatchObject({ rows: 1, rejected: 0, unique: 1 });
  });

  // testerA verifyA/f2 names2.csv, n3.csv: signers whose names hold a word for a gathering were rejected as titles.
  const eventNames = ['Jorge Vigil', 'Eliana Vigil', 'Luis Jornada', 'Rally Ng', 'Sam Rally', 'Tim Meeting', 'Lee Protest',
    'Pilar Mitin', 'Ernesto Manifestación', 'Ana Concentración Pérez', 'Heidi Mahnwache', 'Ines Kundgebung', 'Joy Event', 'Tom Session'];

  it('a signer who gave only a name holding a word for a gathering is counted, in a CSV and in a one-column workbook', async () => {
    const path = join(tempDir(), 'names.csv');
    writeFileSync(path, ['name,email,city,country', 'Anchor Person,anchor@example.org,Seoul,KR', ...eventNames.map((name) => `${name},,,`), ''].join('\n'));
    const csv = await count(path);
    expect(csv.counts).toMatchObject({ rows: 15, rejected: 0, accepted: 15, unique: 15 });
    expect(csv.stderr).not.toContain('section title');

    const workbook = await workbookFile((sheet) => {
      sheet.addRow(['Name']);
      for (const name of eventNames) sheet.addRow([name]);
    });
    const xlsx = await count(workbook);
    expect(xlsx.counts).toMatchObject({ rows: 14, rejected: 0, accepted: 14, unique: 14 });
    expect(xlsx.stderr).not.toContain('section title');
  });

  it('titles with more than a word for a gathering stay rejected, numbered pages and days too (testerA sec.csv)', async () => {
    const path = join(tempDir(), 'sec.csv');
    writeFileSync(path, ['name,email,city,country', 'Anchor,a@example.org,Seoul,KR', '— 부산 집회 3월 5일 —,,,', '서울 집회 (3월 9일),,,',
      'Seoul Rally March 9,,,', '*** Busan ***,,,', '광화문 촛불집회,,,', 'Day 2,,,', 'Page 2,,,', '2쪽,,,', 'Second day,,,', ''].join('\n'));
    const { counts, stderr } = await count(path);
    // A page marker is a note on the sheet (fixR4, verifyR1 F-H2), even with an e-mail; a day's number a section title.
    expect(counts).toMatchObject({ rows: 10, rejected: 9, accepted: 1, unique: 1, rejectReasons: { section_title: 7, sheet_note: 2 } });
    expect(stderr).toContain('"Day 2" is the only cell of its row and reads as a section title (it numbers a page, a day or a part)');
    expect(stderr).toContain('note on the sheet — "Page 2" numbers a page, not a signer');
    expect(stderr).toContain('"광화문 촛불집회" is the only cell of its row and reads as a section title (it names an event)');
  });

  it('a name merged across the table is a signer; a merged title that is no name is still rejected (testerA nameonly.xlsx)', async () => {
    const path = await workbookFile((sheet) => {
      sheet.addRow(['이름', '이메일', '도시', '국가']);
      sheet.addRow(['앵커', 'a@example.kr', '서울', 'KR']);
      sheet.addRow(['박서준']);
      sheet.mergeCells('A3:D3');
      sheet.addRow(['— 부산 집회 3월 5일 —']);
      sheet.mergeCells('A4:D4');
      sheet.addRow(['김가람', '', '부산', 'KR']);
    });
    const { counts, stderr } = await count(path);
    expect(counts).toMatchObject({ rows: 4, rejected: 1, accepted: 3, unique: 3, rejectReasons: { section_title: 1 } });
    expect(stderr).toContain('"— 부산 집회 3월 5일 —" is merged across the table (A4:D4)');
    expect(stderr).not.toContain('박서준');
  });
});
