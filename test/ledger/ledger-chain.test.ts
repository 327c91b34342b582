// Each ledger line is sealed after the one before it: a line deleted (a sync conflict, a hand edit), moved or
// inserted breaks the chain, and the ledger is then refused for writing as for an unreadable line.
import { describe, expect, it } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { appendLedger } from '../../src/ledger/append-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { ledgerLine } from '../../src/ledger/ledger-entry.js';
import { keyerFromSecret } from '../../src/ledger/signer-secret.js';
import { UserError } from '../../src/errors.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';

const keyer = keyerFromSecret(Buffer.alloc(32, 7));
const tempLedger = () => join(tempDir(), '.petition', 'ledger.jsonl');
const remove = (path: string) => fsp.rm(dirname(dirname(path)), { recursive: true, force: true });

async function threeLines(path: string): Promise<string[]> {
  await appendLedger(path, makeEntry('a-2025', makeKeys(3, 'a')), keyer);
  await appendLedger(path, makeEntry('b-2026', makeKeys(2, 'b')), keyer);
  await appendLedger(path, makeEntry('c-2027', makeKeys(4, 'c')), keyer);
  return (await fsp.readFile(path, 'utf8')).split(/(?<=\n)/);
}

describe('the chain of ledger lines', () => {
  it('reads a ledger written line after line with no problem', async () => {
    const path = tempLedger();
    try {
      await threeLines(path);
      const ledger = await readLedger(path);
      expect(ledger.entries.map((e) => e.delivery)).toEqual(['a-2025', 'b-2026', 'c-2027']);
      expect(ledger.problems).toEqual([]);
    } finally {
      await remove(path);
    }
  });

  it.each([
    ['the first line deleted', (l: string[]) => [l[1], l[2]], 1],
    ['a middle line deleted', (l: string[]) => [l[0], l[2]], 2],
    ['two lines swapped', (l: string[]) => [l[1], l[0], l[2]], 1],
    ['a line copied in twice', (l: string[]) => [l[0], l[1], l[1], l[2]], 3],
    ['a line from another ledger inserted', (l: string[]) => [l[0], ledgerLine(makeEntry('x-2026', makeKeys(2, 'x'))), l[1], l[2]], 2],
  ])('names where the chain breaks: %s, and refuses to append', async (_label, edit, line) => {
    const path = tempLedger();
    try {
      const lines = await threeLines(path);
      await fsp.writeFile(path, edit(lines).join(''));
      const ledger = await readLedger(path);
      expect(ledger.problems.map((p) => [p.line, p.message.key])).toEqual([[line, 'ledger.problem.chain-broken']]);
      const before = await fsp.readFile(path);
      const refusal = appendLedger(path, makeEntry('d-2028', makeKeys(1, 'd')), keyer);
      await expect(refusal).rejects.toThrow(UserError);
      await expect(refusal).rejects.toThrow(new RegExp(`lost or changed a line before line ${line}`));
      expect(await fsp.readFile(path)).toEqual(before);
    } finally {
      await remove(path);
    }
  });

  it('keeps reading a ledger an older version wrote (no chain), and chains the lines appended after it', async () => {
    const path = tempLedger();
    try {
      await fsp.mkdir(dirname(path), { recursive: true });
      const old = [makeEntry('old-2024', makeKeys(3, 'o')), makeEntry('old-2025', makeKeys(2, 'p'))].map(ledgerLine).join('');
      await fsp.writeFile(path, old);
      await appendLedger(path, makeEntry('new-2026', makeKeys(2, 'n')), keyer);
      await appendLedger(path, makeEntry('new-2027', makeKeys(2, 'm')), keyer);
      const ledger = await readLedger(path);
      expect(ledger.entries.map((e) => e.delivery)).toEqual(['old-2024', 'old-2025', 'new-2026', 'new-2027']);
      expect(ledger.problems).toEqual([]);
      // The first chained line is sealed after the last old one: losing that old line is seen too.
      const lines = (await fsp.readFile(path, 'utf8')).split(/(?<=\n)/);
      await fsp.writeFile(path, [lines[0], lines[2], lines[3]].join(''));
      expect((await readLedger(path)).problems.map((p) => p.line)).toEqual([2]);
    } finally {
      await remove(path);
    }
  });

  it('reads a chain unbroken after the ledger was re-saved as UTF-16LE with CRLF', async () => {
    const path = tempLedger();
    try {
      await threeLines(path);
      const text = (await fsp.readFile(path, 'utf8')).replaceAll('\n', '\r\n');
      await fsp.writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      expect((await readLedger(path)).problems).toEqual([]);
    } finally {
      await remove(path);
    }
  });

  it('does not report a chain break for the line after an unreadable one (the unreadable line is the problem)', async () => {
    const path = tempLedger();
    try {
      const lines = await threeLines(path);
      await fsp.writeFile(path, [lines[0], `~${lines[1]}`, lines[2]].join(''));
      expect((await readLedger(path)).problems.map((p) => [p.line, p.message.key])).toEqual([[2, 'ledger.problem.not-json']]);
    } finally {
      await remove(path);
    }
  });
});
