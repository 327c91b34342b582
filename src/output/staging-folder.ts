// A packet is built in a private folder beside its output folder and moved into place only when it is complete, so a
// run killed half-way (SIGKILL, power loss) never leaves a half packet that looks whole; the next run sweeps it.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { makeFolders, writeFailure, type OpenWrite } from './atomic-write.js';
import { clearEarlierBuild, partsOfEarlierBuild } from './earlier-build.js';
import { filesUnder } from './files-under.js';
import { sweepStaleTemporaries, temporaryTag, trackTemporary, untrackTemporary } from './temporary-paths.js';

export interface StagingFolder {
  /** Where the files are written meanwhile: `.NAME.PID-TAG.staging` beside the output folder, owner only. */
  path: string;
  /**
   * Moves the files (relative paths) into the output folder, `last` after all others, and removes the staging folder.
   * Into a new or empty output folder this is one rename; into a folder that holds an earlier packet, its `last`
   * (the manifest) goes first, so a folder caught half-way has no manifest and cannot pass for a packet. The files the
   * earlier packet's `last` lists and the new one lacks are removed; the others it finds there it leaves and returns.
   */
  publish(files: readonly string[], last: string): Promise<string[]>;
  /** Removes the staging folder and everything in it. */
  remove(): Promise<void>;
  /** An error about a file in the staging folder, naming the file it was to become: the user never sees the staging name. */
  shownAtTarget(error: unknown): unknown;
}

export async function openStagingFolder(outDir: string, open?: OpenWrite): Promise<StagingFolder> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const path = join(parent, `.${basename(target)}.${temporaryTag()}.staging`);
  try {
    await makeFolders(parent, open);
    sweepStaleTemporaries(parent);
    trackTemporary(path);
    await fsp.mkdir(path, { mode: 0o700 });
  } catch (error) {
    untrackTemporary(path);
    throw writeFailure(outDir, error);
  }
  const remove = async (): Promise<void> => {
    await fsp.rm(path, { recursive: true, force: true });
    untrackTemporary(path);
  };
  return {
    path,
    remove,
    shownAtTarget(error) {
      const file = error instanceof UserError ? error.location.file : undefined;
      if (!(error instanceof UserError) || file === undefined || !file.startsWith(path)) return error;
      return new UserError(error.text, { ...error.location, file: join(outDir, relative(path, file)) }, { cause: error.cause });
    },
    async publish(files, last) {
      let foreign: string[];
      // What was being put in place when it failed: a folder standing where a file goes is named, not the packet folder.
      let placing = outDir;
      try {
        if (await replaceableByRename(target)) {
          await fsp.rename(path, target);
          // The staging folder was owner-only; the packet folder is as a folder made the usual way.
          await fsp.chmod(target, 0o755);
          untrackTemporary(path);
          return [];
        }
        const earlier = await partsOfEarlierBuild(target);
        placing = join(outDir, last);
        await fsp.rm(join(target, last), { force: true });
        const ordered = [...files.filter((name) => name !== last), last];
        for (const file of ordered.slice(0, -1)) {
          placing = dirname(join(outDir, file));
          await makeFolders(dirname(join(target, file)), open);
          placing = join(outDir, file);
          await fsp.rename(join(path, file), join(target, file));
        }
        placing = outDir;
        foreign = await clearEarlierBuild(target, earlier, new Set(ordered), await filesUnder(target));
        placing = join(outDir, last);
        await fsp.rename(join(path, last), join(target, last));
      } catch (error) {
        await remove();
        throw writeFailure(placing, error);
      }
      await remove();
      return foreign;
    },
  };
}

/** No folder there yet, or an empty one (removed here so the staging folder can take its name in one rename). */
async function replaceableByRename(target: string): Promise<boolean> {
  let names: string[];
  try {
    names = await fsp.readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  if (names.length > 0) return false;
  await fsp.rmdir(target);
  return true;
}
