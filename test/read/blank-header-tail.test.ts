import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { UserError } from '../../src/errors.js';
import { openExport } from '../../src/read/open-export.js';
import type { DecodedRecord } from '../../src/types.js';

const input = (text: string) => ({ path: 'wide.csv', open: () => Readable.from([Buffer.from(text)]) });

describe('a header padded with blank cells (verifyR1 F-M3)', () => {
  it('keeps no more than 25,000 columns of a blank tail, and reads the rows', async () => {
    const reader = await openExport(input(`name,email,city${','.repeat(100_000)}\nAda Lovelace,ada@example.com,Paris\nBob Smith,bob@example.com,Rome${','.repeat(100_000)}\n`));
    expect(reader.info.header).toHaveLength(25_000);
    const records: DecodedRecord[] = [];
    for await (const record of reader.records()) records.push(record);
    expect(records.map((r) => (r.kind === 'data' ? r.cells.slice(0, 3).join(' | ') : r.reason))).toEqual(['Ada Lovelace | ada@example.com | Paris', 'Bob Smith | bob@example.com | Rome']);
  });

  it('refuses a header whose named columns reach past 25,000 columns through blank ones', async () => {
    await expect(openExport(input(`name,email${','.repeat(30_000)}city\nAda Lovelace,ada@example.com\n`))).rejects.toThrow(UserError);
    await expect(openExport(input(`name,email${','.repeat(30_000)}city\nAda Lovelace,ada@example.com\n`))).rejects.toThrow('30,002 columns');
  });
});
