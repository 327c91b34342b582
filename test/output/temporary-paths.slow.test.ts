import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/run-bin.js';
import { SpillFolder } from '../../src/dedupe/spill/record-file.js';
import { openAtomicFile } from '../../src/output/atomic-write.js';
import { makeTemporaryFolder, privateTemporaryRoot, removeTemporaries, removeTemporaryFolder } from '../../src/output/temporary-paths.js';
import { tempDir } from '../helpers/fixtures.js';

describe('removeTemporaries (what an interrupted run calls)', () => {
  it('removes the match spill folder and a half-written output, and leaves finished outputs alone', async () => {
    const spill = new SpillFolder();
    spill.create(4).reserve();
    const dir = tempDir();
    const done = await openAtomicFile(join(dir, 'done.csv'));
    done.stream.write('kept\n');
    await done.commit();
    const half = await openAtomicFile(join(dir, 'half.csv'));
    await new Promise((written) => half.stream.write('half', written));
    expect(readdirSync(dir)).toHaveLength(2);

    removeTemporaries();

    expect(existsSync(spill.path as string)).toBe(false);
    expect(readdirSync(dir)).toEqual(['done.csv']);
    expect(readFileSync(join(dir, 'done.csv'), 'utf8')).toBe('kept\n');
    spill.close();
    half.stream.destroy();
  });
});

describe('temporary data a killed run left behind', () => {
  const deadPid = (): number => spawnSync('true').pid as number;

  it('is swept by the next run: a dead process run folder with signer data goes, a live one stays', () => {
    const root = privateTemporaryRoot();
    const dead = join(root, `run-${deadPid()}-abcdef`);
    mkdirSync(join(dead, 'petition-signers-x'), { recursive: true });
    writeFileSync(join(dead, 'petition-signers-x', 'signers.jsonl'), '{"name":"Kim Minjun","city":"Seoul"}\n');
    const live = join(root, `run-${process.ppid}-abcdef`);
    mkdirSync(live, { recursive: true });

    const dir = makeTemporaryFolder('petition-test-sweep-');

    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(dir.startsWith(root)).toBe(true);
    removeTemporaryFolder(dir);
    rmSync(live, { recursive: true, force: true });
  });

  it('keeps signer folders private: the per-user folder is 0700 and a shared one is refused', () => {
    expect(statSync(privateTemporaryRoot()).mode & 0o777).toBe(0o700);
    const other = tempDir();
    mkdirSync(join(other, `petition-courier-${userInfo().uid}`));
    chmodSync(join(other, `petition-courier-${userInfo().uid}`), 0o777);
    expect(() => privateTemporaryRoot(other)).toThrow(/not a private folder/);
  });

  it('removes the .tmp files a dead writer left beside an output when that output is next written', async () => {
    const dir = tempDir();
    const stale = `.merged.csv.${deadPid()}-abcdef.0123abcd.tmp`;
    const alive = `.merged.csv.${process.ppid}-abcdef.0123abcd.tmp`;
    for (const name of [stale, alive, '.other.csv.1-abcdef.0123abcd.tmp']) writeFileSync(join(dir, name), 'Kim Minjun,kim@example.kr\n');
    const file = await openAtomicFile(join(dir, 'merged.csv'));
    file.stream.write('new\n');
    await file.commit();
    expect(readdirSync(dir).sort()).toEqual(['.merged.csv.' + alive.slice('.merged.csv.'.length), '.other.csv.1-abcdef.0123abcd.tmp', 'merged.csv'].sort());
  });

  it('sweeps, on any write into a folder, every temporary file a dead run left there, and only files of our exact naming', async () => {
    const dir = tempDir();
    const dead = deadPid();
    const ours = [`.clusters.csv.${dead}-abcdef.0123abcd.tmp`, `.signatures.pdf.${dead}-0a1b2c.89abcdef.tmp`];
    const notOurs = [
      `.clusters.csv.${dead}.tmp`, // another program's naming
      `clusters.csv.${dead}-abcdef.0123abcd.tmp`, // not hidden
      `.clusters.csv.${dead}-abcdefg.0123abcd.tmp`, // tag of another length
      `.notes.${dead}-abcdef.0123abcd.tmp.bak`,
      `.merged.csv.${process.pid}-abcdef.0123abcd.tmp`, // a live writer's
    ];
    for (const name of [...ours, ...notOurs]) writeFileSync(join(dir, name), 'Kim Minjun,kim@example.kr\n');
    mkdirSync(join(dir, `.folder.${dead}-abcdef.0123abcd.tmp`));
    const file = await openAtomicFile(join(dir, 'merged.csv'));
    file.stream.write('new\n');
    await file.commit();
    expect(readdirSync(dir).sort()).toEqual([...notOurs, `.folder.${dead}-abcdef.0123abcd.tmp`, 'merged.csv'].sort());
  });

  it('sweeps a dead run folder at the start of any run, also one that needs no temporary folder (count of a file)', () => {
    const root = privateTemporaryRoot();
    const dead = join(root, `run-${deadPid()}-fedcba`);
    mkdirSync(join(dead, 'petition-rows-x'), { recursive: true });
    writeFileSync(join(dead, 'petition-rows-x', 'rows.bin'), 'Kim Minjun,kim@example.kr,Seoul\n');
    const input = join(tempDir(), 'a.csv');
    writeFileSync(input, 'name,email,city\nLee Ara,lee@example.kr,Busan\n');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const next = spawnSync(process.execPath, [BIN, 'count', input], { env, encoding: 'utf8' });
    const left = existsSync(dead);
    rmSync(dead, { recursive: true, force: true });
    expect(next.status).toBe(0);
    expect(left).toBe(false);
  });

  it('after SIGKILL of a run reading standard input, the next run removes the spooled signer data', async () => {
    const root = privateTemporaryRoot();
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [BIN, 'count', '-'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.write('name,email,city\nKim Minjun,kim@example.kr,Seoul\n');
    const folder = `run-${child.pid}-`;
    for (let tries = 0; tries < 2000 && !readdirSync(root).some((n) => n.startsWith(folder)); tries++) await new Promise((r) => setTimeout(r, 5));
    expect(readdirSync(root).some((n) => n.startsWith(folder))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readdirSync(root).some((n) => n.startsWith(folder))).toBe(true);

    const next = spawnSync(process.execPath, [BIN, 'count', '-'], { env, input: 'name,email,city\nLee Ara,lee@example.kr,Busan\n', encoding: 'utf8' });
    expect(next.status).toBe(0);
    // The killed run's folder; another test file running at the same time may have a live run of its own here.
    expect(readdirSync(root).filter((n) => n.startsWith(folder))).toEqual([]);
  });
});
