// What a folder's manifest.json says the folder holds: a delivery packet or a press kit. Each owns its folder's
// manifest, so one written into the other's folder would replace the manifest that verify (and the ledger) rely on.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

export type FolderKind = 'packet' | 'press';

interface FolderManifest {
  kind: FolderKind;
  /** The files it lists, relative to the folder. */
  paths: string[];
}

/** The manifest.json in `dir`, if it is one of ours; null for no folder, no manifest, or a file we did not write. */
export async function readFolderManifest(dir: string): Promise<FolderManifest | null> {
  let json: unknown;
  try {
    json = JSON.parse(await fsp.readFile(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (json === null || typeof json !== 'object') return null;
  const { kit, outputs, packetFingerprint } = json as { kit?: unknown; outputs?: unknown; packetFingerprint?: unknown };
  if (!Array.isArray(outputs) || typeof packetFingerprint !== 'string') return null;
  const paths = outputs.flatMap((output: unknown) => (typeof (output as { path?: unknown })?.path === 'string' ? [(output as { path: string }).path] : []));
  return { kind: kit === 'press' ? 'press' : 'packet', paths };
}

/** Refuses to write one kind of output into a folder whose manifest.json belongs to the other kind (exit 2). */
export async function refuseOtherKind(dir: string, writing: FolderKind): Promise<FolderManifest | null> {
  const found = await readFolderManifest(dir);
  if (found && found.kind !== writing) {
    throw new UserError(writing === 'press'
      ? msg('press.into-packet', { suggestion: join(dir, 'press') })
      : msg('packet.into-press-kit'), { file: dir });
  }
  return found;
}
