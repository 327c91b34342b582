// Runs the CLI in-process with fake deps: captured stdout/stderr, no TTY, fixed clock. Fast, and needs no build.
import { createReadStream, promises as fsp } from 'node:fs';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Deps, SpoolSpace } from '../../src/deps.js';
import type { Prompter } from '../../src/cli/prompter.js';
import type { OpenWrite } from '../../src/output/atomic-write.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runMain(argv: string[], options: { stdin?: string | Buffer; now?: Date; env?: Record<string, string>; prompter?: Prompter; openWrite?: OpenWrite; spoolSpace?: SpoolSpace } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    now: () => options.now ?? new Date('2026-11-23T12:00:00Z'),
    env: { NO_COLOR: '1', ...options.env },
    cwd: process.cwd(),
    stdout: { write: (text) => (stdout += text), isTTY: false },
    stderr: { write: (text) => (stderr += text), isTTY: false },
    stdin: () => Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    openRead: (path) => createReadStream(path),
    readFile: (path) => fsp.readFile(path),
    prompter: options.prompter ?? refusingPrompter,
    collectGarbage: () => undefined,
    ...(options.openWrite ? { openWrite: options.openWrite } : {}),
    ...(options.spoolSpace ? { spoolSpace: options.spoolSpace } : {}),
  };
  const code = await main(argv, deps);
  return { code, stdout, stderr };
}

/** Fails a test that asks a question it did not script. */
const refusingPrompter: Prompter = {
  input: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
  confirm: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
  select: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
  editor: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
};
