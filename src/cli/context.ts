// What every command gets: the dependency object, output helpers, colour and progress that respect the terminal.
import { Chalk, type ChalkInstance } from 'chalk';
import { promises as fsp, createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import { UserError } from '../errors.js';
import type { SourceSpec } from '../types.js';
import { makeTemporaryFolder, removeTemporaryFolder } from '../output/temporary-paths.js';
import { counted } from '../text/counted.js';
import { oneLine, visibleControls, visibleControlsKeepingColor } from './visible-controls.js';

export interface CommandContext {
  deps: Deps;
  out(text: string): void;
  err(text: string): void;
  /** Colour for stdout text: off when stdout is not a terminal or NO_COLOR is set. */
  color: ChalkInstance;
  /** A progress reporter on stderr, silent unless stderr is a terminal. */
  progress(label: string): ProgressReporter;
}

export interface ProgressReporter {
  update(progress: { source: string; rows: number }): void;
  done(): void;
}

export function createContext(deps: Deps): CommandContext {
  const colorAllowed = deps.env.NO_COLOR === undefined || deps.env.NO_COLOR === '';
  const color = new Chalk({ level: deps.stdout.isTTY && colorAllowed ? 1 : 0 });
  // The one way text reaches the terminal: control characters from files are made visible here, whatever the path.
  const visibleOut = color.level > 0 ? visibleControlsKeepingColor : visibleControls;
  return {
    deps,
    out: (text) => deps.stdout.write(visibleOut(text)),
    err: (text) => deps.stderr.write(visibleControls(text)),
    color,
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

/** Opens sources for reading; standard input ('-') is spooled to a temporary file so it can be read twice. */
export async function prepareSources(specs: SourceSpec[], deps: Deps): Promise<{ open: (spec: SourceSpec) => Readable; cleanup(): Promise<void> }> {
  let spooled: string | null = null;
  if (specs.filter((s) => s.path === '-').length > 1) throw new UserError('standard input (-) can be read only once');
  for (const spec of specs) {
    if (spec.path === '-') {
      spooled = join(makeTemporaryFolder('petition-stdin-'), 'stdin');
      await pipeline(deps.stdin(), createWriteStream(spooled, { mode: 0o600 }));
      continue;
    }
    try {
      const stat = await fsp.stat(spec.path);
      if (stat.isDirectory()) throw new UserError('is a folder, not an export file', { file: spec.path });
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`, { file: spec.path }, { cause: error });
    }
  }
  const stdinPath = spooled;
  return {
    open: (spec) => (spec.path === '-' && stdinPath ? createReadStream(stdinPath) : deps.openRead(spec.path)),
    cleanup: async () => {
      if (stdinPath) removeTemporaryFolder(dirname(stdinPath));
    },
  };
}
