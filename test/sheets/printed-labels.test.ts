import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** A register of two 16-line sheets, and `count` of a typed file with the given text against it, in a folder removed after. */
async function countTyped(typed: string, extra: string[] = []) {
  const dir = tempDir();
  try {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 2, language: 'es', lines: 16, printed: '2026-03-01T09:00:00.000Z' });
    const registerPath = join(dir, 'sheet-register.json');
    await writeSheetRegister(registerPath, register);
    const file = join(dir, 'typed.csv');
    const [a] = added.sheets;
    writeFileSync(file, typed.replaceAll('{a}', a));
    return await runMain(['count', file, '--sheet-register', registerPath, '--json', ...extra]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rowsOf = (header: string) => `${header}\n{a},1,Ana Lima,Lima,PE\nNKR-07-999-Z,40,Bea Ruiz,Lima,PE\n{a},1,Carla Paz,Lima,PE\n`;

describe('typed-up sheets headed with the labels printed on the sheet', () => {
  it.each([
    ['es', 'ID de hoja,N.º,Nombre completo,Ciudad,País'],
    ['ko', '서명지 번호,줄 번호,이름,도시,국가'],
    ['ko, the line column as printed', '서명지 번호,번호,이름,도시,국가'],
    ['en', 'Sheet ID,No.,Full name,City,Country'],
  ])('checks the sheet and line columns of a %s header against the register', async (_language, header) => {
    const result = await countTyped(rowsOf(header));
    expect(result.code).toBe(1);
    const counts = JSON.parse(result.stdout) as { rejected: number; accepted: number };
    expect(counts).toMatchObject({ accepted: 1, rejected: 2 });
  });

  it('takes the sheet and line columns from --map sheet=… --map line=…', async () => {
    const result = await countTyped(rowsOf('hoja física,renglón,nombre,ciudad,país'), ['--map', 'sheet=hoja física', '--map', 'line=renglón']);
    expect(JSON.parse(result.stdout)).toMatchObject({ accepted: 1, rejected: 2 });
  });

  it('warns when a register is given but the sheet IDs sit in a column it does not know', async () => {
    const result = await countTyped(rowsOf('hoja física,renglón,nombre,ciudad,país'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/hoja física/);
    expect(result.stderr).toMatch(/--map sheet=/);
  });
});
