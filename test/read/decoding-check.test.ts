// U+FFFD written in a file (verifyQ L2) is told apart from bytes that do not decode, whatever the chunks.
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import { DecodingCheck } from '../../src/read/decoding-check.js';

/** Feeds `bytes` to a check in chunks of `size` bytes, decoded as the record reader decodes them; its problems. */
function problemsOf(bytes: Buffer, encoding: string, size: number) {
  const check = new DecodingCheck('f.csv', encoding, 10);
  const decoder = iconv.getDecoder(encoding);
  let before = '';
  const lineOf = (text: string) => (offset: number) => (before + text.slice(0, offset)).split('\n').length;
  for (let i = 0; i < bytes.length; i += size) {
    const chunk = bytes.subarray(i, i + size);
    const text = decoder.write(chunk);
    check.check(chunk, text, lineOf(text));
    before += text;
  }
  const tail = decoder.end() ?? '';
  if (tail) check.check(Buffer.alloc(0), tail, lineOf(tail));
  check.end(before.split('\n').length);
  return check.problems().map((p) => ({ code: p.code, line: p.line }));
}

describe('U+FFFD in the text', () => {
  const utf8 = Buffer.concat([Buffer.from('name,email\nAnn\uFFFDLee,a@x.org\n'), Buffer.from([0x52, 0x65, 0x6e, 0xe9]), Buffer.from(' Dupont,r@x.org\nBo\uFFFD\uFFFD,b@x.org\n')]);

  it.each([1, 2, 3, 5, 64])('in UTF-8, read %i bytes at a time: written ones are said to be written, a bad byte is undecodable', (size) => {
    expect(problemsOf(utf8, 'utf-8', size)).toEqual([
      { code: 'undecodable_bytes', line: 3 },
      { code: 'replacement_character', line: 2 },
    ]);
  });

  it('in UTF-16, is always written: its decoder replaces no byte', () => {
    expect(problemsOf(iconv.encode('name,email\nAnn\uFFFDLee,a@x.org\n', 'utf-16le'), 'utf-16le', 7)).toEqual([{ code: 'replacement_character', line: 2 }]);
  });

  it('in Windows-1252, stands for a byte it has no letter for', () => {
    expect(problemsOf(Buffer.from('name\nAnn\x81Lee\n', 'latin1'), 'windows-1252', 64).map((p) => p.code)).not.toContain('replacement_character');
  });
});
