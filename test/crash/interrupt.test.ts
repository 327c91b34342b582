// Interrupted runs (Ctrl-C, a service manager's SIGTERM): the spooled copy is removed, a message says why the run
// stopped, and it exits as shells expect (130 / 143), even while waiting on a FIFO no one writes to.
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { tempDir } from '../helpers/fixtures.js';

/** Exit status as a shell shows it: 128 + the signal's number when the process ended by a signal. */
const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** Children still running when a test ends (it failed): killed, so a hang fails one test and not the suite. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function startRun(args: string[], tmp: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  // Standard output is a pipe, read and dropped: a /dev/null opened for reading and writing, as Node's 'ignore' opens
  // it, is what a process started with its output closed (`>&-`) holds, and such a run does nothing (verifyR2 F17).
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdout?.resume();
  started.push(child);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ status: code ?? (signal ? SIGNAL_STATUS[signal] : null), stderr })));
  // Temporary folders live in the per-user private folder, one run-PID folder per process.
  const root = join(tmp, `petition-courier-${userInfo().uid}`);
  const spooled = (): string[] => (existsSync(root) ? readdirSync(root) : []).flatMap((run) => readdirSync(join(root, run)));
  const spoolStarted = async () => {
    const deadline = Date.now() + 20_000;
    while (!spooled().some((name) => name.startsWith('petition-stdin-')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(spooled().some((name) => name.startsWith('petition-stdin-'))).toBe(true);
  };
  return { child, exit, root, spoolStarted };
}

describe('an interrupted run', () => {
  it('removes its temporary files and exits 130 on SIGINT', async () => {
    const run = startRun(['count', '-'], tempDir());
    run.child.stdin.write('name,email\nAnn Lee,ann@example.org\n');
    await run.spoolStarted();
    run.child.kill('SIGINT');
    const { status, stderr } = await run.exit;
    expect(status).toBe(130);
    expect(stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(readdirSync(run.root)).toEqual([]);
  }, 30_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('ends on %s while waiting on a FIFO that has no writer', async (signal) => {
    const tmp = tempDir();
    const fifo = join(tmp, 'export.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = startRun(['count', fifo], tmp);
    await run.spoolStarted();
    run.child.kill(signal);
    const { status, stderr } = await run.exit;
    expect(status).toBe(SIGNAL_STATUS[signal]);
    expect(stderr).toContain(`interrupted (${signal})`);
    expect(readdirSync(run.root)).toEqual([]);
  }, 30_000);
});
