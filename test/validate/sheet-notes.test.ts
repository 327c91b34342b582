// Notes a volunteer types on a paper sheet's rows instead of a signer (verifyR1 F-H2): the closing mark of the form, a
// page marker, a "continued" line, a remarks field or statement, the line naming who checked the sheet. They were
// counted as signers ("페이지 2" printed as "페이지"); a row that carries anything of a person stays a signer.
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

function check(fields: Partial<Record<CanonicalField, string>>, extra: Record<string, string> = { 번호: '21' }) {
  const raw: RawSignature = { source: 'sheet.csv', row: 1, line: 2, fields, extra };
  return validateSignature(createNormalizer({ source: 'sheet.csv' }).normalize(raw), raw);
}

describe('notes typed on a paper sheet row', () => {
  it.each([
    ['이하 여백', 'end'], ['(이하 여백)', 'end'], ['이하여백', 'end'], ['- 이하 여백 -', 'end'], ['끝', 'end'], ['이하 빈칸', 'end'],
    ['以下余白', 'end'], ['End of list', 'end'], ['Ende', 'end'], ['Fin', 'end'], ['FIN.', 'end'], ['Fin de la lista', 'end'],
    ['(continued)', 'continued'], ['continued on next page', 'continued'], ['Suite au verso', 'continued'], ['Fortsetzung', 'continued'],
    ['뒷면에 계속', 'continued'], ['P.T.O.', 'continued'],
    ['페이지 2', 'page'], ['2페이지', 'page'], ['Page 2 of 3', 'page'], ['Page 3', 'page'], ['Seite 2', 'page'], ['Seite 2 von 4', 'page'],
    ['Página 2', 'page'], ['Page 2/3', 'page'], ['p. 4', 'page'], ['3쪽 중 2쪽', 'page'], ['第2页', 'page'], ['2ページ', 'page'],
    ['비고', 'remarks'], ['Bemerkungen', 'remarks'], ['Remarks:', 'remarks'], ['Observaciones', 'remarks'], ['備考', 'remarks'],
    ['※ 위 서명은 자필임', 'statement'], ['상기 서명은 본인이 직접 하였음', 'statement'], ['The signatures above are genuine', 'statement'],
    ['확인자 김철수', 'staff'], ['작성자: 박영희', 'staff'], ['확인: 김철수', 'staff'], ['Checked by Jane Roe', 'staff'],
    ['Collector: Ann Lee', 'staff'], ['Geprüft von Max Braun', 'staff'], ['Verificado por Ana Ruiz', 'staff'], ['確認者 山田', 'staff'],
  ])('%j with a serial number and a date is a sheet_note (%s), quoted whole', (name, kind) => {
    const verdict = check({ name, date: '2025. 11. 01.' });
    expect(verdict).toMatchObject({ reason: 'sheet_note', column: 'name' });
    expect(verdict?.detail).toContain(`"${name.trim()}"`);
    expect(verdict?.detailText).toMatchObject({ values: { kind } });
  });

  it('says a staff line names a volunteer, not a signer', () => {
    expect(check({ name: '확인자 김철수' })?.detail).toMatch(/volunteer who checked or wrote up the sheet \(staff\), not a signer/);
  });

  it.each([
    ['Fin', { email: 'fin@example.org' }], ['Ende', { phone: '+49 30 1234567' }], ['비고', { street: '서울 종로구' }],
    ['Fin', { country: 'FR' }], ['Note', { postcode: '10115' }], ['Fin.', { city: 'Oslo' }],
  ])('one word %j on a row with %j is a signer', (name, more) => {
    expect(check({ name, ...more })).toBeNull();
  });

  it.each([['페이지 2', { email: 'p@example.org' }], ['Page 2 of 3', { city: 'Leeds' }], ['이하 여백', { email: 'q@example.org' }]])(
    '%j names nobody even on a row with %j: never kept as a name without its number', (name, more) => {
      expect(check({ name, ...more })).toMatchObject({ reason: 'sheet_note' });
    });

  it.each([['Fin Larsen'], ['Ende Müller'], ['Page Turner'], ['김철수'], ['확인자'.slice(0, 2) + '민'], ['Suite Kim'], ['Pagina'], ['Anna 2']])(
    '%j is a name', (name) => {
      expect(check({ name, date: '2025. 11. 01.' })).toBeNull();
    });

  it('a header cell typed as a name ("Nombre y apellidos") is no name', () => {
    for (const name of ['Nombre y apellidos', 'Vorname und Nachname', 'Nom et prénom']) expect(check({ name })).toMatchObject({ reason: 'no_name' });
  });
});
