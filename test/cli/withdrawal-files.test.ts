// A workbook's withdrawal tab saved as CSV keeps its name (`철회.csv`, Google Sheets' `서명 - 철회.csv`): it is read as
// that sheet would be, its rows rejected `withdrawn_sheet` and its people taken off the count, with a warning that says
// why and how to read it as signers (--read-as-signers). Real signer files are not caught (outside tester A, F7).
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import ExcelJS from 'exceljs';

interface CountJson {
  rows: number; rejected: number; accepted: number; unique: number;
  rejectReasons: Record<string, number>;
  problems: Array<{ source: string; code: string; message: string }>;
}

const SIGNERS = 'name,email,city,country\nAna Ruiz,ana@example.es,Madrid,ES\nLuis Gómez,luis@example.es,Sevilla,ES\n';
const WITHDRAWN = 'name,email,city,country\nLuis Gómez,luis@example.es,Sevilla,ES\nNew Person,np@example.es,Bilbao,ES\n';

function files(names: Record<string, string>): { dir: string; paths: string[] } {
  const dir = tempDir();
  const paths = Object.entries(names).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  return { dir, paths };
}

async function count(args: string[]): Promise<{ code: number; counts: CountJson }> {
  const result = await runMain(['count', '--json', ...args]);
  return { code: result.code, counts: JSON.parse(result.stdout) as CountJson };
}

describe('a withdrawal list saved as CSV', () => {
  it.each(['철회.csv', '서명 - 철회.csv', '서명 철회.csv', 'withdrawn.csv', 'Petition - Withdrawn.csv', 'Withdrawn signatures.csv', 'Widerrufe.tsv'])('"%s": its rows are not counted and its people leave the count elsewhere, said in a warning (exit 1)', async (name) => {
    const { paths } = files({ 'firmas.csv': SIGNERS, [name]: name.endsWith('.tsv') ? WITHDRAWN.replaceAll(',', '\t') : WITHDRAWN });
    const { code, counts } = await count(paths);
    expect(counts).toMatchObject({ rows: 4, accepted: 1, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 2 } });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    expect(code).toBe(1);
    const warned = counts.problems.filter((p) => p.code === 'withdrawal_file');
    expect(warned).toHaveLength(1);
    expect(warned[0].message).toContain('the file\'s name says it lists signatures withdrawn by their signers: its rows are not counted, and the people on it are taken off the count in the other files too');
    expect(warned[0].message).toContain(`--read-as-signers "${name}"`);
  });

  it('--read-as-signers reads it as signers after all (both people counted, none rejected)', async () => {
    const { paths } = files({ 'firmas.csv': SIGNERS, 'withdrawn.csv': WITHDRAWN });
    const { counts } = await count([...paths, '--read-as-signers', 'withdrawn.csv']);
    expect(counts).toMatchObject({ rows: 4, rejected: 0, unique: 3 });
    expect(counts.problems.filter((p) => p.code === 'withdrawal_file')).toEqual([]);
    const wrong = await runMain(['count', ...paths, '--read-as-signers', 'other.csv']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--read-as-signers other.csv: it is not one of the files given');
  });

  // Outside tester F, F7: a CSV withdrawal list with a column it can't read stopped the run with "try --map name=", a
  // hint to read it as signers; the same list as an .xlsx warns withdrawal_sheet_unread and counts the rest.
  it('a withdrawal list that names no one is told, naming the file and the columns looked for, as the workbook is (exit 1)', async () => {
    const { paths } = files({ 'firmas.csv': SIGNERS, '철회.csv': '연락처\nluis@example.es\n' });
    const result = await runMain(['count', ...paths]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('--map name=');
    expect(result.stderr).toContain('철회.csv: the file\'s name says it lists signatures withdrawn by their signers, but it could not be read as a list of people: it needs a name column (name, 이름, nombre…) or an email column (email, 이메일, correo…), and its columns are "연락처": no one on it was taken off the count');
    const { counts } = await count(paths);
    expect(counts).toMatchObject({ rows: 2, rejected: 0, accepted: 2, unique: 2 });
    expect(counts.problems.filter((p) => p.code === 'withdrawal_sheet_unread').map((p) => p.source)).toEqual([paths[1]]);
  });

  it('a list of rows set aside is not counted, but withdraws no one: its people count where they signed', async () => {
    const { paths } = files({ 'firmas.csv': SIGNERS, 'Petition - Duplicates removed.csv': 'name,email\nLuis Gómez,luis@example.es\n' });
    const { counts } = await count(paths);
    expect(counts).toMatchObject({ rows: 3, accepted: 2, unique: 2, rejectReasons: { set_aside_sheet: 1 } });
    expect(counts.rejectReasons.withdrawn).toBeUndefined();
    expect(counts.problems.find((p) => p.code === 'withdrawal_file')?.message).toContain('rows set aside (removed, duplicates, unsubscribed): its rows are not counted, and its people still count where they signed');
  });

  // A name that says more than what the list is (a report, a file's own fault) is read as signers: see exportFileKind.
  it.each([
    'signatures.csv', 'change-org-export.csv', '서명.csv', '3월 집회.csv', 'firmas.csv', 'Unterschriften.csv', 'no-borrar.csv', 'Petition - Signatures.csv',
    'removed-duplicates-report.csv', 'invalid-utf8-bytes.csv', 'opt-out.csv', '삭제 금지.csv',
  ])('"%s" is a list of signers: read as one', async (name) => {
    const { paths } = files({ [name]: WITHDRAWN });
    const { counts } = await count(paths);
    expect(counts).toMatchObject({ rows: 2, rejected: 0, unique: 2 });
  });

  it('a campaign source reads it so too, and asSigners: true reads it as signers', async () => {
    const { dir } = files({ 'firmas.csv': SIGNERS, '철회.csv': WITHDRAWN });
    const fixture = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
    const withSources = (sources: string) => readFileSync(fixture, 'utf8').replace(/^sources:\n[\s\S]*?\n(?=\n# The officials)/m, `sources:\n${sources}`);
    writeFileSync(join(dir, 'campaign.yaml'), withSources('  - path: firmas.csv\n  - path: 철회.csv\n'));
    expect((await count(['--campaign', join(dir, 'campaign.yaml')])).counts).toMatchObject({ rows: 4, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 2 } });
    writeFileSync(join(dir, 'campaign.yaml'), withSources('  - path: firmas.csv\n  - path: 철회.csv\n    asSigners: true\n'));
    expect((await count(['--campaign', join(dir, 'campaign.yaml')])).counts).toMatchObject({ rows: 4, rejected: 0, unique: 3 });
  });
});

// issue 14 (outside tester D). A workbook's sheet of rows is written with exceljs, as the fixtures' are.
async function workbook(dir: string, name: string, sheets: Record<string, string>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, text] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(text.trim().split('\n').map((line) => line.split(',')));
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('a withdrawal list saved as its own workbook (F4)', () => {
  it.each(['철회.xlsx', 'withdrawn.xlsx'])('"%s" with one sheet "Sheet1": its rows are not counted and its people leave the count elsewhere, said in a warning', async (name) => {
    const { dir, paths } = files({ 'firmas.csv': SIGNERS });
    const book = await workbook(dir, name, { Sheet1: WITHDRAWN });
    const { code, counts } = await count([...paths, book]);
    expect(counts).toMatchObject({ rows: 4, accepted: 1, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 2 } });
    expect(code).toBe(1);
    expect(counts.problems.find((p) => p.code === 'withdrawal_file')?.message).toContain(`--read-as-signers "${name}"`);
    const asSigners = await count([...paths, book, '--read-as-signers', name]);
    expect(asSigners.counts).toMatchObject({ rows: 4, rejected: 0, unique: 3 });
  });

  // Outside tester F, F10: --read-as-signers on a workbook whose tab is named 철회 changed nothing, without a word.
  it('--read-as-signers on a workbook with a tab named 철회 says the tab is still not counted, and how to count it', async () => {
    const { dir } = files({});
    const book = await workbook(dir, 'rally.xlsx', { '서명': SIGNERS, '철회': WITHDRAWN });
    const plain = await count([book]);
    const result = await runMain(['count', book, '--read-as-signers', book]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--read-as-signers rally.xlsx reads as signers a file whose own name says withdrawn or set aside (철회.csv, or 철회.xlsx with a Sheet1); the tab "철회" of this workbook is named so by its own name, so its rows are still not counted. To count a tab\'s rows as signers, read it with --sheet "rally.xlsx=철회"');
    const { counts } = await count([book, '--read-as-signers', book]);
    expect(counts).toMatchObject({ rows: plain.counts.rows, unique: plain.counts.unique, rejectReasons: plain.counts.rejectReasons });
    expect(counts.problems.filter((p) => p.code === 'read_as_signers_tabs')).toHaveLength(1);
    expect(plain.counts.problems.filter((p) => p.code === 'read_as_signers_tabs')).toEqual([]);
  });

  it('a sheet with a name of its own decides for itself, whatever the file is called', async () => {
    const { dir } = files({});
    const book = await workbook(dir, '철회.xlsx', { '서명': SIGNERS });
    expect((await count([book])).counts).toMatchObject({ rows: 2, rejected: 0, unique: 2 });
  });
});

describe('a cancelled signature is a withdrawn one (F6)', () => {
  it.each(['서명 취소', '취소', 'Bajas', 'Retraits'])('the sheet "%s": its people leave the count on the other sheets too', async (sheet) => {
    const { dir } = files({});
    const book = await workbook(dir, 'firmas.xlsx', { '서명': SIGNERS, [sheet]: WITHDRAWN });
    const { counts } = await count([book]);
    expect(counts).toMatchObject({ rows: 4, accepted: 1, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 2 } });
  });
});

describe('a file named after a campaign for a withdrawal (F8)', () => {
  it.each(['철회하라.csv', '철회하라!.csv', '철회 서명.csv', '법안 철회 촉구.csv', 'Withdraw the bill.csv'])('"%s" is a list of signers: counted, and it takes no one off', async (name) => {
    const { paths } = files({ 'firmas.csv': SIGNERS, [name]: WITHDRAWN });
    const { code, counts } = await count(paths);
    expect(counts).toMatchObject({ rows: 4, rejected: 0, unique: 3 });
    expect(counts.problems.filter((p) => p.code === 'withdrawal_file')).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('a withdrawal list that names its people by email alone (F3)', () => {
  const EMAILS = 'email\nluis@example.es\n';

  it('a workbook sheet 철회 with only an email column takes that person off the count', async () => {
    const { dir } = files({});
    const book = await workbook(dir, 'firmas.xlsx', { '서명': SIGNERS, '철회': '이메일\nluis@example.es' });
    const { counts } = await count([book]);
    expect(counts).toMatchObject({ rows: 3, accepted: 1, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
  });

  it('withdrawn.csv with only an email column is read as a withdrawal list, not refused', async () => {
    const { paths } = files({ 'firmas.csv': SIGNERS, 'withdrawn.csv': EMAILS });
    const result = await runMain(['count', '--json', ...paths]);
    expect(result.stderr).not.toContain('--map name=');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 3, accepted: 1, unique: 1, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
  });

  it('a withdrawal sheet that names no one it can read is warned of (exit 1), never passed over in silence', async () => {
    const { dir } = files({});
    const book = await workbook(dir, 'firmas.xlsx', { '서명': SIGNERS, '철회': '메모\n루이스 취소 요청' });
    const { code, counts } = await count([book]);
    expect(counts).toMatchObject({ rows: 2, unique: 2 });
    expect(code).toBe(1);
    const warned = counts.problems.filter((p) => p.code === 'withdrawal_sheet_unread');
    expect(warned).toHaveLength(1);
    expect(warned[0].message).toContain('the sheet "철회" is named as signatures withdrawn, but it could not be read as a list of people');
  });
});
