import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature, type DateWindow } from '../../src/validate/validate-signature.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

function check(fields: Partial<Record<CanonicalField, string>>, window?: DateWindow) {
  const raw: RawSignature = { source: 'sheet.csv', row: 1, line: 2, fields, extra: {} };
  const sig = createNormalizer({ source: 'sheet.csv', dateSamples: ['2025-12-10'] }).normalize(raw);
  return validateSignature(sig, raw, window);
}

const window: DateWindow = { from: Date.parse('2025-11-01T00:00:00Z'), to: Date.parse('2025-12-10T23:59:59Z') };

describe('validateSignature', () => {
  it.each([
    ['an ordinary name', { name: 'Anna Kim' }],
    ['a Hangul name', { name: '박민준' }],
    ['a name with digits and letters', { name: 'Anna 2' }],
    ['given and family cells', { given: 'Anna', family: 'Kim' }],
    ['a family name alone', { family: 'Nowak' }],
    ['a hyphen inside a name', { name: 'Anne-Marie' }],
    ['a formula-like comment (kept, escaped on output)', { name: 'Anna', comment: '=HYPERLINK("http://x")' }],
    ['a phone starting with +', { name: 'Anna', phone: '+44 7700 900123' }],
    ['a date inside the window', { name: 'Anna', date: '2025-12-10T12:00:00Z' }],
    ['the first instant of the window', { name: 'Anna', date: '2025-11-01T00:00:00Z' }],
    ['no date at all (nothing shows it is outside)', { name: 'Anna' }],
    ['an at sign between words', { name: 'Anna @ home' }],
    ['initials with dots', { name: 'J.R.R. Tolkien' }],
    // The email is taken out of the name cell (with a warning, contact_in_name) and the signer counted as "Kim".
    ['a name with its email in brackets', { name: 'Kim <kim@x.example>' }],
    // Only a cell that starts with = + - @ runs as a formula; a stray dash or sign after the first word does not (adv14c N5).
    ['a word starting with a dash after the name', { name: '김민지 -' }],
    ['a family name typed with a leading dash', { name: 'Ana -García' }],
    ['a dash before the given name of a Korean name', { name: '이 -수진' }],
    ['an at sign after the name', { name: 'Jo @' }],
    ['an email typed as the family name beside a given name', { given: 'Bob', family: 'bob.smith@gmail.com' }],
  ])('accepts %s', (_label, fields) => {
    expect(check(fields, window)).toBeNull();
  });

  it.each([
    ['no name cell', {}, 'no_name', 'name'],
    ['an empty name', { name: '   ' }, 'no_name', 'name'],
    // Characters that print as nothing: the cell was filled, but with no letter anyone can see.
    ['a name of invisible characters', { name: '\u200B\u200E' }, 'name_without_letters', 'name'],
    ['a Hangul filler (U+3164)', { name: '\u3164' }, 'name_without_letters', 'name'],
    ['Hangul choseong and jungseong fillers', { name: '\u115F\u1160' }, 'name_without_letters', 'name'],
    ['halfwidth Hangul fillers', { name: '\uFFA0\uFFA0 \uFFA0' }, 'name_without_letters', 'name'],
    ['variation selectors alone', { name: '\uFE0F\u{E0100}' }, 'name_without_letters', 'name'],
    ['a combining grapheme joiner and tag characters', { name: '\u034F\u{E0041}\u{E007F}' }, 'name_without_letters', 'name'],
    ['Khmer inherent vowels and invisible operators', { name: '\u17B4\u17B5\u2061\u2064' }, 'name_without_letters', 'name'],
    ['combining marks with no letter', { name: '\u0301\u0301\u0301' }, 'name_without_letters', 'name'],
    ['fillers in given and family cells', { given: '\u3164', family: '\u3164' }, 'name_without_letters', 'given'],
    ['empty given and family cells', { given: '', family: '' }, 'no_name', 'given'],
    ['digits only', { name: '12345' }, 'name_without_letters', 'name'],
    ['punctuation only', { name: '...' }, 'name_without_letters', 'name'],
    ['a dash', { name: '-' }, 'name_without_letters', 'name'],
    ['symbols only', { name: '★ ☆ ♥' }, 'name_without_letters', 'name'],
    ['a phone number as name', { name: '+44 7700 900123' }, 'name_without_letters', 'name'],
    ['=formula', { name: '=HYPERLINK("http://evil","Click")' }, 'formula_name', 'name'],
    ['+formula', { name: '+SUM(A1:A9) Kim' }, 'formula_name', 'name'],
    ['-formula', { name: '-Anna' }, 'formula_name', 'name'],
    ['@formula', { name: '@SUM(A1)' }, 'formula_name', 'name'],
    ['a formula behind spaces and an invisible', { name: '  \u200B=cmd|calc' }, 'formula_name', 'name'],
    ['a full-width formula sign (NFKC)', { name: '＝HYPERLINK("x")' }, 'formula_name', 'name'],
    ['a formula in the given name', { given: '=A1', family: 'Kim' }, 'formula_name', 'given'],
    // The public list prints names: an email or web address there would publish a contact or advertise a link.
    ['an email as the name', { name: 'alice@x.example' }, 'name_is_contact', 'name'],
    ['a name that is an email', { name: 'kim@x.example' }, 'name_is_contact', 'name'],
    ['a web address as the name', { name: 'https://evil.example/x' }, 'name_is_contact', 'name'],
    // One e-mail pattern with the place and name cells' screen: spelled, spaced and full-width forms are addresses too.
    ['an email spelled with (at) as the name', { name: 'park (at) example.kr' }, 'name_is_contact', 'name'],
    ['an email with a spaced full-width at sign', { name: 'kim ＠ example.kr' }, 'name_is_contact', 'name'],
    ['a www address after a name', { name: 'Anna see www.evil.example' }, 'name_is_contact', 'name'],
    // Beside a given name the e-mail is cut from the family cell and Bob counted (split16 F2); alone it is the name.
    ['an email as the only name part', { given: '', family: 'bob.smith@gmail.com' }, 'name_is_contact', 'family'],
    ['a date before the window', { name: 'Anna', date: '2025-10-31T23:59:59Z' }, 'outside_date_window', 'date'],
    ['a date after the window', { name: 'Anna', date: '2025-12-11T00:00:00Z' }, 'outside_date_window', 'date'],
  ])('rejects %s as %s', (_label, fields, reason, column) => {
    expect(check(fields, window)).toMatchObject({ reason, column });
  });

  it('explains the rejection in words', () => {
    expect(check({ name: '=1+1 Anna' })?.detail).toBe('the name "=1+1 Anna" starts with "=", so a spreadsheet would run it as a formula');
    expect(check({ name: 'Anna', date: '2025-10-31T12:00:00Z' }, window)?.detail).toBe('signed 2025-10-31T12:00:00Z, before 2025-11-01T00:00:00Z');
    expect(check({ name: '12345' })?.detail).toBe('the name "12345" has no letters');
    // The email is masked in the message, as everywhere a row is shown.
    expect(check({ name: 'kim@x.example' })?.detail).toBe('the name cell "k…@x.example" holds contact details (an email or web address, a street address or a messenger ID) and no name that can be printed');
  });

  it('shortens a long value between characters, never inside one (adv11 D11: an emoji cut in half)', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
    for (const prefix of ['', '=', '=a']) {
      const detail = check({ name: prefix + family.repeat(20) })?.detail ?? '';
      expect(detail).toContain('…');
      expect(detail).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(detail).toMatch(/[\u{1F466}-\u{1F469}]…/u);
    }
  });

  it('shortens a long value in the detail', () => {
    const detail = check({ name: `=${'A'.repeat(200)}` })?.detail ?? '';
    expect(detail.length).toBeLessThan(140);
    expect(detail).toContain('…');
  });

  it('applies a window with only one end', () => {
    expect(check({ name: 'Anna', date: '2030-01-01' }, { from: window.from })).toBeNull();
    expect(check({ name: 'Anna', date: '2020-01-01' }, { from: window.from })).toMatchObject({ reason: 'outside_date_window' });
    expect(check({ name: 'Anna', date: '2030-01-01' }, { to: window.to })).toMatchObject({ reason: 'outside_date_window' });
  });

  it('keeps a signer whose date it cannot read, window or not: nothing shows it is outside (scan-sources names the row)', () => {
    for (const date of ['yesterday', '11월 초', '2025년 11월경', 'Nov?', '45xxx']) {
      expect(check({ name: 'Anna', date }, window)).toBeNull();
      expect(check({ name: 'Anna', date })).toBeNull();
    }
  });

  // Full-width letters, a decomposed accent and trailing dots or colons are normalized before the label is compared.
  it.each(['합계', 'Total', 'TOTAL:', 'Summe', '총계', 'Gesamt', 'Totales', 'Sum', 'Ｔｏｔａｌ', 'ＴＯＴＡＬ：', ' Grand Total. ', 'Sub\u00adtotal', '合計', 'Total\t:'])('rejects a totals row (%s) at the foot of a sheet', (name) => {
    expect(check({ name, email: '' })).toMatchObject({ reason: 'totals_row', column: 'name' });
  });

  it('keeps a person whose name holds such a word', () => {
    expect(check({ name: 'Anna Total' })).toBeNull();
  });

  // A per-page sum line in any wording (a total word, qualified or followed by a count) and the labels Excel itself
  // writes in a table's Total Row in Korean, German, Japanese and Chinese Excel.
  it.each(['총 2명', '총2명', '총인원', '총 인원: 12명', 'Sub-total', 'Page total', 'TOTAL 2', 'Total (2)', 'Zwischensumme', 'Subtotal hoja 1',
    'Итого', 'ИТОГО:', 'Всего 3', '요약', 'Ergebnis', 'Gesamtergebnis', '集計', '汇总', '合計', '합계', '소계', '1쪽 소계', 'Total page 2',
    'Sous-total', 'Totale parziale', 'Subtotal página 2', 'Total de firmas: 40', 'Total signatures', 'Summe Seite 1', 'Grand-total', '計 3名', '누계'])(
    'rejects a sum line worded %s', (name) => {
      expect(check({ name, email: '' })).toMatchObject({ reason: 'totals_row', column: 'name' });
    });

  it.each(['Sum Ying', 'Total Anna', 'Paige Summers', '계현우', '총명수', 'Grant Page', 'Ana Suma Lopez'])('keeps a person named %s', (name) => {
    expect(check({ name })).toBeNull();
  });

  it('has no window by default', () => {
    expect(check({ name: 'Anna', date: '1999-01-01' })).toBeNull();
  });
});
