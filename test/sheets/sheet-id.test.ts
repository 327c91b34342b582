import { describe, expect, it } from '@jest/globals';
import { formatSheetId, parseSheetId } from '../../src/sheets/sheet-id.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('sheet IDs', () => {
  it('are campaign, batch and sequence with a check character, and read back as typed', () => {
    const id = formatSheetId({ code: 'NKR', batch: 3, sequence: 12 });
    expect(id).toMatch(/^NKR-03-012-[0-9A-Z]$/);
    expect(parseSheetId(` ${id.toLowerCase()} `)).toEqual({ ok: true, id: { code: 'NKR', batch: 3, sequence: 12 }, text: id });
  });

  it('catch every single mistyped character and every swap of two neighbours', () => {
    const id = formatSheetId({ code: 'NKR', batch: 3, sequence: 12 });
    const positions = [...id].flatMap((c, i) => (c === '-' ? [] : [i]));
    for (const at of positions) {
      for (const c of ALPHABET) {
        if (c === id[at]) continue;
        const typo = id.slice(0, at) + c + id.slice(at + 1);
        expect(parseSheetId(typo).ok).toBe(false);
      }
    }
    const body = id.replaceAll('-', '');
    for (let i = 0; i + 1 < body.length - 1; i++) {
      if (body[i] === body[i + 1]) continue;
      const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
      const typed = `${swapped.slice(0, 3)}-${swapped.slice(3, 5)}-${swapped.slice(5, 8)}-${body.at(-1)}`;
      // A letter swapped into the batch number breaks the ID's shape; anything else breaks its check character.
      expect(parseSheetId(typed).ok).toBe(false);
    }
  });

  it('says when text is no sheet ID at all', () => {
    expect(parseSheetId('sheet 12')).toMatchObject({ ok: false, problem: 'not_a_sheet_id' });
  });
});
