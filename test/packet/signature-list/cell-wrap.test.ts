// A long name in a narrow list cell breaks where a reader expects it: at a space or after a hyphen (UAX #14), and
// inside a word only when one word alone is wider than the cell.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../../src/packet/signature-list/write-signature-list.js';
import { wrapAtPunctuation } from '../../../src/packet/signature-list/fit-cell.js';

const measure = fontMeasure(FontSet.load());
const SIZE = 7;

describe('list cells wrap at spaces and hyphens first', () => {
  it('breaks a hyphenated double name after its hyphen, not inside either half', () => {
    const name = 'Hohenzollern-Sigmaringen-Württemberg';
    const width = measure.widthOf('Hohenzollern-Sigmaringen', SIZE) - 1;
    expect(measure.widthOf(name, SIZE)).toBeGreaterThan(width);
    const lines = measure.wrap(name, width, SIZE);
    expect(lines).toEqual(['Hohenzollern-', 'Sigmaringen-', 'Württemberg']);
  });

  it('keeps a space-separated name whole at its spaces, and the words intact', () => {
    const name = 'Maria-Magdalena Anneliese Wilhelmina von Hohenzollern';
    const lines = measure.wrap(name, measure.widthOf('Maria-Magdalena Anneliese', SIZE) + 1, SIZE);
    expect(lines.join(' ').replace(/- /g, '-')).toBe(name);
    const parts = new Set(name.split(/[ -]/));
    for (const line of lines) for (const part of line.split(/[ -]/).filter(Boolean)) expect(parts).toContain(part);
  });

  it('splits inside a word only when the word alone is wider than the cell', () => {
    const lines = measure.wrap('Wolfeschlegelsteinhausenbergerdorff', measure.widthOf('Wolfeschlegel', SIZE), SIZE);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Wolfeschlegelsteinhausenbergerdorff');
  });
});

describe('an e-mail address in a list cell', () => {
  const byLetters = (line: string) => line.length;
  const wrapInside = (piece: string) => piece.match(/.{1,20}/gu) ?? [piece];

  it('breaks at @ and dots before it breaks after a hyphen (verifyL F3)', () => {
    const email = 'maria.fernanda.gonzalez-rodriguez@universidad-complutense.es';
    const lines = wrapAtPunctuation(email, 24, byLetters, wrapInside);
    expect(lines.join('')).toBe(email);
    expect(lines).toEqual(['maria.fernanda', '.gonzalez-rodriguez@', 'universidad-complutense', '.es']);
  });

  it('breaks after a hyphen only inside a piece no line can hold, and inside a word only after that', () => {
    const email = 'w.schmidt-hoffmann@fluechtlingshilfe-nordrhein-westfalen.de';
    const lines = wrapAtPunctuation(email, 20, byLetters, wrapInside);
    expect(lines.join('')).toBe(email);
    expect(lines).toEqual(['w.schmidt-hoffmann@', 'fluechtlingshilfe-', 'nordrhein-westfalen', '.de']);
  });
});
