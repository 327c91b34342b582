import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { openSources } from '../../src/read/open-sources.js';
import { UserError } from '../../src/errors.js';
import { english } from '../../src/i18n/translator.js';

async function refusal(path: string, bytes: Buffer): Promise<string> {
  try {
    await openSources({ path, open: () => Readable.from([bytes]) });
  } catch (error) {
    if (error instanceof UserError) return english().say(error.text);
    throw error;
  }
  return 'read';
}

describe('files beside a workbook that are not one', () => {
  // Excel writes the same owner file beside a CSV it has open (adv14c N9).
  it.each(['~$typed-ko.xlsx', '~$typed.csv', '~$typed.tsv'])("names Excel's lock file %s as such, without reading it as text", async (name) => {
    const owner = Buffer.alloc(165, 0x20);
    owner[0] = 7;
    owner.write('minjipk', 1, 'latin1');
    owner.write('minjipk', 55, 'utf16le');
    const said = await refusal(`/x/${name}`, owner);
    expect(said).toContain('lock file');
    expect(said).toContain(name.slice(2));
    expect(said).not.toContain('minjipk');
  });

  it('says a truncated .xlsx is a damaged workbook, not a zip to unpack', async () => {
    const said = await refusal('/x/trunc.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1'));
    expect(said).toMatch(/damaged/);
    expect(said).not.toMatch(/unpack/);
  });
});

describe("Excel's lock file among the files counted (adv14b N8)", () => {
  it('is skipped with a one-line notice when other files are given, as `count *.xlsx` does', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runMain } = await import('../helpers/run-main.js');
    const dir = mkdtempSync(join(tmpdir(), 'petition-test-'));
    try {
      const owner = Buffer.alloc(165, 0x20);
      owner[0] = 7;
      owner.write('minjipk', 1, 'latin1');
      owner.write('minjipk', 55, 'utf16le');
      writeFileSync(join(dir, '~$typed-ko.xlsx'), owner);
      writeFileSync(join(dir, 'typed-ko.csv'), 'name,city,country\n김민준,서울,KR\n');
      const result = await runMain(['count', join(dir, '~$typed-ko.xlsx'), join(dir, 'typed-ko.csv'), '--json']);
      expect(JSON.parse(result.stdout)).toMatchObject({ rows: 1, unique: 1 });
      const notices = result.stderr.split('\n').filter((line) => line.includes('~$typed-ko.xlsx'));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/lock file/);
      expect(result.stderr).not.toMatch(/minjipk/);
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
