import { describe, expect, it } from '@jest/globals';
import { displayWidth, fitTailToWidth, fitToWidth, padToWidth } from '../../../src/dedupe/explain/display-width.js';

describe('displayWidth', () => {
  it.each([
    ['Jane Doe', 8],
    ['박지호', 6],
    ['鈴木 花子', 9],
    ['María', 5],
    ['Mari\u0301a', 5], // NFD: the combining accent takes no column
    ['\u001b[33mOsaka\u001b[39m', 5],
    ['', 0],
  ])('%j takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads wide text to line up with narrow text', () => {
    expect(displayWidth(padToWidth('이서연', 10))).toBe(10);
    expect(padToWidth('Seoul', 3)).toBe('Seoul');
  });

  it('cuts long text at the end, and paths at the start so the file name stays', () => {
    expect(fitToWidth('Maximilian Mustermann', 10)).toBe('Maximilia…');
    expect(displayWidth(fitToWidth('김민준김민준김민준', 7))).toBeLessThanOrEqual(7);
    expect(fitTailToWidth('fixtures/exports/change-org-nobom.csv', 24)).toBe('…ts/change-org-nobom.csv');
    expect(fitTailToWidth('a.csv', 24)).toBe('a.csv');
  });
});
