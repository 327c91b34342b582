import { describe, expect, it } from '@jest/globals';
import { maskEmail } from '../../src/output/mask.js';

describe('maskEmail', () => {
  it.each([
    ['kim.minjun@gmail.com', 'k…@gmail.com'],
    ['kim@gmail', 'k…@gmail'],
    ['nobody', '…'],
    // A cell that runs on after "@" (rows of a damaged file run together, bytes undecoded): the rest is not shown.
    ['p0@example.c\u6D6F\u0900\u4200\u6500\u7200' + '\u6C00'.repeat(60), 'p…@…'],
    ['p0@example.com\tBerlin\tDE\nPersonB Test\tp1@example.com', 'p…@…'],
    ['p0@exam\uFFFDple.com', 'p…@…'],
  ])('%j → %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
