// How much of a pipe or standard input may be copied to the temporary folder, and the guard that stops the copy there.
import { promises as fsp } from 'node:fs';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * The most a pipe or standard input is copied: 8 GiB, far more than any petition export (ten million rows of 200
 * bytes are 2 GB), and little enough that `yes … | petition count -` stops long before a shared disk is full.
 */
export const MAX_SPOOL_BYTES = 8 * 2 ** 30;

/** Of the temporary folder's free space, the share a copy leaves to everyone else on the machine. */
const FREE_SPACE_KEPT = 0.1;

export interface SpoolRoom {
  /** The bytes a copy may hold. */
  bytes: number;
  /** 'size': the tool's own limit; 'free-space': the temporary folder's disk has no room for more. */
  bound: 'size' | 'free-space';
}

/** The bytes free for this user in the folder's file system (statfs). */
export async function freeBytesIn(folder: string): Promise<number> {
  const stats = await fsp.statfs(folder);
  return stats.bavail * stats.bsize;
}

/** The room for one copy: the size limit, or less when the temporary folder's disk holds less (keeping a tenth free). */
export function spoolRoom(maxBytes: number, freeBytes: number): SpoolRoom {
  const usable = Math.floor(freeBytes * (1 - FREE_SPACE_KEPT));
  return usable < maxBytes ? { bytes: usable, bound: 'free-space' } : { bytes: maxBytes, bound: 'size' };
}

/**
 * A pass-through for `stream.pipeline` that stops the copy of `source` once it passes `room`, with a message naming
 * the source and the limit: the caller removes what was copied.
 */
export function spoolLimit(source: string, room: SpoolRoom, folder: string): (chunks: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* limit(chunks) {
    let size = 0;
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > room.bytes) {
        const text = room.bound === 'size'
          ? msg('read.spool-too-large', { bytes: room.bytes })
          : msg('read.spool-no-room', { bytes: room.bytes, folder });
        throw new UserError(text, { file: source });
      }
      yield chunk;
    }
  };
}
