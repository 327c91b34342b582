// Messages quote cells to say what went wrong; when a cell holds an email or a phone number (a file without a header
// row, a column shifted by one), the message masks it as `inspect` does, and never prints it whole.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writerIn } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { maskContact } from '../../src/output/mask.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EMAIL = 'kim.minjun@example.kr';
const PHONE = '+82 10 5550 1234';
const STREET = '12 Sejong-daero 209';

const write = writerIn(dir);

function expectNoContact(text: string): void {
  expect({ email: text.includes(EMAIL), phone: text.includes(PHONE) || text.includes('5550 1234') || text.includes('5550-1234') })
    .toEqual({ email: false, phone: false });
}

describe('messages never print an email or phone whole', () => {
  it('an export with no header row: the first row is described, masked', async () => {
    const file = write('no-header.csv', `Kim Minjun,${EMAIL},${PHONE},${STREET},Seoul\nLee Ara,lee@example.kr,+82 10 5550 9999,1 Road,Busan\n`);
    for (const command of ['count', 'inspect']) {
      const result = await runMain([command, file]);
      expect(result.code).toBe(2);
      expectNoContact(result.stderr);
      expect(result.stderr).not.toContain(STREET);
      expect(result.stderr).toContain('no header row');
      expect(result.stderr).toContain('k…@example.kr');
    }
  });

  it('a --map to a missing header on a file without a header row lists the columns masked', async () => {
    const file = write('no-header-map.csv', `Kim Minjun,${EMAIL},${PHONE},${STREET}\n`);
    const result = await runMain(['count', file, '--map', 'name=Full name']);
    expect(result.code).toBe(2);
    expectNoContact(result.stderr);
  });

  it('cells quoted by warnings (a shifted row puts contacts in the country, date and anonymous columns)', async () => {
    const file = write('shifted.csv', `name,email,country,date,anonymous\nKim Minjun,${EMAIL},${PHONE},010-5550-1234,${EMAIL}\nLee Ara,lee@example.kr,KR,2024-01-01,no\n`);
    for (const argv of [['count', file], ['dedupe', file, '-o', join(dir, 'm.csv')], ['inspect', file]]) {
      const result = await runMain(argv);
      expectNoContact(result.stdout + result.stderr);
    }
  });

  it('emails written to fool harvesters, in the name or the date, are masked too (outside tester)', async () => {
    const written = ['kim (at) example.kr', 'kim[at]example.kr', 'kim ＠ example.kr', 'kim @ example.kr', 'lee {at} example {dot} kr'];
    const rows = written.map((email, i) => (i % 2 === 0 ? `${email},,2024-01-02` : `Park Ji${i},,${email}`));
    const file = write('obfuscated.csv', `name,email,date\n${rows.join('\n')}\nHan So,han@example.kr,2024-01-02\n`);
    const result = await runMain(['count', file]);
    expect(result.code).toBe(1);
    for (const email of [...written, 'kim (at)', 'kim[at]', 'kim ＠', 'kim @', 'lee {at}']) expect(result.stderr).not.toContain(email);
    expect(result.stderr).toContain('row 1 (line 2, column "name"): contact details as name — the name cell "k…@example.kr"');
    expect(result.stderr).toMatch(/dates could not be read \(rows 2, 4\), e\.g\. "k…@example\.kr"/);
  });
});

describe('maskContact', () => {
  it.each([
    ['an email', EMAIL, 'k…@example.kr'],
    ['an email inside text', `write to ${EMAIL} today`, 'write to k…@example.kr today'],
    ['an international phone', PHONE, '+…34'],
    ['a Korean mobile number', '010-5550-1234', '…34'],
    ['a date stays', '2024-01-01', '2024-01-01'],
    ['a date and time stays', '2024-01-01 10:00:00', '2024-01-01 10:00:00'],
    ['a short number stays', '12345', '12345'],
    ['a word stays', 'yes', 'yes'],
    ['an email with (at)', 'kim (at) example.kr', 'k…@example.kr'],
    ['an email with [at]', 'kim[at]example.kr', 'k…@example.kr'],
    ['an email with a full-width at and spaces', 'kim ＠ example.kr', 'k…@example.kr'],
    ['an email with " at " and (dot)', 'kim at mail (dot) example.kr', 'k…@mail (dot) example.kr'],
    ['words with "at" stay', 'met at the rally', 'met at the rally'],
  ])('%s', (_why, input, expected) => {
    expect(maskContact(input)).toBe(expected);
  });
});
