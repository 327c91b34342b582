// Spawns the built binary as a user would: NO_COLOR, TZ=UTC, no NODE_OPTIONS inherited from jest.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './run-main.js';

export const BIN = fileURLToPath(new URL('../../bin/petition.js', import.meta.url));

/** Messages in English unless `env` asks otherwise: the machine's own LANG must not change what a test reads. */
export function runBin(argv: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC', PETITION_LANG: 'en', ...options.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [BIN, ...argv], { cwd: options.cwd, input: options.input, env, encoding: 'utf8' });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
