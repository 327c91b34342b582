// Starts the built binary, waits until it is writing (a temporary file appears), and SIGKILLs it at a chosen moment.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { BIN } from '../helpers/run-bin.js';

export interface KillResult {
  /** True when the process was killed; false when it finished first. */
  killed: boolean;
  /** True when a temporary file was seen before the kill: the kill landed while it wrote. */
  whileWriting: boolean;
  code: number | null;
}

/** A temporary file of an atomic write, or a packet's staging folder (written beside the output folder). */
const TEMP_FILE = /^\..+\.(tmp|staging)$/;

/** Runs `petition argv…` and kills it `delayMs` after a temporary file first shows up in `watchDir`. */
export function runAndKill(argv: string[], options: { watchDir: string; delayMs: number; cwd?: string }): Promise<KillResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [BIN, ...argv], { env, cwd: options.cwd, stdio: 'ignore' });
  let exited = false;
  let killed = false;
  let whileWriting = false;
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (exited || whileWriting) return;
      let names: string[] = [];
      try {
        names = readdirSync(options.watchDir);
      } catch {
        return;
      }
      if (names.some((name) => TEMP_FILE.test(name))) {
        whileWriting = true;
        clearInterval(poll);
        setTimeout(() => {
          if (!exited) {
            killed = child.kill('SIGKILL');
          }
        }, options.delayMs);
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', (code) => {
      exited = true;
      clearInterval(poll);
      resolve({ killed, whileWriting: whileWriting && killed, code });
    });
  });
}

/**
 * How long a run that is not killed spends writing: from its first temporary file in `watchDir` to its exit. Kill
 * points are spread over that window, so that they land mid-write on a fast machine and a slow one alike.
 */
export async function writingTime(argv: string[], watchDir: string): Promise<number> {
  const started = { at: 0 };
  const ended = await new Promise<number>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, ...argv], { env, stdio: 'ignore' });
    const poll = setInterval(() => {
      if (started.at) return;
      try {
        if (readdirSync(watchDir).some((name) => TEMP_FILE.test(name))) started.at = Date.now();
      } catch {
        // The folder is made by the run itself.
      }
    }, 1);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve(Date.now());
    });
  });
  return started.at ? ended - started.at : 0;
}

/** Deterministic delays, spread over [0, maxMs): the same kill points on every run. */
export function killDelays(count: number, maxMs: number, seed = 7): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * maxMs);
  });
}
