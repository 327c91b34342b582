// One check for every file a command writes: it replaces only what the same command wrote there before (recognized by
// its header line), and goes into no packet or press kit's folder. A slip of the tab key (`dedupe -o pk/letter.pdf`)
// would otherwise turn a delivered count-only packet's letter into the full list of signers, and a new file of names
// beside a packet would be handed over with it.
import { promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';
import { refuseInsideDeliveryFolder } from './folder-kind.js';

export interface FileClaim {
  /** --force: the user means to replace a file this command did not write, or to write into a packet or kit folder. */
  force: boolean;
  /** The header line this command writes (its first columns suffice): an existing file that starts with it is its own. */
  header?: readonly string[];
  /** What to say when an existing file is not the command's own; by default that it already exists and would be lost. */
  exists?: Message;
}

/** How many leading columns must match: enough to tell one of our lists from another, and from any other file. */
const COLUMNS_COMPARED = 3;

/** Refuses (exit 2, unless forced) to write `path` inside a packet or kit folder, or over a file that is not the command's own. */
export async function claimOutputFile(path: string, claim: FileClaim): Promise<void> {
  if (claim.force) return;
  await refuseInsideDeliveryFolder(path, dirname(resolve(path)));
  const head = await fileHead(path);
  if (head === null || head.trim() === '') return;
  if (claim.header && startsWithHeader(head, claim.header)) return;
  throw new UserError(claim.exists ?? msg('output.file-exists'), { file: path });
}

/** The first line of the file as text (without a BOM), or null when there is no such file. */
async function fileHead(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await fsp.open(path, 'r');
  } catch {
    // No file (or none we can open): the write itself says why it fails.
    return null;
  }
  try {
    if (!(await handle.stat()).isFile()) return null;
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/u, '').split(/\r?\n|\r/u)[0];
  } finally {
    await handle.close();
  }
}

/** Our header, as written or as a spreadsheet saved it again (";" or tab, quoted cells, spaces). */
function startsWithHeader(line: string, header: readonly string[]): boolean {
  const cells = line.split(/[,;\t]/u).map((cell) => cell.trim().replace(/^"(.*)"$/u, '$1').trim().toLowerCase());
  return header.slice(0, COLUMNS_COMPARED).every((column, at) => cells[at] === column);
}
