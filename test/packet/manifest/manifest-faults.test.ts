// `verify` on a manifest it cannot read says what is wrong in words, in the organizer's language, naming the manifest
// ("it lists the file "letter.pdf" without its checksum"), never the schema library's English ("outputs.0.sha256:
// Invalid input: expected string…") nor a stack; the exit code stays 2 (outside tester B, F7).
import { afterAll, describe, expect, it } from '@jest/globals';
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestTempDirs, tempDir } from '../../helpers/fixtures.js';
import { runMain } from '../../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SHA = '0'.repeat(64);
const json = (value: unknown) => JSON.stringify(value);
/** What the schema library or Node would print: none of it may reach the organizer. */
const RAW = /Invalid (input|string)|expected (string|number|object|array)|received (undefined|number|string|null)|Too small|must match pattern|\bat .+:\d+:\d+|SyntaxError|Unexpected (token|end)/;

async function verifyText(manifest: string, language = 'en') {
  const dir = tempDir();
  writeFileSync(join(dir, 'manifest.json'), manifest);
  const result = await runMain(['--lang', language, 'verify', dir]);
  return { ...result, file: join(dir, 'manifest.json') };
}

describe('verify on a damaged or hand-made manifest', () => {
  it.each([
    ['an output without its checksum', json({ inputs: [], outputs: [{ path: 'letter.pdf', bytes: 1 }] }), 'it lists the file "letter.pdf" without its checksum'],
    ['a checksum that is a number', json({ outputs: [{ path: 'letter.pdf', bytes: 1, sha256: 5 }] }), 'it lists the file "letter.pdf" with a checksum that is not a SHA-256 (64 characters 0-9 and a-f)'],
    ['a checksum of the wrong length', json({ outputs: [{ path: 'letter.pdf', bytes: 1, sha256: 'abc123' }] }), 'with a checksum that is not a SHA-256'],
    ['a size given as text', json({ outputs: [{ path: 'letter.pdf', bytes: '12', sha256: SHA }] }), 'it lists the file "letter.pdf" with a size that is not a whole number of bytes'],
    ['an output without a name', json({ outputs: [{ bytes: 1, sha256: SHA }] }), "entry 1 of its list of the packet's files has no file name"],
    ['an output that is only a name', json({ outputs: [{ path: 'a.pdf', bytes: 1, sha256: SHA }, 'letter.pdf'] }), "entry 2 of its list of the packet's files is not a file with its name, size and checksum"],
    ['no list of outputs', json({ inputs: [] }), "it has no list of the packet's files"],
    ['outputs that are not a list', json({ outputs: {} }), "its list of the packet's files is not a list"],
    ['an export without its size', json({ inputs: [{ path: 'a.csv', sha256: SHA }], outputs: [] }), 'it lists the export "a.csv" without its size'],
    ['a list instead of entries', '[]', 'it holds a list where a manifest holds the packet\'s entries'],
    ['null', 'null', 'it holds null where'],
    ['an empty file', '', 'is empty: it holds none of the packet\'s entries'],
    ['blank lines only', '\n\n', 'is empty'],
    ['text that is not JSON', 'hello', 'it does not hold JSON'],
    ['a file cut short', '{"outputs": [{"path": "letter.pdf", "bytes": 1', 'is cut short: its text ends before the manifest closes'],
    ['a path out of the folder', json({ outputs: [{ path: '../secret.txt', bytes: 1, sha256: SHA }] }), 'lists "../secret.txt", which is outside the packet folder'],
    ['an absolute path', json({ outputs: [{ path: '/etc/passwd', bytes: 1, sha256: SHA }] }), 'lists "/etc/passwd", which is outside the packet folder'],
    ['a file listed twice (outside tester E, F13)', json({ outputs: [{ path: 'letter.pdf', bytes: 1, sha256: SHA }, { path: 'summary.pdf', bytes: 1, sha256: SHA }, { path: './letter.pdf', bytes: 1, sha256: SHA }] }), 'it lists the file "./letter.pdf" twice (entry 3 again): each file is listed once'],
    ['a number of pages given as a word (outside tester E, F13)', json({ outputs: [{ path: 'letter.pdf', bytes: 1, sha256: SHA, pages: 'two' }] }), 'it lists the file "letter.pdf" with a number of pages that is not a whole number'],
  ])('%s', async (_, manifest, said) => {
    const result = await verifyText(manifest);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${result.file}: `);
    expect(result.stderr).toContain(said);
    expect(result.stdout + result.stderr).not.toMatch(RAW);
  });

  it.each([
    ['ko', '파일 "letter.pdf"의 체크섬이 적혀 있지 않습니다', '목록이 들어 있습니다', '중간에 잘렸습니다'],
    ['es', 'lista el archivo "letter.pdf" sin su suma de comprobación', 'contiene una lista donde', 'está cortado'],
  ])('says it in the organizer\'s language (%s)', async (language, noChecksum, aList, cutShort) => {
    for (const [manifest, said] of [[json({ outputs: [{ path: 'letter.pdf', bytes: 1 }] }), noChecksum], ['[]', aList], ['{"outputs": [', cutShort]]) {
      const result = await verifyText(manifest, language);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(said);
      expect(result.stderr).not.toMatch(RAW);
      expect(result.stderr).not.toMatch(/is not a packet manifest|without its|holds a list/);
    }
  });

  it('refuses a manifest of gigabytes by its size, without reading it', async () => {
    const dir = tempDir();
    const file = join(dir, 'manifest.json');
    // Sparse: 65 MB on paper, nothing on disk.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    const result = await runMain(['verify', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: is 65 MB, far more than a packet manifest holds (at most 64 MB)`);
    expect(result.stderr).not.toMatch(RAW);
  });
});
