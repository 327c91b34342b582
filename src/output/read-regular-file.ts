// Reads a file only when it is a regular file. A FIFO under a name verify or a build reads (manifest.json, a listed
// PDF) would block the read for ever; opened without blocking, it is told apart by its type and never read.
import { constants, promises as fsp } from 'node:fs';

/** Thrown (code ENOTREG) for a FIFO, socket, device or folder where a regular file belongs. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
}

/** The file's bytes; rejects with NotRegularFileError, without reading, when it is not a regular file. */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await fsp.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new NotRegularFileError(`${path}: not a regular file`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
