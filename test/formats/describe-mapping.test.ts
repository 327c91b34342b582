import { describe, expect, it } from '@jest/globals';
import { describeMapping } from '../../src/formats/describe-mapping.js';
import { detectFormat } from '../../src/formats/detect-format.js';

describe('describeMapping', () => {
  it('says how each column of a volunteer sheet was mapped and what was ignored', () => {
    expect(describeMapping(detectFormat(['번호', 'Vorname', 'Nachname', 'PLZ', 'Lieblingsfarbe', 'Vorname']))).toEqual([
      '번호 → ignored (serial number), kept in extra as "번호"',
      'Vorname → given (alias)',
      'Nachname → family (alias)',
      'PLZ → postcode (alias)',
      'Lieblingsfarbe → ignored (unknown header; map it with --map FIELD="Lieblingsfarbe"), kept in extra as "Lieblingsfarbe"',
      'Vorname → ignored (a second "Vorname" column), kept in extra as "Vorname (2)"',
    ]);
  });

  it('names the sheet ID and line columns of a typed-up paper sheet instead of asking to map them', () => {
    expect(describeMapping(detectFormat(['sheet', 'line', 'name', 'anonymous'])).slice(0, 2)).toEqual([
      'sheet → ignored (paper sheet ID, checked against the sheet register), kept in extra as "sheet"',
      'line → ignored (line number on the paper sheet), kept in extra as "line"',
    ]);
  });

  it('says a further anonymity column is read too, and which way round', () => {
    expect(describeMapping(detectFormat(['Name', 'Anonymous', 'Hide my name', 'Can we display your name?', 'Anonymous']))).toEqual([
      'Name → name (alias)',
      'Anonymous → anonymous (alias)',
      'Hide my name → anonymous too: read as well, and the most private answer wins; kept in extra as "Hide my name"',
      'Can we display your name? → anonymous too, inverted (a yes there means the name may be shown): read as well, and the most private answer wins; kept in extra as "Can we display your name?"',
      'Anonymous → anonymous too: read as well, and the most private answer wins; kept in extra as "Anonymous (2)"',
    ]);
  });

  it('labels columns without a header by position', () => {
    expect(describeMapping(detectFormat(['Name', '', '']))).toEqual([
      'Name → name (alias)',
      '(column 2, no header) → ignored (no header), kept in extra as "column 2"',
      '(column 3, no header) → ignored (no header), kept in extra as "column 3"',
    ]);
  });

  it('names the layout, the inversion of a Visible column, and --map', () => {
    const mapping = detectFormat(['Name', 'City', 'Visible', 'Confirmed at', 'Woonplaats'], { map: { region: 'Woonplaats' } });
    expect(describeMapping(mapping)).toEqual([
      'Name → name (petitions-eu layout)',
      'City → city (petitions-eu layout)',
      'Visible → anonymous, inverted (petitions-eu layout): a yes there means the name may be shown',
      'Confirmed at → date (petitions-eu layout)',
      'Woonplaats → region (--map)',
    ]);
  });

  it('says which column already holds a field, and why a layout column is kept aside', () => {
    const lines = describeMapping(detectFormat([
      'First Name', 'Last Name', 'Email Address', 'Date Signed', 'Petition ID', 'Custom Field', 'E-mail',
    ]));
    expect(lines[4]).toBe('Petition ID → ignored (petition title or id), kept in extra as "Petition ID"');
    expect(lines[5]).toBe('Custom Field → ignored (speakout layout: not a signer field), kept in extra as "Custom Field"');
    expect(lines[6]).toBe('E-mail → ignored (email already comes from "Email Address"), kept in extra as "E-mail"');
  });
});
