// --sheet picks which sheets of a workbook are read as signers; it does not switch off the workbook's sheet of
// withdrawn signatures (outside tester A, F5: `--sheet "3월 집회"` counted the withdrawn person again, silently), and
// naming several sheets reads every one named (F6: `--sheet A --sheet B` kept only B, silently). Naming the withdrawal
// sheet itself keeps it one (tester I, F3); only --read-as-signers (`asSigners:`) counts its rows.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { rallyWorkbook } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; accepted: number; unique: number;
  rejectReasons: Record<string, number>;
}

async function count(args: string[]): Promise<{ code: number; counts: CountJson; stdout: string }> {
  const result = await runMain(['count', '--json', ...args]);
  return { code: result.code, counts: JSON.parse(result.stdout) as CountJson, stdout: result.stdout };
}

describe('--sheet and the workbook\'s sheet of withdrawn signatures', () => {
  it('the withdrawal sheet still applies to the sheet named: the withdrawn person is not counted, and its row is accounted for', async () => {
    const path = await rallyWorkbook(tempDir());
    const { counts } = await count([path, '--sheet', '3월 집회']);
    expect(counts).toMatchObject({ rows: 4, accepted: 2, unique: 2, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    const text = await runMain(['count', path, '--sheet', '3월 집회']);
    expect(text.stdout).toMatch(/unique signers\s+2\n/);
    expect(text.stdout).toMatch(/multi\.xlsx#철회\s+1\s+1\s+0\s+0/);
    expect(text.stderr).toContain(`${path}#3월 집회, row 2 (line 2): row of a withdrawn signer`);
  });

  // Outside tester I, F3: `--sheet 서명 --sheet 철회` read the withdrawals as signers and cancelled every one, silently.
  it('--sheet naming the withdrawal sheet too still reads it as withdrawals: the withdrawn person is not counted', async () => {
    const path = await rallyWorkbook(tempDir());
    const { counts } = await count([path, '--sheet', '3월 집회', '--sheet', '철회']);
    expect(counts).toMatchObject({ rows: 4, accepted: 2, unique: 2, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
    const text = await runMain(['count', path, '--sheet', '3월 집회', '--sheet', '철회']);
    expect(text.stdout).toMatch(/unique signers\s+2\n/);
    // The hint names the option that does count them, not --sheet alone (which no longer does).
    expect(text.stderr).toContain('if they are signatures after all, read that sheet with --sheet "철회" --read-as-signers "multi.xlsx"');
  });

  it('only --read-as-signers with --sheet reads the withdrawal sheet as signers', async () => {
    const path = await rallyWorkbook(tempDir());
    expect((await count([path, '--sheet', '철회'])).counts).toMatchObject({ rows: 1, accepted: 0, unique: 0, rejectReasons: { withdrawn_sheet: 1 } });
    const { counts } = await count([path, '--sheet', '철회', '--read-as-signers', path]);
    expect(counts).toMatchObject({ rows: 1, accepted: 1, unique: 1 });
    expect(counts.rejectReasons.withdrawn_sheet).toBeUndefined();
  });

  it('a campaign listing the workbook twice, sheet: 3월 집회 and sheet: 철회, keeps the withdrawal', async () => {
    const dir = tempDir();
    await rallyWorkbook(dir);
    const fixture = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
    const yaml = readFileSync(fixture, 'utf8').replace(/^sources:\n[\s\S]*?\n(?=\n# The officials)/m, 'sources:\n  - path: multi.xlsx\n    sheet: 3월 집회\n  - path: multi.xlsx\n    sheet: 철회\n');
    writeFileSync(join(dir, 'campaign.yaml'), yaml);
    const { counts } = await count(['--campaign', join(dir, 'campaign.yaml')]);
    expect(counts).toMatchObject({ rows: 4, unique: 2, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
  });

  it('a campaign source with sheet: counts as --sheet does', async () => {
    const dir = tempDir();
    await rallyWorkbook(dir);
    const fixture = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
    const yaml = readFileSync(fixture, 'utf8').replace(/^sources:\n[\s\S]*?\n(?=\n# The officials)/m, 'sources:\n  - path: multi.xlsx\n    sheet: 3월 집회\n');
    writeFileSync(join(dir, 'campaign.yaml'), yaml);
    const { counts } = await count(['--campaign', join(dir, 'campaign.yaml')]);
    expect(counts).toMatchObject({ rows: 4, unique: 2, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
  });
});

describe('--sheet given more than once', () => {
  it('reads every sheet named (with the withdrawal sheet once), the same with FILE=SHEET', async () => {
    const path = await rallyWorkbook(tempDir());
    const expected = { rows: 6, accepted: 3, unique: 3, rejectReasons: { withdrawn: 2, withdrawn_sheet: 1 } };
    expect((await count([path, '--sheet', '3월 집회', '--sheet', '부산'])).counts).toMatchObject(expected);
    expect((await count([path, '--sheet', `${path}=3월 집회`, '--sheet', `${path}=부산`])).counts).toMatchObject(expected);
    const text = await runMain(['count', path, '--sheet', '3월 집회', '--sheet', '부산']);
    expect(text.stdout).toMatch(/multi\.xlsx#3월 집회\s+3\s+1\s+0\s+2/);
    expect(text.stdout).toMatch(/multi\.xlsx#부산\s+2\s+1\s+0\s+1/);
  });

  it('FILE=SHEET still picks a sheet per workbook when several are given', async () => {
    const dir = tempDir();
    const first = await rallyWorkbook(dir, { file: 'seoul.xlsx' });
    const second = await rallyWorkbook(dir, { file: 'busan.xlsx' });
    const text = await runMain(['count', first, second, '--sheet', 'seoul.xlsx=3월 집회', '--sheet', 'busan.xlsx=부산']);
    expect(text.stdout).toMatch(/seoul\.xlsx#3월 집회\s+3/);
    expect(text.stdout).not.toMatch(/seoul\.xlsx#부산/);
    expect(text.stdout).not.toMatch(/busan\.xlsx#3월 집회/);
  });

  it('inspect, which shows one sheet, refuses two (exit 2) rather than show one of them', async () => {
    const path = await rallyWorkbook(tempDir());
    const result = await runMain(['inspect', path, '--sheet', '3월 집회', '--sheet', '부산']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inspect shows one sheet at a time, and --sheet names "3월 집회", "부산"');
  });
});
