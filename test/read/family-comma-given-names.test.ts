// verifyS1 F7: a one-column list of "Family, Given" names was read as two columns, its first name taken for the header,
// and refused with `try --map name="Berg"`: a signer's name in the hint. "Name,City" above such rows was passed over too.
import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { UserError } from '../../src/errors.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { findHeader } from '../../src/read/find-header.js';
import { openExport } from '../../src/read/open-export.js';
import type { DecodedRecord } from '../../src/types.js';

async function readAll(text: string) {
  const reader = await openExport({ path: 'names.csv', open: () => Readable.from([Buffer.from(text)]) });
  const records: DecodedRecord[] = [];
  for await (const record of reader.records()) records.push(record);
  return { header: reader.info.header, cells: records.flatMap((r) => (r.kind === 'data' ? [r.cells] : [])) };
}

describe('a one-column list of names written "Family, Given"', () => {
  it.each([
    ['unquoted', 'Name\nBerg, Anna\nIvers, Bert\nLund, Cora\n', ['Berg, Anna', 'Ivers, Bert', 'Lund, Cora']],
    ['quoted', 'Name\n"Berg, Anna"\n"Ivers, Bert"\n"Lund, Cora"\n', ['Berg, Anna', 'Ivers, Bert', 'Lund, Cora']],
    ['with semicolons, under a Korean header', '이름\n김; 민지\n박; 서준\n', ['김; 민지', '박; 서준']],
    ['some names without the comma', 'Name\nBerg, Anna\nBert Ivers\n', ['Berg, Anna', 'Bert Ivers']],
  ])('%s: line 1 is the header and each line one name', async (_label, text, names) => {
    const { header, cells } = await readAll(text);
    expect(header).toHaveLength(1);
    expect(cells).toEqual(names.map((name) => [name]));
  });

  it('a two-column table under one header cell is not read as one column when its rows hold emails', async () => {
    const { header } = await readAll('Name\nBerg,anna@example.com\nIvers,bert@example.com\n');
    expect(header).not.toHaveLength(1);
  });

  it('"Name,City" above rows one cell wider (the name\'s comma) is the header, the rows broken', () => {
    const records = ['Name,City', 'Berg, Anna,Oslo', 'Ivers, Bert,Oslo', 'Lund, Cora,Bergen'].map((line) => ({ cells: line.split(',') }));
    expect(findHeader(records)).toBe(0);
  });
});

describe('a first line of no column name we know', () => {
  it('is listed masked, with no --map naming a signer', () => {
    let error: unknown;
    try {
      detectFormat(['Berg', 'Anna'], { file: 'names.csv' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    const { message } = error as UserError;
    expect(message).not.toMatch(/Berg|Anna|--map name=/);
    expect(message).toContain('"B…", "A…"');
  });
});
