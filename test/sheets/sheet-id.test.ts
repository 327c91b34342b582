import { describe, expect, it } from '@jest/globals';
import { formatSheetId, parseSheetId } from '../../src/sheets/sheet-id.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('sheet IDs', () => {
  it('are campaign, batch and sequence with a check character, and read back as typed', () => {
    const id = formatSheetId({ code: 'NKR', batch: 3, sequence: 12 });
    expect(id).toMatch(/^NKR-03-012-[0-9A-Z]{2}$/);
    expect(parseSheetId(` ${id.toLowerCase()} `)).toEqual({ ok: true, id: { code: 'NKR', batch: 3, sequence: 12 }, text: id });
  });

  it('catch two digits swapped that are not neighbours: sheet 805 typed as 508 (adv14 D1)', () => {
    const id = formatSheetId({ code: 'NKR', batch: 1, sequence: 805 });
    const check = id.slice(id.lastIndexOf('-') + 1);
    expect(parseSheetId(`NKR-01-508-${check}`).ok).toBe(false);
  });

  it('catch every mistyped character and every swap of two different characters, near or far, in every sheet of a batch', () => {
    for (const code of ['NKR', 'AB12CD34']) {
      for (let sequence = 1; sequence <= 999; sequence += 4) {
        const id = formatSheetId({ code, batch: 7, sequence });
        const positions = [...id].flatMap((c, i) => (c === '-' ? [] : [i]));
        const accepted: string[] = [];
        for (const [n, at] of positions.entries()) {
          for (const c of ALPHABET) if (c !== id[at] && parseSheetId(id.slice(0, at) + c + id.slice(at + 1)).ok) accepted.push(id.slice(0, at) + c + id.slice(at + 1));
          for (const other of positions.slice(n + 1)) {
            if (id[at] === id[other]) continue;
            const swapped = [...id];
            [swapped[at], swapped[other]] = [swapped[other], swapped[at]];
            if (parseSheetId(swapped.join('')).ok) accepted.push(swapped.join(''));
          }
        }
        if (accepted.length) expect({ id, accepted }).toEqual({ id, accepted: [] });
      }
    }
  });

  it('printed before check version 2, with one check character, still read back', () => {
    const old = formatSheetId({ code: 'NKR', batch: 1, sequence: 12 }, 1);
    expect(old).toBe('NKR-01-012-B');
    expect(parseSheetId(old)).toEqual({ ok: true, id: { code: 'NKR', batch: 1, sequence: 12 }, text: old });
    expect(parseSheetId('NKR-01-012-K')).toMatchObject({ ok: false, problem: 'bad_check_digit' });
  });

  it('says when text is no sheet ID at all', () => {
    expect(parseSheetId('sheet 12')).toMatchObject({ ok: false, problem: 'not_a_sheet_id' });
  });
});
