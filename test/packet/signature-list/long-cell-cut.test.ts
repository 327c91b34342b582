// A name of thousands of characters (under the 10,000-character cell limit) is cut in the signature list to a few
// lines ending in "…", not let fill most of a page (tester F7); the rows cut are reported for the packet's warning.
import { describe, expect, it } from '@jest/globals';
import { breakLines } from '../../../src/packet/fonts/break-lines.js';
import type { PageModel, TextMeasure } from '../../../src/packet/signature-list/page-model.js';
import { LIST_CELL_MAX_LINES } from '../../../src/packet/signature-list/row-fit.js';
import { layOutList } from '../../../src/packet/signature-list/write-signature-list.js';
import { listRowsCutMessage } from '../../../src/packet/signature-list/list-rows-cut-message.js';
import { english, translator } from '../../../src/i18n/translator.js';
import { generated, listOptions } from './fixtures.js';

const measure: TextMeasure = {
  widthOf: (text, size) => [...text].length * size * 0.5,
  wrap: (text, width, size) => breakLines(text, width, (line) => [...line].length * size * 0.5),
};

describe('a signature-list cell too long to print whole', () => {
  it('takes at most a few lines, ends with "…", and is reported by its signature number', () => {
    const entries = generated(30);
    const longName = `Maximiliane ${'Wilhelmina von Hohenzollern '.repeat(180)}`.trim();
    entries[1] = { ...entries[1], name: longName };
    const { plan, pagesOf, cutRows } = layOutList(entries, listOptions(entries, { order: 'time' }), measure);
    const pages: PageModel[] = plan.volumes.flatMap((volume) => [...pagesOf(volume)]);
    expect(pages).toHaveLength(1);
    const nameLines = pages[0].texts.filter((box) => /Wilhelmina|Maximiliane/.test(box.text));
    expect(nameLines.length).toBeLessThanOrEqual(LIST_CELL_MAX_LINES);
    expect(nameLines[nameLines.length - 1].text).toMatch(/…$/);
    expect(cutRows).toEqual({ count: 1, first: [2] });
    // Every other signer is still on the first page.
    expect(pages[0].texts.some((box) => box.text === entries[29].name)).toBe(true);
  });

  it('is said in a warning, in English, Korean and Spanish', () => {
    const cut = { count: 7, first: [2, 9, 14, 20, 31] };
    expect(english().say(listRowsCutMessage(cut))).toBe('7 entries of the signature list are too long to print whole: cut to 4 lines ending in "…" '
      + '(signatures 2, 9, 14, 20, 31 and 2 more); the full text stays in the data (merged.csv from `petition dedupe`); check what was typed there');
    expect(translator('ko').say(listRowsCutMessage({ count: 1, first: [2] }))).toMatch(/^서명 명단의 항목 1개가 너무 길어 .*4줄로 .*\(서명 2\)/);
    expect(translator('es').say(listRowsCutMessage({ count: 1, first: [2] }))).toMatch(/^1 entrada de la lista de firmas es demasiado larga .*4 líneas .*\(firma 2\)/);
  });
});
