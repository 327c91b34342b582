// An output folder (-o of packet, press, batch) whose path is, or runs through, a file: refused before any work, since
// every file built would be written and then removed when the folder cannot be made.
import { promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/** `dir` as given (shown), `cwd` to resolve it against. Anything but a file in the way is left to the build to report. */
export async function refuseFileAsOutputFolder(dir: string, cwd: string): Promise<void> {
  const wanted = resolve(cwd, dir);
  for (let path = wanted; ; path = dirname(path)) {
    let stats;
    try {
      stats = await fsp.stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && dirname(path) !== path) continue;
      return;
    }
    if (stats.isDirectory()) return;
    const text = path === wanted ? msg('output.folder-is-file') : msg('output.folder-under-file', { file: path });
    throw new UserError(text, { file: dir });
  }
}
