// Properties of the reader on hostile bytes: it never crashes, numbers what it reads, and does not care how bytes arrive.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { UserError } from '../../src/errors.js';
import { chunkSizes, encodedExport } from './arbitraries.js';
import { readAll, type ReadResult } from './in-memory-run.js';

/** Reads, and turns a UserError into a value; any other error fails the property. */
async function readOrRefuse(bytes: Buffer, chunks?: number[]): Promise<ReadResult | UserError> {
  try {
    return await readAll(bytes, chunks);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

function expectWellNumbered(result: ReadResult): void {
  const { info, records } = result;
  let lastLine = info.headerLine;
  records.forEach((record, i) => {
    expect(record.row).toBe(i + 1);
    expect(record.line).toBeGreaterThan(lastLine);
    lastLine = record.line;
    if (record.kind === 'data') expect(record.cells.length).toBe(info.header.length);
    else expect(record.detail.length).toBeGreaterThan(0);
  });
}

const runs = (n: number): { numRuns: number } => ({ numRuns: Number(process.env.FUZZ_RUNS ?? n) });

describe('the reader on hostile input', () => {
  it('random bytes never crash it: records or a user error naming the file', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (array) => {
      const result = await readOrRefuse(Buffer.from(array));
      if (result instanceof UserError) expect(result.location.file).toBe('fuzz.csv');
      else expectWellNumbered(result);
    }), runs(300));
  });

  it('CSV-shaped text of quotes, delimiters, line ends, BOMs, NULs and many scripts, in any encoding, never crashes it', async () => {
    await fc.assert(fc.asyncProperty(encodedExport, async (bytes) => {
      const result = await readOrRefuse(bytes);
      if (!(result instanceof UserError)) expectWellNumbered(result);
    }), runs(300));
  });

  it.each([
    // The counterexample that broke an earlier CR CR LF fix: CRs mixed with quotes around the header.
    ['name|city\r|\r"\r\n"|\r|","\r'],
    ['name,email,country\r\r\nAnn,a@x,US\r\r\n'],
    ['"name\r",email\r\n"x\r\ny",b\r\nAnn,a@x\r\r\n'],
  ])('numbers the records after a header with lone CRs (%j)', async (text) => {
    const result = await readOrRefuse(Buffer.from(text));
    if (!(result instanceof UserError)) expectWellNumbered(result);
    for (const chunk of [1, 2, 5]) expect(await readOrRefuse(Buffer.from(text), [chunk])).toEqual(result);
  });

  it.each([
    // A quote left open across the header's lines: read fitted to the header, the header ended elsewhere and the
    // signers below it were dropped, or the header's own lines came back as rows, depending on the chunks.
    ['name,email,country\n"",",,伟ü,,,\r\n김",",\n"+,,",,\r\n,",\0"\n"\n👍🏽",,,\n'],
    // A line completing an open quote that arrives in a later chunk than the line before it.
    ['a,b,c,d,e\n"",",,伟ü,,,\r\n김",",\n"+,,",,\r\n,",\0"\n"\n👍🏽",,,\n'],
  ])('reads %j the same whole and in chunks of 1, 2, 3 and 7 bytes', async (text) => {
    const whole = await readOrRefuse(Buffer.from(text));
    if (!(whole instanceof UserError)) {
      expectWellNumbered(whole);
      expect(whole.records.length).toBeGreaterThan(0);
    }
    for (const chunk of [1, 2, 3, 7]) expect(await readOrRefuse(Buffer.from(text), [chunk])).toEqual(whole);
  });

  it('reads the same records however the bytes are cut into chunks (a multi-byte character or a CRLF split across reads)', async () => {
    await fc.assert(fc.asyncProperty(encodedExport, chunkSizes, async (bytes, chunks) => {
      const whole = await readOrRefuse(bytes);
      const chunked = await readOrRefuse(bytes, chunks);
      if (whole instanceof UserError) {
        expect(chunked).toBeInstanceOf(UserError);
        expect((chunked as UserError).message).toBe(whole.message);
      } else {
        expect(chunked).toEqual(whole);
      }
    }), runs(300));
  });
});
