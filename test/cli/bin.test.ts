import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runBin } from '../helpers/run-bin.js';

const packageVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

describe('the built petition binary', () => {
  it('prints its version and help', () => {
    expect(runBin(['--version'])).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
    const help = runBin(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['count', 'dedupe', 'inspect', 'packet', 'verify']) expect(help.stdout).toContain(command);
  });

  it('counts standard input and keeps stdout pure JSON', () => {
    const result = runBin(['count', '--json', '-'], { input: 'Name,Email\n김민준,minjun@example.kr\nKim Minjun,MINJUN@example.kr\n' });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, duplicates: 1, unique: 1 });
    expect(result.stderr).toBe('');
  });

  it('reports an unreadable file with exit code 2, naming it, without a stack trace', () => {
    const dir = tempDir();
    const zip = join(dir, 'signatures.csv');
    writeFileSync(zip, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 0)]));
    const binary = runBin(['count', zip]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain(zip);
    expect(binary.stderr).not.toMatch(/\n\s+at /);
    const plain = runBin(['count', 'missing.csv']);
    expect(plain).toMatchObject({ code: 2, stdout: '' });
    expect(plain.stderr).toBe('petition: missing.csv: no such file\n');
  });
});
