// The zip reader's parts when the file under them fails: the error reaches the part's reader, never Node's top level.
import { describe, expect, it } from '@jest/globals';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openZipDirectory } from '../../../src/read/workbook/zip-directory.js';
import { exportPath, tempDir } from '../../helpers/fixtures.js';

async function drain(stream: Readable): Promise<number> {
  let bytes = 0;
  for await (const chunk of stream) bytes += (chunk as Buffer).length;
  return bytes;
}

const closed = (stream: Readable) => new Promise<void>((resolve) => (stream.closed ? resolve() : stream.once('close', () => resolve())));

describe('zip parts over a file that goes away (a spooled pipe removed once the run failed)', () => {
  it('a part read after its file is gone fails with the file error, and one closed unread stays quiet', async () => {
    const bytes = readFileSync(exportPath('seoul-rally.xlsx'));
    const gone = join(tempDir(), 'source-1');
    const opened: Readable[] = [];
    let removed = false;
    const zip = await openZipDirectory(() => {
      const stream = removed ? createReadStream(gone) : Readable.from([bytes]);
      opened.push(stream);
      return stream;
    });
    removed = true;
    const workbook = zip.entries.find((entry) => entry.path === 'xl/workbook.xml')!;

    await expect(drain(zip.openPart(workbook).stream)).rejects.toThrow(/ENOENT/);
    // The way a failed run leaves a part: closed before its file was opened, the file removed.
    zip.openPart(workbook).close();
    await Promise.all(opened.map(closed));
  });
});
