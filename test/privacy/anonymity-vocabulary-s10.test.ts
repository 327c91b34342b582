// One anonymity vocabulary for headers, unmapped columns, name cells and comments (adv-s10 E1–E6): Vietnamese,
// Tagalog, Arabic, Russian and Japanese words, one-letter slips ("annonymous", "비공게"), 🙈 and 🔒, reported forms
// ("asked to be anonymous"), initials only; a value asking for anonymity in a column the tool does not map. The
// tester's files are in cases-s10/ (hd_: a header per file, cm_: notes and comments, co_: Change.org name cells).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readNameCell } from '../../src/normalize/anonymous-name.js';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const cases = join(import.meta.dirname, 'cases-s10');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dedupe(file: string) {
  const merged = join(dir, `${file}.merged.csv`);
  const result = await runMain(['dedupe', join(cases, file), '-o', merged]);
  return { ...result, rows: readCsv(merged) };
}

const commentsOf = (file: string): string[] => readCsv(join(cases, file)).map((row) => row.comment);

describe('a header in another language, misspelled or an emoji (E1, E2)', () => {
  const files = readdirSync(cases).filter((file) => /^hd_[hc]_.*\.csv$/u.test(file));
  it.each(files)('%s: the signer who asked is shown as anonymous, and the run says so (exit 1)', async (file) => {
    const { code, rows, stderr } = await dedupe(file);
    const secret = rows.find((row) => row.name.startsWith('Secret'));
    expect(secret?.anonymous).toBe('yes');
    // The headers the tester found dropped as "unknown header": read as anonymity columns or warned (exit 1).
    // "Show on list" (g6) is now read as a show-name column (outside tester C, F8): its "No" hides, nothing to warn of.
    if (/^hd_(?:h_(?:a\d|v\d|t[12]|m1[0-2]|m3|e[13]|g(?:3|7|8|11))|c_c[avt]\d)\.csv$/u.test(file)) {
      expect(code).toBe(1);
      expect(stderr).not.toBe('');
    }
  });
});

describe('an organizer\'s note column the tool does not map (E3)', () => {
  it.each(['cm_note_memo.csv', 'cm_note_meomo.csv', 'cm_note_jp.csv', 'cm_note_zh.csv', 'cm_note_ru.csv', 'cm_note_org.csv', 'cm_note_tag.csv',
    'cm_note_bigo.csv', 'cm_note_notes.csv', 'cm_note_remarks.csv'])('%s: the four who asked are hidden, the volunteer is not, exit 1', async (file) => {
    const { code, rows, stderr } = await dedupe(file);
    const [header] = readFileSync(join(cases, file), 'utf8').split('\n');
    const column = header.split(',')[3].trim();
    expect(rows.map((row) => row.anonymous)).toEqual(['yes', 'yes', 'yes', 'yes', 'no']);
    expect(code).toBe(1);
    // Notes, Remarks and 비고 are read as the comment column; the others are named as they are headed.
    expect(stderr).toMatch(new RegExp(`column "(?:${column}|comment)"`, 'u'));
  });
});

describe('a request in the comment in any of the signers\' languages (E4)', () => {
  it.each(commentsOf('cm_asks.csv').filter((comment) => comment !== 'Free them now'))('%j asks', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
  });
  it.each(['asked to be anonymous', 'Requested anonymity', 'wants to stay anonymous', 'She wishes to remain anonymous', 'annonymous please',
    'ananymous', '익멍으로 해주세요', '비공게', '🙈', '🔒 please', 'Ẩn danh', 'an danh', 'Không hiển thị tên', 'itago po ang pangalan ko',
    'مجهول', 'إخفاء اسمي', 'Не указывайте моё имя', 'Initials only', 'solo iniciales', '非公開希望'])('%j asks', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
  });
  it.each(['Free them now', 'Ann Onymous supports this', '14억명의 중국인에게', '인명 피해를 막아야', 'Xin chào', 'Salamat po', 'شكرا',
    'Спасибо', 'Public pressure works', 'We must publish the truth'])('%j is no request', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });
});

describe('a comment that refuses anonymity (E5)', () => {
  it.each(["Don't hide my name, I am proud to sign", "I'm not anonymous", 'No need to keep me anonymous', 'Happy for my name to be shown — no anonymity',
    'I signed anonymously last time but now show my name', 'Publish my name please', '익명 아님'])('%j is no request', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });
});

describe('a note in the name cell (E6)', () => {
  it.each([['Nguyen Van An (ẩn danh)', 'Nguyen Van An'], ['Ivan Petrov (анонимно)', 'Ivan Petrov'], ['Maria Santos (huwag ipakita)', 'Maria Santos'],
    ['Ahmed Ali (مجهول)', 'Ahmed Ali'], ['Oh Se-ri 🙈', 'Oh Se-ri'], ['Kim Lee 🔒', 'Kim Lee'], ['김철수 (비공게)', '김철수'], ['Bo Lee (annonymous)', 'Bo Lee']])(
    '%j: the note is taken off and the signer hidden', (cell, name) => {
    expect(readNameCell(cell)).toEqual({ name, noted: true, onlyAnonymity: false });
  });
  it.each(['Аноним', 'Ẩn danh', 'Annonymous', '비공게', '익멍'])('%j alone is a signer asking not to be named', (cell) => {
    expect(readNameCell(cell).onlyAnonymity).toBe(true);
  });
  it.each(['Seo Myung-hee', '서명희', '공명수', '명익수', '공서명', '남궁익', 'Pat Hidden', 'Anon Sharma', 'Na Young', 'NA Ri', 'Sin Ji-ho', 'Jin Secret',
    'Ann Onymous', 'Anna Nonymous', 'Nonymous Kim', 'An Danh', 'Ivan Nesterov', 'Ahmad Nashr', '인명수', '김익명'])('%j is a name', (cell) => {
    expect(readNameCell(cell)).toEqual({ name: cell, noted: false, onlyAnonymity: false });
  });
  it('the tester\'s Change.org export: every signer with a note is hidden, exit 1', async () => {
    const { code, rows } = await dedupe('co_change.csv');
    const shown = rows.filter((row) => row.anonymous === 'no').map((row) => row.name);
    for (const name of ['Nguyen Van An', 'Ivan Petrov', 'Maria Santos', 'Ahmed Ali', 'Oh Se-ri', 'Аноним', 'Ẩn danh']) expect(shown).not.toContainEqual(expect.stringContaining(name));
    for (const name of [ 'Pat Hidden', 'Anon Sharma', 'Na Young', 'Sin Ji-ho']) expect(shown).toContain(name);
    expect(code).toBe(1);
  });
});
