// Files an outside tester damaged the way broken exports are damaged (F9, F10, F11, F15): each is read right or refused
// with a message that says what is wrong and where, never read as garbage rows rejected one by one.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { sniffEncoding } from '../../src/read/sniff-encoding.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` to a file of the test's folder and runs `petition dedupe` on it: exit code, stderr and merged rows. */
async function dedupe(name: string, bytes: Buffer) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const merged = join(dir, `${name}.merged.csv`);
  const result = await runMain(['dedupe', file, '-o', merged]);
  const rows = result.code === 2 ? [] : readCsv(merged);
  return { ...result, rows, file };
}

describe('a UTF-8 file with a few NUL bytes (F9, F11)', () => {
  it('reads a one-row UTF-8 file with a NUL as UTF-8, not as UTF-16 (its ASCII pairs read as CJK)', async () => {
    const bytes = Buffer.from('name,email,country\n\u0000Chris Park,chris@example.org,US');
    expect(sniffEncoding(bytes).encoding).toBe('utf-8');
    const { code, stderr, rows } = await dedupe('one-row.csv', bytes);
    expect(rows.map((r) => r.name)).toEqual(['Chris Park']);
    expect(stderr).toMatch(/one-row\.csv, line 2: NUL bytes \(zero bytes\) in the text/);
    expect(code).toBe(1);
  });

  it('reads the letters of a UTF-8 file holding a cell of NULs right, and names the line that held them', async () => {
    const bytes = Buffer.from('name,email,date\nJürgen Müller,j@example.de,2024-01-02\nAnna Kim\u0000\u0000\u0000,anna@example.de,2024-01-03\n김민준,kim@example.kr,2024-01-04\n');
    expect(sniffEncoding(bytes).encoding).toBe('utf-8');
    const { code, stderr, rows } = await dedupe('nul-cell.csv', bytes);
    expect(rows.map((r) => r.name)).toEqual(['Jürgen Müller', 'Anna Kim', '김민준']);
    expect(stderr).toMatch(/nul-cell\.csv, line 3: NUL bytes/);
    expect(stderr).not.toMatch(/--map/);
    expect(code).toBe(1);
  });

  it('names every line that held NULs, the NULs no longer dropped silently', async () => {
    const bytes = Buffer.from('name,email\nAnna\u0000,anna@example.org\nBo Lee,bo@example.org\nCy\u0000 Park,cy@example.org\n');
    const { code, stderr, rows } = await dedupe('two-lines.csv', bytes);
    expect(rows.map((r) => r.name)).toEqual(['Anna', 'Bo Lee', 'Cy Park']);
    expect(stderr).toMatch(/two-lines\.csv, line 2: NUL bytes .* \(lines 2, 4\)/);
    expect(code).toBe(1);
  });

  it('still reads UTF-16 without a BOM, whose zero bytes are half the file', () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      expect(sniffEncoding(iconv.encode('name,email\nAnna,anna@example.org\n', encoding)).encoding).toBe(encoding);
      expect(sniffEncoding(iconv.encode('이름\t주소\n김민준\t서울\n', encoding)).encoding).toBe(encoding);
    }
  });
});

const KOREAN_ROWS = '김민준\tkim@example.kr\tKR\n이서연\tseo@example.kr\tKR\nAnna Lee\tanna@example.org\tDE\n';

describe('a UTF-16 header over a UTF-8 body (F10)', () => {
  it.each([
    ['with a BOM', Buffer.from('fffe', 'hex')],
    ['without a BOM', Buffer.alloc(0)],
  ])('refuses the file %s, naming the line where the encoding changes, instead of one broken row', async (_label, bom) => {
    const bytes = Buffer.concat([bom, iconv.encode('name\temail\tcountry\n', 'utf-16le'), Buffer.from(KOREAN_ROWS)]);
    const { code, stderr } = await dedupe(`pasted${bom.length}.csv`, bytes);
    expect(stderr).toMatch(/pasted\d\.csv, line 2: the file mixes encodings: the lines above this one are utf-16le, and from this line on the bytes are 8-bit text \(UTF-8\)/);
    expect(stderr).not.toMatch(/broken row/);
    expect(code).toBe(2);
  });
});

describe('a UTF-16LE file one byte off (F15)', () => {
  it.each([
    ['a stray byte before it', Buffer.from([0x20])],
    ['half of its BOM', Buffer.from([0xfe])],
    ['a stray byte before its BOM', Buffer.from([0x0a, 0xff, 0xfe])],
  ])('with %s is refused as damaged, not read as UTF-16BE rows of garbage', async (_label, start) => {
    const bytes = Buffer.concat([start, iconv.encode(`name\temail\tcountry\n${KOREAN_ROWS}`, 'utf-16le')]);
    const { code, stderr } = await dedupe(`shifted${start.length}${start[0]}.csv`, bytes);
    expect(stderr).toMatch(/: the file looks damaged: read as utf-16be its text is garbage, but from its second byte on it reads as utf-16le/);
    expect(stderr).not.toMatch(/rejected|--map/);
    expect(code).toBe(2);
  });

  it.each(['utf-16le', 'utf-16be'])('still reads Korean, Chinese and Latin rows in %s, with a BOM or without', async (encoding) => {
    const text = `name\temail\tcountry\n${KOREAN_ROWS}王芳\twang@example.cn\tCN\nJosé Núñez\tjose@example.es\tES\n`;
    for (const bom of [false, true]) {
      const bytes = iconv.encode(text, encoding, { addBOM: bom });
      const { code, rows } = await dedupe(`${encoding}-${bom}.csv`, bytes);
      expect(rows.map((r) => r.name)).toEqual(['김민준', '이서연', 'Anna Lee', '王芳', 'José Núñez']);
      expect(code).toBe(0);
    }
  });
});

describe('a UTF-16LE export with a stray zero byte at its start (outside tester B, F9)', () => {
  it.each([
    ['before its BOM, Latin text only', Buffer.from([0x00, 0xff, 0xfe]), 'name,email,country\nAnn One,a1@x.example,US\nBo Two,b2@x.example,US\n'],
    ['and no BOM, a few Korean and German names', Buffer.from([0x00]), 'name,email,country\nAnn One,a1@x.example,US\n김민준,k1@x.example,KR\nJürgen Müller,j@x.example,DE\n'],
    ['and no BOM, Korean headers', Buffer.from([0x00]), '이름,이메일,나라\n김민준,k1@x.example,KR\n박지호,p1@x.example,KR\n'],
  ])('%s is refused, naming the fix, with no garbled --map hint and no garbled row', async (_label, start, text) => {
    const bytes = Buffer.concat([start, iconv.encode(text, 'utf-16le')]);
    const { code, stderr } = await dedupe(`stray-nul-${start.length}-${text.length}.csv`, bytes);
    expect(stderr).toMatch(/: the file looks damaged: read as utf-16be its text is garbage, but from its second byte on it reads as utf-16le, so a byte was lost or added at its start .*remove its first byte and read it again/);
    expect(stderr).not.toMatch(/--map|rejected|ÿ|\uFE6E|껼/u);
    expect(code).toBe(2);
  });

  it('reads a Latin-1 export with a stray zero byte right, as its letters read the same one byte on', async () => {
    const bytes = Buffer.concat([Buffer.from([0x00]), iconv.encode('name,email,country\nJosé Núñez,j@x.example,ES\nAnn One,a1@x.example,US\n', 'utf-16le')]);
    const { code, rows } = await dedupe('stray-nul-latin1.csv', bytes);
    expect(rows.map((r) => r.name)).toEqual(['José Núñez', 'Ann One']);
    expect(code).toBeLessThan(2);
  });
});

describe('a Latin-only UTF-16LE export one byte off (outside tester E, F6)', () => {
  const LATIN = 'name,email,country\nAnn One,a1@x.example,US\nBo Two,b2@x.example,US\n';

  it.each([
    ['the first byte of its BOM lost', Buffer.from([0xfe])],
    ['a stray 0xFF before it', Buffer.from([0xff])],
    ['a stray letter before it', Buffer.from([0x41])],
  ])('with %s is refused as damaged, not with a --map hint of a garbled header', async (_label, start) => {
    const bytes = Buffer.concat([start, iconv.encode(LATIN, 'utf-16le')]);
    const { code, stderr } = await dedupe(`latin-shifted-${start[0]}.csv`, bytes);
    expect(stderr).toMatch(/: the file looks damaged: read as utf-16be its text is garbage, but from its second byte on it reads as utf-16le, so a byte was lost or added at its start/);
    expect(stderr).not.toMatch(/--map|rejected|\uFE6E|\uFF6E/u);
    expect(code).toBe(2);
  });

  it('is refused as damaged with --encoding utf-16le too, not read as one header of CJK garbage', async () => {
    const file = join(dir, 'forced-shifted.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0x00]), iconv.encode(LATIN, 'utf-16le')]));
    const { code, stderr } = await runMain(['count', '--encoding', 'utf-16le', file]);
    expect(stderr).toMatch(/: the file looks damaged: read as utf-16le its text is garbage, but from its second byte on it reads as utf-16le/);
    expect(stderr).not.toMatch(/--map|\u6E00/u);
    expect(code).toBe(2);
  });

  it('is refused as damaged when read from standard input too (a pipe, as with <(cat …))', async () => {
    const { code, stderr } = await runMain(['count', '-'], { stdin: Buffer.concat([Buffer.from([0xfe]), iconv.encode(LATIN, 'utf-16le')]) });
    expect(stderr).toMatch(/-: the file looks damaged: read as utf-16be its text is garbage, but from its second byte on it reads as utf-16le/);
    expect(stderr).not.toMatch(/--map|\uFE6E/u);
    expect(code).toBe(2);
  });

  it('still reads a whole UTF-16BE file whose header opens with one Han character before Latin ones', async () => {
    const bytes = iconv.encode('名,email,country\nAnn One,a1@x.example,US\n', 'utf-16be');
    const { code, rows } = await dedupe('han-first-be.csv', bytes);
    expect(rows.map((r) => r.name)).toEqual(['Ann One']);
    expect(code).toBeLessThan(2);
  });
});

describe('a UTF-16 export with one byte lost or added in the middle (verifyQ H5, L4)', () => {
  const LINES = ['Name\tEmail\tCity\tCountry', ...Array.from({ length: 40 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))} Test\tp${i}@example.com\tBerlin\tDE`)];
  /** The export with its bytes changed at the start of line `line` (1-based) plus `into` bytes. */
  const damaged = (encoding: string, eol: string, line: number, into: number, change: 'lost' | 'added') => {
    const bytes = iconv.encode(LINES.join(eol) + eol, encoding, { addBOM: true });
    const at = 2 + Buffer.byteLength(iconv.encode(LINES.slice(0, line - 1).map((l) => l + eol).join(''), encoding)) + into;
    return Buffer.concat([bytes.subarray(0, at), change === 'added' ? Buffer.from([0x00]) : Buffer.alloc(0), bytes.subarray(change === 'lost' ? at + 1 : at)]);
  };

  it.each([
    ['utf-16le', '\n', 'lost', 2],
    ['utf-16le', '\n', 'added', 21],
    ['utf-16be', '\n', 'lost', 30],
    ['utf-16le', '\r\n', 'added', 7],
    ['utf-16be', '\r', 'lost', 12],
  ] as const)('%s (line ends %j), a byte %s on line %i: refused naming that line, no garbled row read or quoted', async (encoding, eol, change, line) => {
    const { code, stderr, rows } = await dedupe(`mid-${encoding}-${eol.length}-${change}-${line}.tsv`, damaged(encoding, eol, line, 9, change));
    expect(stderr).toMatch(new RegExp(`\\.tsv, line ${line}: the file is damaged on this line: a byte was lost or added here`));
    // Nothing of the byte-swapped rest of the file: not another signer's address, nor a warning about one.
    expect(stderr).not.toMatch(/@example|not a valid address|leaves off/);
    expect(stderr).not.toMatch(/[\u0900\u0a00\u6100-\u7aff]/u);
    expect(rows).toEqual([]);
    expect(code).toBe(2);
  });

  it('reads a file with one stray byte after its last line, saying what the byte is, with no row lost', async () => {
    const whole = iconv.encode(LINES.join('\n') + '\n', 'utf-16le', { addBOM: true });
    const { code, stderr, rows } = await dedupe('stray-end.tsv', Buffer.concat([whole, Buffer.from([0x0a])]));
    expect(rows).toHaveLength(40);
    expect(stderr).toMatch(/stray-end\.tsv, line 42: the file ends in one stray byte after its last line, which is no utf-16le character: it is left out, and no row is lost/);
    expect(stderr).not.toMatch(/mixes encodings|pasted together|not valid utf-16le/);
    expect(code).toBe(1);
  });
});
