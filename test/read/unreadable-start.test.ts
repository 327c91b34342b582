// verifyS1 F9, F10: a header whose quote never closes was refused as "no header row" quoting a signer's cells, and an
// empty pipe (its command failed) or file as "no column holds the signer's name; columns are: (none)".
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { UserError } from '../../src/errors.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { openExport } from '../../src/read/open-export.js';

const rows = Array.from({ length: 15 }, (_, i) => `Anna Berg${i},p${i}@example.com,Seoul,fine`).join('\n');

async function refusal(text: string): Promise<UserError> {
  const error = await openExport({ path: 'list.csv', open: () => Readable.from([Buffer.from(text)]) }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('a header whose quote never closes', () => {
  it('is refused naming the line, quoting no signer', async () => {
    const error = await refusal(`Name,Email,"City,Comment\n${rows}\n`);
    expect(error.message).toMatch(/quote opened in the header on line 1 never closes/);
    expect(error.message).not.toMatch(/Anna|example\.com/);
  });

  it('a header cell quoted over two lines, or a quote mid-word, is read', async () => {
    await expect(openExport({ path: 'a.csv', open: () => Readable.from([Buffer.from(`Name,Email,"City\nTown",Comment\n${rows}\n`)]) })).resolves.toBeDefined();
    await expect(openExport({ path: 'b.csv', open: () => Readable.from([Buffer.from(`Name,Email,City,Height 5"\n${rows}\n`)]) })).resolves.toBeDefined();
  });
});

describe('nothing to read', () => {
  it.each([
    ['-', /standard input is empty or closed/],
    ['list.csv', /the file is empty/],
  ])('%s is said to be empty, not to lack a name column', (file, says) => {
    let error: unknown;
    try {
      detectFormat([], { file });
    } catch (caught) {
      error = caught;
    }
    expect((error as UserError).message).toMatch(says);
    expect((error as UserError).message).not.toMatch(/column/);
  });
});
