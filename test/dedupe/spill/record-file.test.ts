import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SpillFolder } from '../../../src/dedupe/spill/record-file.js';

describe('RecordFile', () => {
  it('gives back every record in order, chunk by chunk and whole, beyond one buffer', () => {
    const folder = new SpillFolder();
    try {
      const file = folder.create(3, 64); // 5 records a buffer
      for (let i = 0; i < 23; i++) {
        const at = file.reserve();
        file.buffer.set([i, -i, i * 1000], at);
      }
      expect(file.length).toBe(23);
      const seen: number[] = [];
      file.forEachChunk((chunk, count, first) => {
        for (let k = 0; k < count; k++) {
          expect(chunk[k * 3]).toBe(first + k);
          seen.push(chunk[k * 3 + 2]);
        }
      });
      expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => i * 1000));
      const { array, ints } = file.readAll();
      expect(ints).toBe(69);
      expect(Array.from(array.subarray(66, 69))).toEqual([22, -22, 22000]);
      expect(file.readAll(array).array).toBe(array);
    } finally {
      folder.close();
    }
  });
});

describe('SpillFolder', () => {
  it('makes no folder until a file is needed, and removes it whole when closed', () => {
    const unused = new SpillFolder();
    unused.close();
    expect(unused.path).toBeNull();
    const folder = new SpillFolder();
    folder.create(2).reserve();
    folder.create(3);
    const path = folder.path as string;
    expect(path.startsWith(tmpdir())).toBe(true);
    expect(readdirSync(path)).toHaveLength(2);
    folder.close();
    expect(existsSync(path)).toBe(false);
  });
});
