// A write that fails (disk full, file too large, permission refused) names the file, exits 2, prints no stack and
// removes its temporary file, which holds signer data. A reader that goes away (`| head -1`) ends the run quietly.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { allExports, exportPath, tempDir } from '../helpers/fixtures.js';
import { BIN } from '../helpers/run-bin.js';
import { runMain, type CliResult } from '../helpers/run-main.js';
import type { OpenWrite } from '../../src/output/atomic-write.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An error as the file system gives it: open names the path; write does not (`ENOSPC: no space left on device, write`). */
function systemError(code: string, path?: string): NodeJS.ErrnoException {
  if (path === undefined) return Object.assign(new Error(`${code}: injected, write`), { code, syscall: 'write' });
  return Object.assign(new Error(`${code}: injected, open '${path}'`), { code, path, syscall: 'open' });
}

/** Opens the real temporary file, lets `okBytes` through, then fails every write with `code`, as a full disk does. */
function failingAfter(code: string, okBytes: number): OpenWrite {
  return (path, options) => {
    const real = createWriteStream(path, options);
    // Its errors reach the writer through each write's callback.
    real.on('error', () => undefined);
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (written + chunk.length > okBytes) return done(systemError(code));
        written += chunk.length;
        real.write(chunk, done);
      },
      final(done) {
        real.end(done);
      },
      destroy(error, done) {
        real.destroy();
        done(error);
      },
    });
  };
}

/** Refused at open, as a read-only folder refuses (tests run as root, where chmod refuses nothing). */
const refusedAtOpen = (code: string): OpenWrite => (path) => {
  const stream = new Writable({ write: (_c, _e, done) => done() });
  process.nextTick(() => stream.destroy(systemError(code, path)));
  return stream;
};

/** Fails only the files whose name contains `name` (a later file of a packet, after others were written). */
const failingFor = (name: string, inner: OpenWrite): OpenWrite => (path, options) => (path.includes(name) ? inner(path, options) : createWriteStream(path, options));

function expectCleanFailure(result: CliResult, file: string, code: string): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(file);
  expect(result.stderr).toContain(code);
  expect(result.stderr).not.toMatch(/unexpected error|This is a bug|Unhandled/);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

function leftovers(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.tmp')) : [];
}

describe('dedupe when a write fails', () => {
  it.each([
    ['ENOSPC', failingAfter('ENOSPC', 300)],
    ['EFBIG', failingAfter('EFBIG', 2000)],
    ['EDQUOT', failingAfter('EDQUOT', 0)],
    ['EACCES', refusedAtOpen('EACCES')],
    ['EROFS', refusedAtOpen('EROFS')],
  ])('%s: names the file, exits 2 and leaves no temporary file', async (code, openWrite) => {
    const out = join(dir, `dedupe-${code}`);
    const merged = join(out, 'merged.csv');
    const result = await runMain(['dedupe', ...allExports(), '-o', merged, '--clusters', join(out, 'clusters.csv')], { openWrite });
    expectCleanFailure(result, merged, code);
    expect(leftovers(out)).toEqual([]);
    expect(existsSync(merged)).toBe(false);
  });
});

describe('dedupe with two outputs when only the second cannot be written', () => {
  it('commits neither: merged.csv is not written when clusters.csv fails, and an earlier merged.csv stays as it was', async () => {
    const out = join(dir, 'dedupe-both-or-none');
    mkdirSync(out, { recursive: true });
    const merged = join(out, 'merged.csv');
    const clusters = join(out, 'clusters.csv');
    // An earlier merged list (its header): the only kind of file dedupe -o replaces without --force.
    const earlier = 'signer,source,source_row\r\nS1,the earlier run,2\r\n';
    writeFileSync(merged, earlier);
    const openWrite = failingFor('clusters.csv', failingAfter('ENOSPC', 300));
    const result = await runMain(['dedupe', ...allExports(), '-o', merged, '--clusters', clusters], { openWrite });
    expectCleanFailure(result, clusters, 'ENOSPC');
    expect(readFileSync(merged, 'utf8')).toBe(earlier);
    expect(existsSync(clusters)).toBe(false);
    expect(leftovers(out)).toEqual([]);
  });
});

/** A read-only disk: every folder made on it is refused with EROFS (Node's recursive mkdir says ENOENT instead). */
function readOnlyBelow(root: string): OpenWrite {
  const open: OpenWrite = (path, options) => createWriteStream(path, options);
  open.makeFolder = async (path) => {
    if (path.startsWith(root)) throw Object.assign(new Error(`EROFS: read-only file system, mkdir '${path}'`), { code: 'EROFS', path, syscall: 'mkdir' });
    mkdirSync(path);
  };
  return open;
}

describe('an output folder on a read-only disk', () => {
  it('is reported as read-only (EROFS), not as a missing file (ENOENT)', async () => {
    const root = join(dir, 'read-only-disk');
    mkdirSync(root, { recursive: true });
    const merged = join(root, 'new-folder', 'merged.csv');
    const result = await runMain(['dedupe', ...allExports(), '-o', merged], { openWrite: readOnlyBelow(root) });
    expectCleanFailure(result, merged, 'EROFS');
    expect(result.stderr).not.toContain('ENOENT');
    expect(existsSync(join(root, 'new-folder'))).toBe(false);
  });
});

describe('packet when a write fails', () => {
  it.each([
    ['ENOSPC', failingAfter('ENOSPC', 20_000)],
    ['EACCES', refusedAtOpen('EACCES')],
    ['ENOSPC on signatures.pdf, after three files were written', failingFor('signatures.pdf', failingAfter('ENOSPC', 5000))],
  ])('%s: names the file, exits 2 and leaves no temporary file and no part of a packet', async (code, openWrite) => {
    const root = join(dir, `packet-${code.replace(/\W+/g, '-')}`);
    cpSync(join(FIXTURES, 'exports'), join(root, 'exports'), { recursive: true });
    mkdirSync(join(root, 'campaign'));
    cpSync(join(FIXTURES, 'campaign', 'campaign.yaml'), join(root, 'campaign', 'campaign.yaml'));
    const out = join(root, 'packet');
    const result = await runMain(['packet', '--campaign', join(root, 'campaign', 'campaign.yaml'), '--delivery', 'embassy-2026', '-o', out], { openWrite });
    expectCleanFailure(result, out, code.slice(0, code.indexOf(' ') === -1 ? undefined : code.indexOf(' ')));
    expect(result.stderr).toMatch(/packet[/\\](letter|signatures)\.pdf: cannot write it/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['campaign', 'exports']);
  });
});

describe('the built binary', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete env.NODE_OPTIONS;

  it('ends quietly when the reader of its output goes away (inspect … | head -1)', async () => {
    const child = spawn(process.execPath, [BIN, 'inspect', exportPath('eff-raw.csv'), '--rows', '50'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
  });

  it('says standard output could not be written when it is a full disk (/dev/full), exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const child = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" count --json "${exportPath('eff-raw.csv')}" > /dev/full`], { env, encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('standard output');
    expect(child.stderr).toContain('ENOSPC');
    expect(child.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  // verifyQ M5: Node puts /dev/null in place of a closed descriptor, and the counts were lost without a word (exit 1).
  it('says standard output could not be written when it was closed (>&-), exit 2; discarded output stays quiet', () => {
    if (!existsSync('/proc/self/fdinfo')) return;
    const run = (redirect: string) => spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" count --json "${exportPath('eff-raw.csv')}" ${redirect}`], { env, encoding: 'utf8' });
    const closed = run('>&-');
    expect(closed.stderr).toContain('petition: standard output: cannot write it (EBADF)');
    expect(closed.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(closed.status).toBe(2);
    const discarded = run('> /dev/null');
    expect(discarded.stderr).not.toContain('standard output');
    expect(discarded.status).toBeLessThan(2);
  });

  // verifyR2 F17: `packet --mark-delivered >&-` built the packet and marked it delivered, then exited 2 "could not run".
  it('with standard output closed (>&-), packet --mark-delivered builds nothing and marks nothing, exit 2', () => {
    if (!existsSync('/proc/self/fdinfo')) return;
    const root = join(dir, 'closed-stdout');
    cpSync(join(FIXTURES, 'exports'), join(root, 'exports'), { recursive: true });
    cpSync(join(FIXTURES, 'campaign', 'campaign.yaml'), join(root, 'campaign', 'campaign.yaml'));
    const command = `"${process.execPath}" "${BIN}" packet --campaign campaign/campaign.yaml --delivery un-2026 -o pk --mark-delivered >&-`;
    const child = spawnSync('sh', ['-c', command], { env, encoding: 'utf8', cwd: root });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('petition: standard output: cannot write it (EBADF): it was closed (>&-), so nothing was run, built or marked');
    expect(existsSync(join(root, 'pk'))).toBe(false);
    expect(existsSync(join(root, 'campaign', '.petition', 'ledger.jsonl'))).toBe(false);
  });

  it('with a file size limit (ulimit -f), dedupe reports EFBIG for merged.csv and removes its temporary file', () => {
    const out = join(dir, 'efbig');
    mkdirSync(out);
    const merged = join(out, 'merged.csv');
    const files = allExports().map((f) => `"${f}"`).join(' ');
    const child = spawnSync('sh', ['-c', `ulimit -f 2 && exec "${process.execPath}" "${BIN}" dedupe ${files} -o "${merged}"`], { env, encoding: 'utf8' });
    expect({ code: child.status, efbig: child.stderr.includes('EFBIG'), named: child.stderr.includes(merged) }).toEqual({ code: 2, efbig: true, named: true });
    expect(child.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(leftovers(out)).toEqual([]);
  });
});
