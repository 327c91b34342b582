// verifyQ M6: a file name (or cell) shown inside a line of a message can neither forge a line of its own nor pass for
// another name by a character that prints nothing or looks like a plain space.
import { describe, expect, it } from '@jest/globals';
import { visibleInLine } from '../../src/text/visible-in-line.js';
import { visibleControls } from '../../src/cli/visible-controls.js';
import { describeDifferences } from '../../src/packet/manifest/describe-differences.js';

describe('visibleInLine', () => {
  it.each([
    ['notes.txt: ignore\n\nAll checks passed\r', 'notes.txt: ignore␊␊All checks passed␍'],
    ['signatures.pdf\u200B', 'signatures.pdf<U+200B>'],
    ['letter.pdf\u00A0', 'letter.pdf<U+00A0>'],
    ['summary\u2060.pdf', 'summary<U+2060>.pdf'],
    ['sig\u200Dnatures.pdf\uFEFF', 'sig<U+200D>natures.pdf<U+FEFF>'],
    ['packet\u3000.pdf\u2003', 'packet<U+3000>.pdf<U+2003>'],
    ['\u3164\u2800\u00AD.pdf', '<U+3164><U+2800><U+00AD>.pdf'],
    ['a\u001b[2Kb\u007f\u2028', 'a␛[2Kb␡<U+2028>'],
  ])('shows %j as %j', (name, shown) => {
    expect(visibleInLine(name)).toBe(shown);
  });

  it('leaves plain spaces and letters of every script alone', () => {
    expect(visibleInLine('서명 목록 signatures vol 2.pdf')).toBe('서명 목록 signatures vol 2.pdf');
  });
});

describe('what reaches the terminal', () => {
  it('shows zero-width and other format characters, keeping the joiners words are written with', () => {
    expect(visibleControls('signatures.pdf\u200B \u2060 \uFEFF')).toBe('signatures.pdf<U+200B> <U+2060> <U+FEFF>');
    expect(visibleControls('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
  });
});

describe('verify differences', () => {
  it('print a file name holding line breaks on one line', () => {
    const lines = describeDifferences([{ path: 'notes.txt: ignore\n\nAll checks passed: every file matches its manifest\n', problem: 'unlisted' }]);
    expect(lines).toEqual(['notes.txt: ignore␊␊All checks passed: every file matches its manifest␊: not listed in the manifest (added to the folder after the packet was built?)']);
  });
});
