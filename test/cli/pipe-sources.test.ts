// Sources that cannot be read twice (pipes, FIFOs, standard input) are read once, completely (issue 11, item 2).
import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { exportPath, tempDir } from '../helpers/fixtures.js';

const ROWS = 50_000;

/** A number written in letters after "Ro" ("Ronpq" for 123), so every signer has a name of their own. */
function lettersOf(n: number): string {
  return `Ro${String(n).replace(/\d/gu, (digit) => 'mnpqrvwxyz'[Number(digit)])}`;
}

function exportOf(rows: number): string {
  const lines = ['name,email,country'];
  // Names of letters only: a number is no part of a name, and would be cut with a warning (issue 11, names17).
  for (let i = 0; i < rows; i++) lines.push(`Signer ${lettersOf(i)},signer${i}@example.org,KR`);
  return lines.join('\n') + '\n';
}

const env = (): NodeJS.ProcessEnv => {
  const vars: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete vars.NODE_OPTIONS;
  return vars;
};

/** Runs a shell line (for `<(…)`, which hands the program a /dev/fd path to a pipe). */
function bash(line: string, cwd: string) {
  const child = spawnSync('bash', ['-c', line], { cwd, env: { ...env(), PETITION: BIN, NODE: process.execPath }, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, timedOut: child.signal === 'SIGKILL' };
}

describe('sources that can be read only once', () => {
  it.each([
    ['a pipe given as a /dev/fd path (bash process substitution)', '"$NODE" "$PETITION" count --exact --json <(cat a.csv)'],
    ['a pipe beside a file', '"$NODE" "$PETITION" count --exact --json <(cat a.csv) b.csv'],
    ['standard input', 'cat a.csv | "$NODE" "$PETITION" count --exact --json -'],
  ])('%s: every row is read', (_label, line) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'a.csv'), exportOf(ROWS));
      writeFileSync(join(dir, 'b.csv'), 'name,email,country\nOther Person,other@example.org,KR\n');
      const result = bash(line, dir);
      expect(result.timedOut).toBe(false);
      expect(result.stderr).toBe('');
      const counts = JSON.parse(result.stdout) as { rows: number; unique: number };
      expect(counts.rows).toBe(line.includes('b.csv') ? ROWS + 1 : ROWS);
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // verifyQ H4: a FIFO's stat left Node's module resolver unable to follow a symlinked node_modules, and the workbook
  // reader, loaded after it, came out half empty ("iterateStream is not a function", then an unhandled ENOENT).
  it.each([
    ['bash process substitution', '"$NODE" "$PETITION" count --json <(cat "$BOOK")'],
    ['a FIFO', 'mkfifo book.fifo && { cat "$BOOK" > book.fifo & } && "$NODE" "$PETITION" count --json book.fifo'],
    ['standard input', 'cat "$BOOK" | "$NODE" "$PETITION" count --json -'],
  ])('reads an .xlsx workbook through %s as from its file', (_label, line) => {
    const dir = tempDir();
    try {
      const result = bash(`BOOK=${JSON.stringify(exportPath('seoul-rally.xlsx'))}; ${line}`, dir);
      expect(result.stderr).not.toMatch(/not a function|Unhandled|node:|at /);
      expect(JSON.parse(result.stdout)).toMatchObject({ rows: 9, unique: 8 });
      // Exit 1: a hidden row is told of, as from the file.
      expect(result.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a FIFO once, completely, and does not wait for a second writer', async () => {
    const dir = tempDir();
    try {
      const fifo = join(dir, 'signatures.fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const child = spawn(process.execPath, [BIN, 'count', '--exact', '--json', fifo], { env: env() });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      // The writer opens the FIFO once, as `cat a.csv > fifo` would, and closes it.
      writeFileSync(fifo, exportOf(1000));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(killer);
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { rows: number }).rows).toBe(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
