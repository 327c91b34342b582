// A packet rebuilt into the folder of an earlier one must leave that folder holding exactly the new packet: a signature
// list the earlier build wrote would otherwise stay beside a count-only packet, with every name in it. The tool knows
// what it wrote from the earlier manifest; a file that manifest does not list is someone else's and is left alone.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { listedPaths, readFolderManifest } from './folder-kind.js';

/** The files the manifest.json in `folder` lists as written by its build, relative; none when it is missing or not ours. */
export async function partsOfEarlierBuild(folder: string): Promise<Set<string>> {
  // Compared with the files found inside the folder only, so a manifest edited to name ../something removes nothing outside.
  return listedPaths(await readFolderManifest(folder));
}

/**
 * Removes from `target` the files of the earlier build that the new one (`kept`) does not have, and returns the files
 * left that neither wrote, for a warning.
 */
export async function clearEarlierBuild(target: string, earlier: ReadonlySet<string>, kept: ReadonlySet<string>, present: readonly string[]): Promise<string[]> {
  const foreign: string[] = [];
  for (const path of present) {
    if (kept.has(path)) continue;
    if (earlier.has(path)) await fsp.rm(join(target, path), { force: true });
    else foreign.push(path);
  }
  return foreign;
}
