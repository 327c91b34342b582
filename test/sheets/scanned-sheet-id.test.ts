import { describe, expect, it } from '@jest/globals';
import { formatSheetId } from '../../src/sheets/sheet-id.js';
import { createLineChecker } from '../../src/sheets/transcription.js';
import { english } from '../../src/i18n/translator.js';

describe("a sheet ID entered by scanning the sheet's QR code", () => {
  const id = formatSheetId({ code: 'NKR', batch: 1, sequence: 12 });

  it('is read as the ID when the campaign URL the QR holds follows it', () => {
    const check = createLineChecker(null);
    expect(check(`${id} https://example.org/stop-forced-returns`, '1')).toMatchObject({ ok: true, sheet: id, line: 1 });
    expect(check(`${id}\r\nhttps://example.org/stop-forced-returns\r\n`, '2')).toMatchObject({ ok: true, sheet: id, line: 2 });
  });

  it('names a value that is no ID on one line, its Enter shown, not obeyed', () => {
    const check = createLineChecker(null);
    const result = check('NKR-01\r\nhello', '1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english().say(result.detailText!)).not.toMatch(/[\r\n]/);
  });
});
