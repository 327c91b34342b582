import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { openExport } from '../../src/read/open-export.js';
import type { DecodedRecord } from '../../src/types.js';

// SpeakOut's export (FORMATS.md): BOM FF FE, UTF-16LE, TAB, LF, every value in quotes, inner quotes not escaped.
const HEADER = ['First Name', 'Last Name', 'Email Address', 'Street Address', 'City', 'State', 'Post Code', 'Country', 'Custom Field',
  'Date Signed', 'Confirmed', 'Petition Title', 'Petition ID', 'Email Opt-in', 'Custom Message', 'Language'];
const line = (values: string[]) => values.map((value) => `"${value}"`).join('\t');
const signer = (i: number, message: string) => line([`Sofia${String.fromCharCode(65 + i)}`, 'Tester', `so${i}@example.org`, '', 'Lyon', '',
  '69001', 'FR', '', '2025-11-01 10:00:00', '1', 'Stop', '7', '1', message, 'fr_FR']);

function speakOut(messages: Record<number, string>, count = 8): Buffer {
  const lines = [line(HEADER), ...Array.from({ length: count }, (_, i) => signer(i, messages[i] ?? 'ok'))];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\n')}\n`, 'utf16le')]);
}

async function read(bytes: Buffer): Promise<string[]> {
  const reader = await openExport({ path: 'speakout.csv', open: () => Readable.from([bytes]) });
  const records: DecodedRecord[] = [];
  for await (const record of reader.records()) records.push(record);
  return records.map((r) => (r.kind === 'data' ? `${r.line}: ${r.cells[2]} | ${r.cells[14]} | ${r.cells[15]}` : `${r.line}: ! ${r.reason}`));
}

describe('a SpeakOut export whose Custom Message holds quotes (verifyR1 F-M4)', () => {
  it('reads a message with line breaks and an inner quote as that message, inventing no row', async () => {
    const records = await read(speakOut({ 3: 'first\nsecond "q" third\nfourth' }));
    expect(records).toHaveLength(8);
    expect(records[3]).toBe('5: so3@example.org | first\nsecond "q" third\nfourth | fr_FR');
    expect(records[4]).toBe('8: so4@example.org | ok | fr_FR');
  });

  it('reads a TAB typed between inner quotes as part of the message, keeping the signer', async () => {
    const records = await read(speakOut({ 2: 'he wrote "\t" here', 5: 'a "\t"b' }));
    expect(records).toHaveLength(8);
    expect(records[2]).toBe('4: so2@example.org | he wrote "\t" here | fr_FR');
    expect(records[5]).toBe('7: so5@example.org | a "\t"b | fr_FR');
  });

  it('still reads the rest of the hard messages as before: a quote at the end, a lone quote, a line that looks like a row', async () => {
    const records = await read(speakOut({ 1: 'ends with quote "', 2: '"', 4: 'multi\n"Sofia Z"\t"x"\nend' }));
    expect(records.filter((r) => r.includes('!'))).toEqual([]);
    expect(records).toHaveLength(8);
    expect(records[1]).toBe('3: so1@example.org | ends with quote " | fr_FR');
  });
});
