// The ledger records signers by a keyed hash (HMAC-SHA-256 under a random secret of the campaign), never by a plain
// hash of their email: with a plain hash, anyone holding the ledger could confirm that a given email signed by
// hashing it. The secret is a file of its own (.petition/signer-key.secret, 0600), not a line of the ledger, because
// the ledger is what gets copied (to a co-organizer, to whoever runs `verify --campaign`) and the secret must not go
// with it. Lose the secret and no follow-up can tell who was delivered before: it is refused, never replaced, except
// an empty one while the ledger holds nothing (a first run whose disk filled up), which no delivery was keyed under.
import { createHmac, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { makeFolders, openAtomicFile, writeFailure, type OpenWrite } from '../output/atomic-write.js';
import { stateDir } from './ledger-files.js';

export interface LedgerKeyer {
  /** Names the secret (an HMAC of a fixed text), so entries keyed under another secret are told apart. */
  keyId: string;
  /** The ledger's key for a signer: HMAC-SHA-256 of their stable key (src/dedupe/signer-key.ts), 16 hex digits. */
  key(signerKey: string): string;
  /** HMAC-SHA-256 (64 hex digits) of a ledger line's content, under a key of its own derived from the secret. */
  mac(text: string): string;
}

export function secretPath(campaignFile: string): string {
  return join(stateDir(campaignFile), 'signer-key.secret');
}

export function keyerFromSecret(secret: Buffer): LedgerKeyer {
  const hmac = (text: string) => createHmac('sha256', secret).update(text).digest('hex').slice(0, 16);
  const memo = new Map<string, string>();
  // A key of its own, so a line's MAC can never equal a signer's keyed hash.
  const macKey = createHmac('sha256', secret).update('petition-courier ledger line mac key').digest();
  return {
    keyId: hmac('petition-courier ledger key id'),
    mac: (text) => createHmac('sha256', macKey).update(text).digest('hex'),
    key(signerKey) {
      let keyed = memo.get(signerKey);
      if (keyed === undefined) {
        keyed = hmac(signerKey);
        // Rows of a campaign are read twice or more; a signer's key is worked out once (bounded: a big run streams).
        if (memo.size < 1_000_000) memo.set(signerKey, keyed);
      }
      return keyed;
    },
  };
}

/**
 * The campaign's keyer. A missing secret is created (32 random bytes, owner only) unless the ledger already holds
 * entries keyed under one: then it was lost or moved, and a new one would deliver everyone again. An empty secret file
 * is what a write cut short left (older versions wrote it in place); it is replaced only when `ledgerHoldsNothing`
 * (no entry, no damaged line, no recorded head), since nothing can have been keyed or sealed under it then.
 */
export async function campaignKeyer(
  campaignFile: string,
  keyedEntries: ReadonlyArray<{ keyId?: string }>,
  options: { ledgerHoldsNothing?: boolean; open?: OpenWrite } = {},
): Promise<LedgerKeyer> {
  const path = secretPath(campaignFile);
  const found = await readSecretFile(path);
  if (found === 'empty' && !options.ledgerHoldsNothing) throw new UserError(msg('ledger.secret-empty'), { file: path });
  let secret = found === 'empty' ? await createSecret(path, options.open, { replaceEmpty: true }) : found;
  const used = keyedEntries.map((entry) => entry.keyId).filter((id) => id !== undefined);
  if (!secret) {
    if (used.length) throw new UserError(msg('ledger.secret-missing'), { file: path });
    secret = await createSecret(path, options.open);
  }
  const keyer = keyerFromSecret(secret);
  if (used.some((id) => id !== keyer.keyId)) throw new UserError(msg('ledger.secret-other'), { file: path });
  return keyer;
}

/** The campaign's secret, or null when there is none (a ledger copied without it). */
export async function readSecret(path: string): Promise<Buffer | null> {
  const found = await readSecretFile(path);
  if (found === 'empty') throw new UserError(msg('ledger.secret-empty'), { file: path });
  return found;
}

/** The secret, null when there is no file, 'empty' for a file with nothing in it. */
async function readSecretFile(path: string): Promise<Buffer | null | 'empty'> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UserError(msg('ledger.secret-unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: path }, { cause: error });
  }
  const hex = text.trim();
  if (hex === '') return 'empty';
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new UserError(msg('ledger.secret-damaged'), { file: path });
  return Buffer.from(hex, 'hex');
}

/**
 * Written whole or not at all (a temporary file beside it, synced, then put in place; removed if the disk fills up), so
 * a failed write never leaves an empty secret behind. `replaceEmpty`: put in place over an empty file; otherwise only
 * where there is none yet, so two runs at once keep the first one's secret.
 */
async function createSecret(path: string, open?: OpenWrite, options: { replaceEmpty?: boolean } = {}): Promise<Buffer> {
  const folder = dirname(path);
  try {
    await makeFolders(folder, open);
  } catch (error) {
    throw writeFailure(path, error);
  }
  const secret = randomBytes(32);
  const file = await openAtomicFile(path, { mode: 0o600, open });
  file.stream.write(`${secret.toString('hex')}\n`);
  if (options.replaceEmpty) {
    await file.commit();
    return secret;
  }
  if (await file.commitIfAbsent()) return secret;
  return (await readSecret(path)) as Buffer;
}
