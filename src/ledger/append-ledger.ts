// Appends one entry to the ledger under its lock: the whole line, then fsync; a torn tail from a killed writer is cut first.
import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { writeFailure, type OpenWrite } from '../output/atomic-write.js';
import { latestEntry } from './delivered-before.js';
import { ledgerLine, withMac, type LedgerEntry } from './ledger-entry.js';
import { nextLink } from './ledger-chain.js';
import { stageLedgerHead } from './ledger-head.js';
import type { LedgerKeyer } from './signer-secret.js';
import { readLedger } from './read-ledger.js';
import { withLedgerLock } from './ledger-lock.js';
import { encodeLedgerText } from './decode-ledger.js';
import { refuseUnreadableLedger } from './unreadable-lines.js';
import { msg } from '../i18n/message.js';

/**
 * Earlier lines are never rewritten. Refuses a second entry for the same delivery: what was handed over
 * cannot change afterwards. A crash before the fsync returns leaves at most a torn last line, which
 * readers ignore and the next append moves aside; a crash after it leaves the entry whole.
 * The line is chained to the last one under the lock (ledger-chain.ts) and sealed with the keyer's MAC over both;
 * the line as written is returned. Without a keyer (tests of the file's mechanics) it is chained but not sealed.
 */
export async function appendLedger(path: string, entry: LedgerEntry, keyer?: Pick<LedgerKeyer, 'mac'>, open?: OpenWrite): Promise<LedgerEntry> {
  let written = entry;
  await fsp.mkdir(dirname(path), { recursive: true });
  // Reading, checking and appending happen under one lock: a writer that read an older length would cut off
  // the lines other writers appended meanwhile when it removes a torn tail.
  await withLedgerLock(path, async () => {
    try {
      written = await appendLocked(path, entry, keyer, open);
    } catch (error) {
      // A full disk or a read-only folder: the ledger is named (a write error carries no path of its own).
      throw writeFailure(path, error);
    }
  });
  await syncFolder(dirname(path));
  return written;
}

async function appendLocked(path: string, unchained: LedgerEntry, keyer: Pick<LedgerKeyer, 'mac'> | undefined, open: OpenWrite | undefined): Promise<LedgerEntry> {
  const ledger = await readLedger(path);
  // A line it cannot read, or a line lost before one it can, may be this delivery's record: appending would mark it twice.
  refuseUnreadableLedger(ledger, path);
  const linked = { ...unchained, previousSeal: nextLink(ledger.entries), mac: undefined };
  const entry: LedgerEntry = keyer ? withMac(linked, keyer) : linked;
  const earlier = latestEntry(ledger.entries, entry.delivery);
  if (earlier) {
    throw new UserError(msg('ledger.already-delivered', { delivery: entry.delivery, date: earlier.markedAt.slice(0, 10), signers: earlier.signers }), { file: path });
  }
  // The line and the ledger's end (ledger-head.ts) are written as a pair: the head is staged first, so a disk too full
  // for it stops the append before the line (verifyS2 F10: the line was written, the head not, "nothing was written"
  // said, and a line lost later went unnoticed); a line that cannot be written or a head that cannot be put in place
  // leaves the ledger as it was.
  const head = keyer ? await stageLedgerHead(path, [...ledger.entries, entry], keyer, open) : null;
  // Hashed signer keys are still about people: owner only.
  const handle = await fsp.open(path, 'a+', 0o600).catch(async (error: unknown) => {
    await head?.abort();
    throw error;
  });
  try {
    const { size } = await handle.stat();
    if (size > ledger.completeBytes) {
      await keepAside(path, handle, ledger.completeBytes, size, entry.markedAt);
      await handle.truncate(ledger.completeBytes);
    }
    // A ledger re-saved as UTF-16 or with CRLF is appended to as it is now written, never in a second encoding.
    const lineEnd = ledger.crlf ? '\r\n' : '\n';
    const line = ledgerLine(entry).replace(/\n$/, lineEnd);
    const bytes = encodeLedgerText((ledger.needsNewline ? lineEnd : '') + line, ledger.encoding);
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, null);
      written += bytesWritten;
    }
    await handle.sync();
    await head?.commit();
  } catch (error) {
    await head?.abort();
    // Back to the lines it held (a torn tail was kept aside above): no line is recorded without its head.
    await handle.truncate(ledger.completeBytes);
    await handle.sync();
    throw error;
  } finally {
    await handle.close();
  }
  return entry;
}

/**
 * A torn tail is cut so the new line starts on a line of its own, but never lost: it may be a record someone can still
 * mend. It goes to ledger.jsonl.broken-DATE beside the ledger, written and synced before the cut.
 */
async function keepAside(path: string, handle: fsp.FileHandle, from: number, to: number, markedAt: string): Promise<void> {
  const tail = Buffer.alloc(to - from);
  await handle.read(tail, 0, tail.length, from);
  const stamp = (markedAt || new Date(0).toISOString()).replaceAll(':', '').replace(/\.\d+/, '');
  const aside = await fsp.open(`${path}.broken-${stamp}`, 'a', 0o600);
  try {
    await aside.write(tail);
    await aside.sync();
  } finally {
    await aside.close();
  }
}

/** Makes the ledger's directory entry durable after it was created (a no-op where folders cannot be opened). */
async function syncFolder(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a folder; the file's own fsync is what matters there.
  } finally {
    await handle?.close();
  }
}
