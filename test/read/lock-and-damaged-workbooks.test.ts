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
  it("names Excel's lock file ~$name.xlsx as such, without reading it as text", async () => {
    const owner = Buffer.alloc(165, 0x20);
    owner[0] = 7;
    owner.write('minjipk', 1, 'latin1');
    owner.write('minjipk', 55, 'utf16le');
    const said = await refusal('/x/~$typed-ko.xlsx', owner);
    expect(said).toMatch(/lock file.*typed-ko\.xlsx/);
  });

  it('says a truncated .xlsx is a damaged workbook, not a zip to unpack', async () => {
    const said = await refusal('/x/trunc.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1'));
    expect(said).toMatch(/damaged/);
    expect(said).not.toMatch(/unpack/);
  });
});
