// What every command gets: the dependency object, output helpers, colour and progress that respect the terminal.
import { Chalk, type ChalkInstance } from 'chalk';
import { promises as fsp, createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { realSpoolSpace, type Deps } from '../deps.js';
import { UserError } from '../errors.js';
import type { SourceSpec } from '../types.js';
import { makeTemporaryFolder, removeTemporaryFolder } from '../output/temporary-paths.js';
import { writeFailure } from '../output/atomic-write.js';
import { textGuard } from '../read/text-guard.js';
import { spoolLimit, spoolRoom } from '../read/spool-limit.js';
import { counted } from '../text/counted.js';
import { oneLine, visibleControls, visibleControlsKeepingColor, visibleMessage } from './visible-controls.js';
import { english, type Translator } from '../i18n/translator.js';
import { msg } from '../i18n/message.js';
import { fileErrorText } from '../read/file-error-text.js';

export interface CommandContext {
  deps: Deps;
  out(text: string): void;
  err(text: string): void;
  /** Colour for stdout text: off when stdout is not a terminal or NO_COLOR is set. */
  color: ChalkInstance;
  /** Messages in the organizer's language (--lang, PETITION_LANG, the locale). Machine output (--json, CSV) stays English. */
  words: Translator;
  /** A progress reporter on stderr, silent unless stderr is a terminal. */
  progress(label: string): ProgressReporter;
}

export interface ProgressReporter {
  update(progress: { source: string; rows: number }): void;
  done(): void;
}

export function createContext(deps: Deps, words: Translator = english()): CommandContext {
  const colorAllowed = deps.env.NO_COLOR === undefined || deps.env.NO_COLOR === '';
  const color = new Chalk({ level: deps.stdout.isTTY && colorAllowed ? 1 : 0 });
  // The one way text reaches the terminal: control characters from files are made visible here, whatever the path.
  const visibleOut = color.level > 0 ? visibleControlsKeepingColor : visibleControls;
  return {
    deps,
    out: (text) => deps.stdout.write(visibleOut(text)),
    err: (text) => deps.stderr.write(visibleMessage(text)),
    color,
    words,
    progress: (label) => createProgress(deps, label),
  };
}

const PROGRESS_INTERVAL_MS = 200;

function createProgress(deps: Deps, label: string): ProgressReporter {
  if (!deps.stderr.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update({ source, rows }) {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      shown = true;
      deps.stderr.write(`\r\x1b[K${oneLine(`${label} ${source}: ${counted(rows, 'row')}`)}`);
    },
    done() {
      if (shown) deps.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * Opens sources for reading. Every source is read more than once (sniffing, then two passes), so whatever cannot be
 * read again from its start (standard input as '-', a pipe such as `<(cat a.csv)`, a FIFO, a device) is first read
 * once, completely, into a private temporary file, and read from there; one that outgrows MAX_SPOOL_BYTES or the
 * temporary folder's free space is refused, and what was copied removed.
 */
export async function prepareSources(specs: SourceSpec[], deps: Deps): Promise<{ open: (spec: SourceSpec) => Readable; cleanup(): Promise<void> }> {
  if (specs.filter((s) => s.path === '-').length > 1) throw new UserError(msg('read.stdin-twice'));
  const spooled = new Map<string, string>();
  let folder: string | undefined;
  const spool = async (spec: SourceSpec, from: () => Readable): Promise<void> => {
    if (spooled.has(spec.path)) return;
    folder ??= makeTemporaryFolder('petition-stdin-');
    const file = join(folder, `source-${spooled.size + 1}`);
    // A pipe has no size to check first: the copy stops at the limit, or where the temporary folder's disk would fill.
    const space = deps.spoolSpace ?? realSpoolSpace;
    const room = spoolRoom(space.maxBytes, await space.freeBytes(folder));
    const target = createWriteStream(file, { mode: 0o600 });
    try {
      await pipeline(from(), textGuard(spec), spoolLimit(spec.path, room, tmpdir()), target);
    } catch (error) {
      // The temporary copy could not be written (its disk is full): that file is named, not the source.
      if (error instanceof UserError) throw error.location.file === undefined ? new UserError(error.text, { file: spec.path }, { cause: error }) : error;
      if (target.errored === error) throw writeFailure(file, error);
      throw new UserError(msg('read.cannot-read', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: spec.path }, { cause: error });
    }
    spooled.set(spec.path, file);
  };
  try {
    for (const spec of specs) {
      if (spec.path === '-') {
        await spool(spec, () => deps.stdin());
        continue;
      }
      let stat;
      try {
        stat = await fsp.stat(spec.path);
      } catch (error) {
        throw new UserError(fileErrorText(error), { file: spec.path }, { cause: error });
      }
      if (stat.isDirectory()) throw new UserError(msg('read.is-folder'), { file: spec.path });
      if (!stat.isFile()) await spool(spec, () => deps.openRead(spec.path));
    }
  } catch (error) {
    if (folder) removeTemporaryFolder(folder);
    throw error;
  }
  const spoolFolder = folder;
  return {
    open: (spec) => {
      const file = spooled.get(spec.path);
      return file ? createReadStream(file) : deps.openRead(spec.path);
    },
    cleanup: async () => {
      if (spoolFolder) removeTemporaryFolder(spoolFolder);
    },
  };
}
