import { describe, expect, it } from '@jest/globals';
import { volumeFileName } from '../../src/packet/volume-file-name.js';

describe('volumeFileName', () => {
  it('pads to the width of the largest volume number, so names sort in volume order', () => {
    const names = Array.from({ length: 100 }, (_, i) => volumeFileName(i, 100));
    expect(names[0]).toBe('signatures-vol-001.pdf');
    expect(names[99]).toBe('signatures-vol-100.pdf');
    expect([...names].sort()).toEqual(names);
  });

  it('keeps two digits for a small set', () => {
    expect(volumeFileName(2, 3)).toBe('signatures-vol-03.pdf');
  });
});
