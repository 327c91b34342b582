// An output named like one of the inputs (`dedupe a.csv -o a.csv`) would replace the export it was read from.
import { resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { STATE_DIR } from '../ledger/ledger-files.js';
import { statPath } from '../read/stat-path.js';

/**
 * Refuses, before anything is read, an output that is one of the inputs (the same file, by device and inode), an
 * output inside a campaign's `.petition/` (its append-only ledger and state are written only by the tool), or two
 * outputs that are one file.
 */
export function refuseInputAsOutput(outputs: ReadonlyArray<string | undefined>, inputs: readonly string[]): void {
  const identity = (path: string): string | undefined => {
    try {
      const stat = statPath(path);
      return stat.isFile() ? `${stat.dev}:${stat.ino}` : undefined;
    } catch {
      return undefined;
    }
  };
  const inputIds = new Set(inputs.filter((path) => path !== '-').map(identity).filter((id) => id !== undefined));
  const seen = new Set<string>();
  for (const output of outputs) {
    if (output === undefined) continue;
    // '-' reads standard input; as an output it would make a file named '-' in the current folder.
    if (output === '-') throw new UserError(msg('output.dash'), { file: output });
    if (resolve(output).split(sep).includes(STATE_DIR)) throw new UserError(msg('output.in-state-dir', { dir: STATE_DIR }), { file: output });
    const id = identity(output);
    if (id !== undefined && inputIds.has(id)) {
      throw new UserError(msg('output.is-input'), { file: output });
    }
    if (seen.has(output)) throw new UserError(msg('output.named-twice'), { file: output });
    seen.add(output);
  }
}
