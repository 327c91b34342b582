import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatSheetId } from '../../src/sheets/sheet-id.js';
import { addBatch, readSheetRegister, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { createLineChecker, transcriptionColumns, transcriptionTemplate } from '../../src/sheets/transcription.js';
import { tempDir } from '../helpers/fixtures.js';

const EMPTY = { code: 'NKR', batches: [], returned: {} };
const printed = '2026-03-01T09:00:00.000Z';

/** `petition count` of one typed row against a register written as given (a hand edit), in a folder removed after. */
async function countAgainstRegister(registerData: object, typedRow: string): Promise<{ result: { code: number; stderr: string }; register: string }> {
  const { runMain } = await import('../helpers/run-main.js');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'petition-register-'));
  try {
    const register = join(dir, 'sheet-register.json');
    writeFileSync(register, JSON.stringify(registerData));
    writeFileSync(join(dir, 'typed.csv'), `sheet,line,name\n${typedRow}\n`);
    return { result: await runMain(['count', join(dir, 'typed.csv'), '--sheet-register', register]), register };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the sheet register', () => {
  it('numbers batches one after another and lists each sheet ID', () => {
    const first = addBatch(EMPTY, { count: 3, language: 'ko', lines: 16, printed });
    const second = addBatch(first.register, { count: 2, language: 'en', lines: 19, printed });
    expect(first.added.sheets).toEqual([1, 2, 3].map((sequence) => formatSheetId({ code: 'NKR', batch: 1, sequence })));
    expect(second.added).toMatchObject({ batch: 2, language: 'en', lines: 19, sheets: [formatSheetId({ code: 'NKR', batch: 2, sequence: 1 }), formatSheetId({ code: 'NKR', batch: 2, sequence: 2 })] });
    expect(EMPTY.batches).toEqual([]);
  });

  it('is written whole and read back; a missing register is an empty one', async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'sheet-register.json');
      expect(await readSheetRegister(path, 'NKR')).toEqual(EMPTY);
      const { register } = addBatch(EMPTY, { count: 2, language: 'ko', lines: 16, printed });
      await writeSheetRegister(path, register);
      expect(await readSheetRegister(path, 'OTHER')).toEqual(register);
      expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(4);
      expect(statSync(path).isFile()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a register printed before check version 2 (adv14 D1)', () => {
  it('keeps its sheets valid with their one check character, and numbers new batches with two', async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'sheet-register.json');
      const { writeFileSync } = await import('node:fs');
      const old = { batch: 1, printed, language: 'ko', lines: 16, sheets: ['NKR-01-001-E', 'NKR-01-002-C'] };
      writeFileSync(path, JSON.stringify({ version: 1, code: 'NKR', batches: [old], returned: {} }));
      const { register, added } = addBatch(await readSheetRegister(path, 'NKR'), { count: 1, language: 'ko', lines: 16, printed });
      expect(added).toMatchObject({ check: 2, sheets: [formatSheetId({ code: 'NKR', batch: 2, sequence: 1 }, 2)] });
      expect(added.sheets[0]).toMatch(/^NKR-02-001-[0-9A-Z]{2}$/);
      await writeSheetRegister(path, register);
      const check = createLineChecker(await readSheetRegister(path, 'NKR'), 'NKR');
      expect(check('NKR-01-002-C', '3')).toMatchObject({ ok: true, sheet: 'NKR-01-002-C' });
      expect(check(added.sheets[0], '3')).toMatchObject({ ok: true, sheet: added.sheets[0] });
      expect(check(formatSheetId({ code: 'NKR', batch: 2, sequence: 1 }, 1), '3')).toMatchObject({ ok: false, reason: 'unknown_sheet' });
      // A check version changed by hand makes the batch's IDs wrong for it: named, like any hand edit.
      const edited = JSON.parse(readFileSync(path, 'utf8'));
      delete edited.batches[1].check;
      writeFileSync(path, JSON.stringify(edited));
      await expect(readSheetRegister(path, 'NKR')).rejects.toThrow('batch 2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('typed-up sheets', () => {
  const { register } = addBatch(EMPTY, { count: 2, language: 'ko', lines: 16, printed });
  const [sheet1, sheet2] = register.batches[0].sheets;

  it('the template has the sheet and line columns, and they are found again', () => {
    const template = transcriptionTemplate(['name', 'city', 'country']);
    expect(template).toBe('\uFEFFsheet,line,name,city,country,anonymous,date\r\n');
    expect(transcriptionColumns(['Sheet', 'Line', 'name'])).toEqual({ sheet: 0, line: 1 });
    expect(transcriptionColumns(['name', 'city'])).toBeNull();
  });

  it('accepts a registered sheet and line, and rejects every other case with its reason', () => {
    const check = createLineChecker(register);
    const first = check(sheet1, '7');
    expect(first).toMatchObject({ ok: true, sheet: sheet1, line: 7 });
    if (first.ok) first.claim('typed.csv row 3');
    expect(check(sheet1, '7')).toMatchObject({ ok: false, reason: 'line_typed_twice', detail: `sheet ${sheet1}, line 7 was already typed (typed.csv row 3)` });
    expect(check(sheet2.toLowerCase(), ' 7 ')).toMatchObject({ ok: true, sheet: sheet2, line: 7 });
    expect(check(sheet1, '17')).toMatchObject({ ok: false, reason: 'line_not_on_sheet', detail: `line "17" is not on sheet ${sheet1} (lines 1 to 16)` });
    expect(check(sheet1, 'seven')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    // Number() would read these as 16 and 10.
    expect(check(sheet1, '0x10')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    expect(check(sheet1, '1e1')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    // A line number as volunteers type it (outside tester D, F13): Excel's "5.0", "6번", "No. 8", "#9", "10.".
    for (const [typed, line] of [['5.0', 5], ['6번', 6], ['11번째', 11], ['12 줄', 12], ['No. 8', 8], ['#9', 9], ['10.', 10]] as const) {
      expect([typed, check(sheet2, typed)]).toMatchObject([typed, { ok: true, line }]);
    }
    expect(check(sheet2, '5.5')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    expect(check(sheet2, '5번 6번')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    const typo = `${sheet1.slice(0, -1)}${sheet1.endsWith('A') ? 'B' : 'A'}`;
    expect(check(typo, '1')).toMatchObject({ ok: false, reason: 'bad_check_digit' });
    expect(check(formatSheetId({ code: 'NKR', batch: 9, sequence: 1 }), '1')).toMatchObject({ ok: false, reason: 'unknown_sheet', detail: expect.stringContaining('is not in the sheet register') });
    expect(check('12', '1')).toMatchObject({ ok: false, reason: 'unknown_sheet', detail: expect.stringContaining('is not a sheet ID') });
  });

  it('reads an ID and a line typed with a Korean keyboard\'s full-width characters or typographic dashes', () => {
    const check = createLineChecker(register);
    const fullWidth = [...sheet1].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    expect(check(fullWidth, '７')).toMatchObject({ ok: true, sheet: sheet1, line: 7 });
    expect(check(sheet2.replace(/-/g, '\u2013'), '8')).toMatchObject({ ok: true, sheet: sheet2, line: 8 });
  });

  it('without a register, still rejects a line beyond any printed sheet and a number too long to be exact', () => {
    const check = createLineChecker(null);
    expect(check(sheet1, '16')).toMatchObject({ ok: true, line: 16 });
    expect(check(sheet1, '1000')).toMatchObject({ ok: false, reason: 'line_not_on_sheet', detail: `line "1000" is not on sheet ${sheet1} (lines 1 to 999)` });
    expect(check(sheet1, '99999999999999999999')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
    expect(check(sheet1, '9007199254740993')).toMatchObject({ ok: false, reason: 'line_not_on_sheet' });
  });

  it('says an empty sheet ID is empty: each row needs its sheet\'s ID', () => {
    const check = createLineChecker(register);
    expect(check('  ', '3')).toMatchObject({ ok: false, reason: 'unknown_sheet', detail: 'the sheet ID is empty: type the ID from the foot of the sheet on every row, not only the first' });
  });
});

describe('a rejected row does not take its paper line', () => {
  it('leaves the line to the corrected retyping when the first typing was rejected (no name)', async () => {
    const { runMain } = await import('../helpers/run-main.js');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'petition-typed-'));
    try {
      const file = join(dir, 'typed.csv');
      const sheet = formatSheetId({ code: 'NKR', batch: 1, sequence: 1 });
      writeFileSync(file, `sheet,line,name,city,country\n${sheet},5,,Seoul,KR\n${sheet},5,Real Name,Seoul,KR\n`);
      const result = await runMain(['count', file, '--json']);
      const counts = JSON.parse(result.stdout);
      expect(counts.rejectReasons).toEqual({ no_name: 1 });
      expect(counts.unique).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('petition sheets refuses what it cannot print', () => {
  it('names the languages it prints in', async () => {
    const { runMain } = await import('../helpers/run-main.js');
    const { fileURLToPath } = await import('node:url');
    const campaign = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
    const result = await runMain(['sheets', '--campaign', campaign, '--language', 'fr', '-o', '/nonexistent/sheets.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('sheets can be printed in en, ko, es; got --language fr');
  });
});

describe('a sheet register edited by hand', () => {
  it.each([
    ['sheets not a list', { batch: 1, printed: '2025-11-01T00:00:00Z', language: 'ko', lines: 16, sheets: 'NKR-01-001-E' }, 'batch 1: "sheets" is not a list of sheet IDs'],
    ['no line count', { batch: 1, printed: '2025-11-01T00:00:00Z', language: 'ko', sheets: ['NKR-01-001-E'] }, 'batch 1: "lines" is not a whole number of lines'],
    ['no print date', { batch: 1, language: 'ko', lines: 16, sheets: ['NKR-01-001-E'] }, 'batch 1: "printed" is not a date'],
  ])('is refused naming what is wrong (%s), not read as if any line fitted', async (_, batch, problem) => {
    const { result, register } = await countAgainstRegister({ version: 1, code: 'NKR', batches: [batch], returned: {} }, 'NKR-01-001-E,99,Ana Lima');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${register}: the sheet register is not valid (${problem})`);
  });
});

describe('a sheet register whose IDs, code, returned sheets or version were changed by hand', () => {
  // Batches without a "check" were printed with one check character (version 1).
  const ids = (code: string, batch: number, count: number) => Array.from({ length: count }, (_, i) => formatSheetId({ code, batch, sequence: i + 1 }, 1));
  const batch = (number: number, sheets: string[]) => ({ batch: number, printed: '2025-11-01T00:00:00Z', language: 'ko', lines: 16, sheets });
  const wrongCheck = (id: string) => id.slice(0, -1) + (id.endsWith('A') ? 'B' : 'A');
  it.each([
    ['a wrong check character', { code: 'NKR', batches: [batch(1, [ids('NKR', 1, 2)[0], wrongCheck(ids('NKR', 1, 2)[1])])] }, 'batch 1: "sheets" holds'],
    ['a sheet of another batch added', { code: 'NKR', batches: [batch(1, [...ids('NKR', 1, 2), ids('NKR', 2, 1)[0]]), batch(2, ids('NKR', 2, 1))] }, 'batch 1: "sheets" holds'],
    ['a code that is not the IDs\' code', { code: 'ABC', batches: [batch(1, ids('NKR', 1, 2))] }, 'batch 1: "sheets" holds'],
    ['a returned sheet in no batch', { code: 'NKR', batches: [batch(1, ids('NKR', 1, 2))], returned: { [ids('NKR', 3, 1)[0]]: '2025-11-02T00:00:00Z' } }, '"returned" names'],
    ['a version this program does not write', { version: 5, code: 'NKR', batches: [batch(1, ids('NKR', 1, 2))] }, '"version" is 5'],
    ['a check version this program does not know', { code: 'NKR', batches: [{ ...batch(1, ids('NKR', 1, 2)), check: 7 }] }, 'batch 1: "check" is 7'],
  ])('is refused naming the batch and field (%s)', async (_, data, problem) => {
    const { result, register } = await countAgainstRegister({ version: 1, returned: {}, ...data }, `${ids('NKR', 1, 1)[0]},1,Ana Lima`);
    expect(result.stderr).toContain(`${register}: the sheet register is not valid (${problem}`);
    expect(result.code).toBe(2);
  });
});

describe('a sheet register whose line count was changed after printing', () => {
  /** The register as `petition sheets` writes it (one batch of 16-line sheets), with `edit` applied to its first batch. */
  async function printedThenEdited(edit: (batch: Record<string, unknown>) => void): Promise<object> {
    const dir = tempDir();
    try {
      const path = join(dir, 'sheet-register.json');
      await writeSheetRegister(path, addBatch(EMPTY, { count: 2, language: 'ko', lines: 16, printed }).register);
      const data = JSON.parse(readFileSync(path, 'utf8')) as { batches: Array<Record<string, unknown>> };
      edit(data.batches[0]);
      return data;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sheet = formatSheetId({ code: 'NKR', batch: 1, sequence: 1 });

  it('is refused naming the batch, so line 25 of a 16-line sheet is not let through', async () => {
    const { result, register } = await countAgainstRegister(await printedThenEdited((b) => { b.lines = 30; }), `${sheet},25,Ana Lima`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${register}: the sheet register is not valid (batch 1 was changed after it was printed`);
  });

  it('as is a batch whose seal was taken away', async () => {
    const { result } = await countAgainstRegister(await printedThenEdited((b) => { delete b.seal; }), `${sheet},2,Ana Lima`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('batch 1 has no "seal"');
  });

  it('untouched, it rejects a line over the printed count with its reason and counts the lines printed', async () => {
    const { result } = await countAgainstRegister(await printedThenEdited(() => undefined), `${sheet},17,Ana Lima\n${sheet},16,Ben Kim`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`line "17" is not on sheet ${sheet} (lines 1 to 16)`);
  });
});

describe('typed sheets and the register they are checked against', () => {
  it('--sheet-register naming no file says the file does not exist', async () => {
    const { runMain } = await import('../helpers/run-main.js');
    const dir = tempDir();
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, 'typed.csv'), 'sheet,line,name\nNKR-01-001-E,1,Ana Lima\n');
      const result = await runMain(['count', join(dir, 'typed.csv'), '--sheet-register', join(dir, 'nope.json')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${join(dir, 'nope.json')}: no such sheet register`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a sheet printed under another code than the campaign\'s now, naming both codes', () => {
    const check = createLineChecker({ ...EMPTY, ...addBatch(EMPTY, { count: 1, language: 'ko', lines: 16, printed }).register }, 'ABC');
    const [sheet] = addBatch(EMPTY, { count: 1, language: 'ko', lines: 16, printed }).register.batches[0].sheets;
    expect(check(sheet, '1')).toMatchObject({ ok: false, reason: 'unknown_sheet', detail: expect.stringMatching(/code NKR.*code is now ABC/) });
  });
});
