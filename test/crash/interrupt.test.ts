// Ctrl-C while the tool waits on standard input: the spooled copy is removed and the exit code is 130.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { tempDir } from '../helpers/fixtures.js';

describe('an interrupted run', () => {
  it('removes its temporary files and exits 130 on SIGINT', async () => {
    const tmp = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, 'count', '-'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write('name,email\nAnn Lee,ann@example.org\n');
    // Temporary folders live in the per-user private folder, one run-PID folder per process.
    const root = join(tmp, `petition-courier-${userInfo().uid}`);
    const spooled = (): string[] => (existsSync(root) ? readdirSync(root) : []).flatMap((run) => readdirSync(join(root, run)));
    const deadline = Date.now() + 20_000;
    while (spooled().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(spooled().some((name) => name.startsWith('petition-stdin-'))).toBe(true);

    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(readdirSync(root)).toEqual([]);
  }, 30_000);
});
