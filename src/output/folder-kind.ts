// What a folder's manifest.json says the folder holds: a delivery packet or a press kit, and for which delivery. Each
// owns its folder's manifest, so one written into another's folder would replace the manifest that verify (and the
// ledger) rely on.
import { createHash } from 'node:crypto';
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { filesUnder } from './files-under.js';
import { readRegularFile } from './read-regular-file.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

export type FolderKind = 'packet' | 'press';

interface FolderManifest {
  kind: FolderKind;
  /** The files it lists, relative to the folder. */
  paths: string[];
  /** The delivery it was built for (`createdFor`), when it names one. */
  createdFor?: string;
  /** SHA-256 of the manifest's bytes: what the ledger records of a packet marked delivered. */
  sha256: string;
}

/** The files a manifest lists, as '/'-separated relative paths comparable with filesUnder's; none without one. */
export function listedPaths(manifest: FolderManifest | null): Set<string> {
  return new Set((manifest?.paths ?? []).map((path) => posix.normalize(path.replaceAll('\\', '/'))));
}

/** The manifest.json in `dir`, if it is one of ours; null for no folder, no manifest, or a file we did not write. */
export async function readFolderManifest(dir: string): Promise<FolderManifest | null> {
  let json: unknown;
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(join(dir, 'manifest.json'));
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (json === null || typeof json !== 'object') return null;
  const { kit, outputs, packetFingerprint, createdFor } = json as { kit?: unknown; outputs?: unknown; packetFingerprint?: unknown; createdFor?: unknown };
  if (!Array.isArray(outputs) || typeof packetFingerprint !== 'string') return null;
  const paths = outputs.flatMap((output: unknown) => (typeof (output as { path?: unknown })?.path === 'string' ? [(output as { path: string }).path] : []));
  return {
    kind: kit === 'press' ? 'press' : 'packet', paths, sha256: createHash('sha256').update(bytes).digest('hex'),
    ...(typeof createdFor === 'string' ? { createdFor } : {}),
  };
}

/** The nearest folder from `dir` upward (itself included) whose manifest.json is a packet's or a kit's, if any. */
export async function enclosingDeliveryFolder(dir: string): Promise<{ dir: string; kind: FolderKind } | null> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = await readFolderManifest(at);
    if (found) return { dir: at, kind: found.kind };
    if (dirname(at) === at) return null;
  }
}

/**
 * Refuses an output (a file, or a folder being built) whose folder or any folder above it (from `from` up) holds a
 * packet or a press kit: the file is not in that manifest, and would be handed over with the packet. A folder being
 * built is told where beside it to go (`suggestion`).
 */
export async function refuseInsideDeliveryFolder(path: string, from: string, suggestion?: (folder: string) => string): Promise<void> {
  const found = await enclosingDeliveryFolder(from);
  if (!found) return;
  // Named as the user named the output: relative to the folder paths are resolved against, when theirs was relative.
  const folder = isAbsolute(path) ? found.dir : relative(resolve(), found.dir) || '.';
  const values = { kind: found.kind, folder };
  if (suggestion) throw new UserError(msg('output.folder-inside-delivery', { ...values, suggestion: suggestion(folder) }), { file: path });
  throw new UserError(msg('output.inside-delivery', values), { file: path });
}

/** What is about to be written into a folder, and what the campaign's ledger says was handed over. */
export interface FolderClaim {
  kind: FolderKind;
  /** The delivery being built. */
  delivery: string;
  /** --force: the user means to replace another delivery's (undelivered) output. */
  force: boolean;
  /** The manifest hashes of the packets the ledger records as delivered. */
  deliveredManifests: ReadonlySet<string>;
}

export interface ClaimedFolder {
  /** The manifest of what the folder held before, if ours and of the same kind. */
  earlier: FolderManifest | null;
  /** Files in the folder that the enclosing packet's manifest lists (its press/ kit): never removed. */
  listedByPacket: Set<string>;
}

/**
 * Refuses (exit 2) to write into a folder whose manifest.json is the other kind's, another delivery's (unless forced),
 * a delivered packet of another delivery (even forced), or a press/ folder an enclosing packet lists (unless forced).
 */
export async function claimOutputFolder(dir: string, claim: FolderClaim): Promise<ClaimedFolder> {
  const found = await readFolderManifest(dir);
  const sibling = `${dir.replace(/[\\/]+$/u, '')}-press`;
  if (found && found.kind !== claim.kind) {
    throw new UserError(claim.kind === 'press' ? msg('press.into-packet', { suggestion: sibling }) : msg('packet.into-press-kit'), { file: dir });
  }
  if (found?.createdFor !== undefined && found.createdFor !== claim.delivery) {
    const values = { kind: found.kind, found: found.createdFor, building: claim.delivery };
    if (found.kind === 'packet' && claim.deliveredManifests.has(found.sha256)) throw new UserError(msg('output.other-delivered-packet', values), { file: dir });
    if (!claim.force) throw new UserError(msg('output.other-delivery', values), { file: dir });
  }
  const listedByPacket = new Set<string>();
  if (claim.kind === 'press') {
    const parent = dirname(resolve(dir));
    const enclosing = await readFolderManifest(parent);
    const prefix = `${basename(resolve(dir))}/`;
    for (const path of enclosing?.kind === 'packet' ? enclosing.paths : []) {
      if (path.replaceAll('\\', '/').startsWith(prefix)) listedByPacket.add(path.replaceAll('\\', '/').slice(prefix.length));
    }
    if (listedByPacket.size > 0 && !claim.force) {
      const packet = dirname(dir.replace(/[\\/]+$/u, ''));
      throw new UserError(msg('press.listed-by-packet', {
        packet, delivered: enclosing && claim.deliveredManifests.has(enclosing.sha256) ? 'yes' : 'no', suggestion: `${packet.replace(/[\\/]+$/u, '')}-press`,
      }), { file: dir });
    }
  }
  // A folder inside another packet or kit (PACKET/press when its manifest lists no kit, PACKET/sub): not in that
  // manifest, so `verify` of the packet fails, and a count-only packet would be handed over with more than it says.
  if (listedByPacket.size === 0 && !claim.force) await refuseInsideDeliveryFolder(dir, dirname(resolve(dir)), (folder) => (claim.kind === 'press' ? `${folder}-press` : join(dirname(folder), basename(resolve(dir)))));
  // The folder is handed over whole: a merged signer list, an export or another delivery's packet in it would go with
  // the kit to journalists, or with a count-only packet to the official.
  if (!claim.force) {
    const strays = await filesNotWrittenHere(dir, found, listedByPacket);
    if (strays.length > 0) {
      const shown = strays.slice(0, SHOWN_STRAYS);
      throw new UserError(msg('output.folder-holds-other-files', {
        folder: dir, count: strays.length, files: shown.join(', '), more: strays.length - shown.length, kind: claim.kind,
      }), { file: dir });
    }
  }
  return { earlier: found, listedByPacket };
}

const SHOWN_STRAYS = 5;
/** Files a desktop writes into any folder it shows: nobody's data. */
const DESKTOP_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Files in `dir` that its own earlier build (`found`) and an enclosing packet do not list; none for no folder. */
async function filesNotWrittenHere(dir: string, found: FolderManifest | null, listedByPacket: ReadonlySet<string>): Promise<string[]> {
  let present: string[];
  try {
    present = await filesUnder(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw error;
  }
  const ours = listedPaths(found);
  if (found) ours.add('manifest.json');
  return present.filter((path) => !ours.has(path) && !listedByPacket.has(path) && !DESKTOP_FILES.has(posix.basename(path)));
}
