import { describe, expect, it } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { appendLedger } from '../../src/ledger/append-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { runBatch } from '../../src/batch/run-batch.js';
import { UserError } from '../../src/errors.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';
import { followupCopy } from '../batch/followup-fixture.js';

const tempLedger = () => join(tempDir(), '.petition', 'ledger.jsonl');

/** What Notepad's "Unicode" or PowerShell 5's Set-Content does to a UTF-8 ledger: UTF-16LE with a BOM, CRLF. */
async function resaveAsUtf16(path: string): Promise<void> {
  const text = (await fsp.readFile(path, 'utf8')).replaceAll('\n', '\r\n');
  await fsp.writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

async function damageFirstLine(path: string): Promise<void> {
  const text = await fsp.readFile(path, 'utf8');
  await fsp.writeFile(path, text.replace(/^\{"delivery"/, '{"delivery"~'));
}

describe('a ledger re-saved or damaged by hand', () => {
  it('reads a ledger re-saved as UTF-16LE with CRLF line ends', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    await appendLedger(path, makeEntry('embassy-2026', makeKeys(2, 'b')));
    await resaveAsUtf16(path);
    const ledger = await readLedger(path);
    expect(ledger.entries.map((e) => e.delivery)).toEqual(['embassy-2025', 'embassy-2026']);
    expect(ledger.problems).toEqual([]);
  });

  it('refuses to mark a delivery of a UTF-16 ledger again, and appends a new one in the ledger\'s own encoding', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    await resaveAsUtf16(path);
    await expect(appendLedger(path, makeEntry('embassy-2025', makeKeys(4, 'c')))).rejects.toThrow(/already marked delivered/);
    await appendLedger(path, makeEntry('embassy-2026', makeKeys(2, 'b')));
    const bytes = await fsp.readFile(path);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).not.toMatch(/[^\r]\n/);
    expect((await readLedger(path)).entries.map((e) => e.delivery)).toEqual(['embassy-2025', 'embassy-2026']);
  });

  it('refuses to append to a ledger with an unreadable line, naming the line, and leaves it as it was', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    await damageFirstLine(path);
    const before = await fsp.readFile(path);
    const refusal = appendLedger(path, makeEntry('embassy-2025', makeKeys(4, 'c')));
    await expect(refusal).rejects.toThrow(UserError);
    await expect(refusal).rejects.toThrow(/line 1/);
    expect(await fsp.readFile(path)).toEqual(before);
  });

  it('makes batch refuse to run (so it cannot overwrite a delivered packet) when a ledger line is unreadable', async () => {
    const copy = followupCopy();
    const ledger = ledgerPath(copy.campaign);
    await appendLedger(ledger, makeEntry('un-2025', makeKeys(3, 'a')));
    await damageFirstLine(ledger);
    const calls: string[] = [];
    const build = async (request: { deliveryId?: string }): Promise<never> => {
      calls.push(request.deliveryId as string);
      throw new Error('must not build');
    };
    const run = runBatch({ campaignPath: copy.campaign, outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2026-01-05T00:00:00Z'), toolVersion: 't', build });
    await expect(run).rejects.toThrow(/unreadable line 1/);
    expect(calls).toEqual([]);
  });
});
