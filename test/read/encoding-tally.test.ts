// The encoding tally finds lines natively: it must number and pick out the lines beyond ASCII as a byte-by-byte
// reading does, however the bytes are cut into chunks, in LF, CRLF and old Mac CR files alike.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { EncodingTally } from '../../src/read/encoding-tally.js';

/** Lines holding a byte beyond ASCII, numbered from 1: a CR, an LF or a CRLF ends a line. */
function linesBeyondAscii(bytes: Uint8Array): number[] {
  const lines: number[] = [];
  let line = 1;
  let high = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) high = true;
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) {
      if (high) lines.push(line);
      line++;
      high = false;
    }
  }
  if (high) lines.push(line);
  return lines;
}

function tally(bytes: Uint8Array, cuts: number[]): EncodingTally {
  const t = new EncodingTally();
  let at = 0;
  for (const cut of [...cuts].sort((x, y) => x - y)) {
    t.add(bytes.subarray(at, Math.max(at, Math.min(cut, bytes.length))));
    at = Math.max(at, Math.min(cut, bytes.length));
  }
  t.add(bytes.subarray(at));
  t.end();
  return t;
}

const piece = fc.constantFrom('\n', '\r', '\r\n', 'a,b', 'Jürgen', '김민준', '\r\r', '\n\n', ' ', 'x\r');

describe('EncodingTally', () => {
  it('names the first lines beyond ASCII as a byte-by-byte reading does, however the bytes are cut', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(300), { maxLength: 6 }), (pieces, cuts) => {
      const bytes = Buffer.from(pieces.join(''), 'utf8');
      const expected = linesBeyondAscii(bytes);
      const verdict = tally(bytes, cuts).verdict();
      if (expected.length === 0) expect(verdict).toBeUndefined();
      else expect(verdict?.textLines).toEqual(expected.slice(0, 5));
    }), { numRuns: 500 });
  });

  it('names a Latin-1 line among UTF-8 ones by its number, in a CR file cut after a CR', () => {
    const bytes = Buffer.concat([Buffer.from('name\r김민준\r', 'utf8'), Buffer.from('J\xfcrgen M\xfcller\r', 'latin1'), Buffer.from('박서연\r이도윤\r', 'utf8')]);
    const cut = bytes.indexOf(13, 5) + 1;
    const verdict = tally(bytes, [cut]).verdict();
    expect(verdict?.encoding).toBe('utf-8');
    expect(verdict?.textLines).toEqual([2, 3, 4, 5]);
  });
});
