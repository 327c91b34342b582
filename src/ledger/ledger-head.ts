// The ledger's end, recorded beside it: the chain (ledger-chain.ts) shows a line lost before another line, but a
// line lost from the END leaves no line after it to notice. So every append also writes `ledger-head.json` (sealed
// with the campaign secret's MAC): each delivery the ledger holds, by its line's seal. A delivery the head records that
// the ledger no longer holds was lost (a sync conflict, a restored backup, `sed -i '$d'`): status and packet say which
// and refuse to build on it. A ledger written before heads were kept has none: its end is recorded when it is first
// read with the secret, and said (exit 1), since a loss before that moment cannot be known.
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import { openAtomicFile, type AtomicFile, type OpenWrite } from '../output/atomic-write.js';
import { canonicalJson } from '../text/canonical-json.js';
import { sealOf } from './ledger-chain.js';
import type { LedgerEntry } from './ledger-entry.js';
import { withLedgerLock } from './ledger-lock.js';
import { readLedger } from './read-ledger.js';
import type { LedgerKeyer } from './signer-secret.js';
import { petitionCommand } from '../text/shell-words.js';

export const HEAD_FILE = 'ledger-head.json';

export interface HeadDelivery {
  delivery: string;
  date: string;
  markedAt: string;
  signers: number;
  seal: string;
}

interface LedgerHead {
  version: 1;
  deliveries: HeadDelivery[];
  mac?: string;
}

export type TailCheck =
  | { state: 'whole' }
  /** Deliveries the head records that the ledger no longer holds. */
  | { state: 'lost'; lost: HeadDelivery[] }
  /** The head does not check under the campaign secret (edited, or another campaign's). */
  | { state: 'head-tampered' }
  /** No head yet (a ledger of an older version): recorded now, from the ledger as it is. */
  | { state: 'recorded-now'; lines: number; last: LedgerEntry }
  /**
   * No head, but a line names its target: the version that wrote it keeps a head beside every line it appends, so the
   * head was deleted (perhaps with lines from the ledger's end, which nothing else would show). Not recorded anew.
   */
  | { state: 'head-missing'; lines: number; last: LedgerEntry }
  /** The head recorded anew from the ledger as it is, on the organizer's word (`status --rebuild-ledger-head`). */
  | { state: 'rebuilt'; lines: number; last: LedgerEntry };

export function headPath(ledgerFile: string): string {
  return join(dirname(ledgerFile), HEAD_FILE);
}

function headOf(entries: readonly LedgerEntry[], keyer: Pick<LedgerKeyer, 'mac'>): LedgerHead {
  const head: LedgerHead = {
    version: 1,
    deliveries: entries.map((e) => ({ delivery: e.delivery, date: e.date, markedAt: e.markedAt, signers: e.signers, seal: sealOf(e) })),
  };
  return { ...head, mac: keyer.mac(canonicalJson(head)) };
}

/** Records the ledger's end anew from `entries`: called under the ledger's lock. */
export async function writeLedgerHead(ledgerFile: string, entries: readonly LedgerEntry[], keyer: Pick<LedgerKeyer, 'mac'>): Promise<void> {
  await (await stageLedgerHead(ledgerFile, entries, keyer)).commit();
}

/**
 * The head for `entries` written out and synced under a temporary name, not yet in place: an append stages it before
 * its line, so a disk too full for the head fails before the line is written, and the rename that puts it in place
 * after the line needs no more space (append-ledger.ts).
 */
export async function stageLedgerHead(ledgerFile: string, entries: readonly LedgerEntry[], keyer: Pick<LedgerKeyer, 'mac'>, open?: OpenWrite): Promise<AtomicFile> {
  const file = await openAtomicFile(headPath(ledgerFile), { mode: 0o600, ...(open ? { open } : {}) });
  file.stream.write(`${JSON.stringify(headOf(entries, keyer))}\n`);
  await file.prepare();
  return file;
}

async function readHead(file: string): Promise<LedgerHead | null | 'unreadable'> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    const head = JSON.parse(text) as LedgerHead;
    return Array.isArray(head?.deliveries) ? head : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/**
 * Compares the ledger's entries (as read, in order) with the recorded head. A head behind the ledger (a run killed
 * between the append and the head, or lines an older version appended; the chain vouches for them) is brought up to
 * date; a ledger without a head gets one, said as `recorded-now`.
 */
export async function checkLedgerTail(ledgerFile: string, entries: readonly LedgerEntry[], keyer: Pick<LedgerKeyer, 'mac'>): Promise<TailCheck> {
  const file = headPath(ledgerFile);
  const head = await readHead(file);
  if (head === null) {
    if (entries.length === 0) return { state: 'whole' };
    // `target` came into the ledger with the head: such a ledger without one lost it, and whatever else with it.
    if (entries.some((entry) => entry.target !== undefined)) return { state: 'head-missing', lines: entries.length, last: entries[entries.length - 1] };
    await recordUnderLock(ledgerFile, keyer);
    return { state: 'recorded-now', lines: entries.length, last: entries[entries.length - 1] };
  }
  if (head === 'unreadable') return { state: 'head-tampered' };
  const { mac, ...rest } = head;
  if (mac === undefined || keyer.mac(canonicalJson(rest)) !== mac) return { state: 'head-tampered' };
  const seals = new Set(entries.map(sealOf));
  const lost = head.deliveries.filter((d) => !seals.has(d.seal));
  if (lost.length) return { state: 'lost', lost };
  if (entries.length > head.deliveries.length) await recordUnderLock(ledgerFile, keyer);
  return { state: 'whole' };
}

/**
 * Records the ledger's end anew from the lines it holds now, whatever the head said or whether there was one: the
 * organizer's word that the ledger is whole (`status --rebuild-ledger-head`). A delivery the old head named and the
 * ledger lost is forgotten, and its signers would be delivered again.
 */
export async function rebuildLedgerHead(ledgerFile: string, keyer: Pick<LedgerKeyer, 'mac'>): Promise<TailCheck> {
  return withLedgerLock(ledgerFile, async () => {
    const { entries } = await readLedger(ledgerFile);
    if (entries.length === 0) return { state: 'whole' };
    await writeLedgerHead(ledgerFile, entries, keyer);
    return { state: 'rebuilt', lines: entries.length, last: entries[entries.length - 1] };
  });
}

/** The head of the ledger as it is under the lock: a line another run appended since `entries` were read is kept in it. */
function recordUnderLock(ledgerFile: string, keyer: Pick<LedgerKeyer, 'mac'>): Promise<void> {
  return withLedgerLock(ledgerFile, async () => writeLedgerHead(ledgerFile, (await readLedger(ledgerFile)).entries, keyer));
}

/** What a tail check says, as a message; null when there is nothing to say. `campaign` names the file in the command to run. */
export function tailMessage(check: TailCheck, ledgerFile: string, campaign = 'campaign.yaml'): Message | null {
  const head = headPath(ledgerFile);
  const rebuild = petitionCommand(['status', campaign, '--rebuild-ledger-head']);
  if (check.state === 'lost') {
    const deliveries = check.lost.map((d) => `${d.delivery} (${d.markedAt.slice(0, 10)})`).join(', ');
    const signers = check.lost.reduce((sum, d) => sum + d.signers, 0);
    return msg('ledger.tail-lost', { count: check.lost.length, deliveries, signers, head, file: ledgerFile, rebuild });
  }
  if (check.state === 'head-tampered') return msg('ledger.head-tampered', { head, rebuild });
  if (check.state === 'recorded-now') return msg('ledger.tail-recorded-now', { lines: check.lines, delivery: check.last.delivery, date: check.last.markedAt.slice(0, 10) });
  if (check.state === 'whole') return null;
  const last = { lines: check.lines, delivery: check.last.delivery, date: check.last.markedAt.slice(0, 10), head, file: ledgerFile };
  return check.state === 'head-missing' ? msg('ledger.head-missing', { ...last, rebuild }) : msg('ledger.head-rebuilt', last);
}

/** Whether a tail check stops everything built on the ledger (exit 2). */
export function tailRefused(check: TailCheck): boolean {
  return check.state === 'lost' || check.state === 'head-tampered' || check.state === 'head-missing';
}

/** A ledger that lost lines, or whose end cannot be checked, is not built on: exit 2, with what was lost and what to do. */
export function refuseLostTail(check: TailCheck, ledgerFile: string, campaign?: string): void {
  if (!tailRefused(check)) return;
  throw new UserError(tailMessage(check, ledgerFile, campaign) as Message, { file: ledgerFile });
}

/** Whether the ledger holds lines but no recorded end, so that a line lost from its end could not be noticed. */
export async function linesWithoutHead(ledgerFile: string): Promise<boolean> {
  if ((await readHead(headPath(ledgerFile))) !== null) return false;
  return (await readLedger(ledgerFile)).entries.length > 0;
}

/** The deliveries the recorded head names, unchecked (verify may run without the secret): a hint of what a ledger lost. */
export async function headDeliveries(ledgerFile: string): Promise<string[]> {
  const head = await readHead(headPath(ledgerFile));
  return head === null || head === 'unreadable' ? [] : head.deliveries.map((d) => String(d.delivery));
}
