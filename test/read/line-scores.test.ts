// LineScores reads a line from its words beyond ASCII, remembered: every candidate's score must be the very number
// scoreLine gives for the whole line, whatever the bytes (valid or not in any encoding), in any order of lines.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { scoreLine } from '../../src/read/encoding-models.js';
import { LineScores } from '../../src/read/line-scores.js';

const words = ['Jürgen', '김민준', 'Олег', 'Ελένη', '王伟', '山田太郎', 'ｱｲｳ', 'Łukasz', 'user1.x@mail.kr', '2025-11-01 10:00', 'SW1A 1AA', 'Seoul'];
const encodings = ['utf-8', 'cp949', 'gb18030', 'big5', 'shift_jis', 'windows-1252', 'windows-1251'];
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...words), fc.constantFrom(...encodings)).map(([word, encoding]) => iconv.encode(word, encoding)),
  fc.constantFrom(',', ' ', '\t', '"', '\r', '-', '.', '/', '0', '9', ':', '@', 'A', 'z', '\x7f').map((text) => Buffer.from(text, 'latin1')),
  fc.uint8Array({ minLength: 1, maxLength: 4 }).map((bytes) => Buffer.from(bytes)),
);

describe('LineScores', () => {
  it('scores every line as scoreLine does, to the last bit', () => {
    const scores = new LineScores();
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(8), fc.nat(8), (pieces, before, after) => {
      const line = Buffer.concat([Buffer.alloc(before, 0x61), ...pieces, Buffer.alloc(after, 0x2c)]);
      const from = Math.min(before, line.length);
      const to = line.length - Math.min(after, line.length - from);
      expect([...scores.score(line, from, to)]).toEqual(scoreLine(line, from, to));
      // Once more, remembered.
      expect([...scores.score(line, from, to)]).toEqual(scoreLine(line, from, to));
    }), { numRuns: 3000 });
  });
});
