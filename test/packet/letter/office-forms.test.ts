import { describe, expect, it } from '@jest/globals';
import type { Gender, Target } from '../../../src/campaign/campaign-schema.js';
import { UserError } from '../../../src/errors.js';
import { loadLetterLibrary } from '../../../src/packet/letter/load-letter-library.js';
import type { Office } from '../../../src/packet/letter/office-preset-schema.js';
import { findOffice, resolveOfficeForms } from '../../../src/packet/letter/resolve-office-forms.js';
import type { Register } from '../../../src/packet/letter/resolve-office-forms.js';

const library = loadLetterLibrary();
const LANGUAGES = ['en', 'ko', 'es', 'zh'] as const;
const REGISTERS: Register[] = ['formal', 'diplomatic'];
const GENDERS: Gender[] = ['male', 'female', 'neutral'];
const NAMES: Record<string, string> = { en: 'Test Name', ko: '테스트', es: 'Nombre Prueba', zh: '测试' };

/** Every office of every built-in preset: presets with variants give one office per variant. */
function allOffices(): Array<{ label: string; office: Office; file: string }> {
  return [...library.presets.entries()].flatMap(([id, { value, file }]) => ('variants' in value
    ? Object.entries(value.variants).map(([variant, office]) => ({ label: `${id}/${variant}`, office, file }))
    : [{ label: id, office: value, file }]));
}

function forms(office: Office, which: 'official' | 'ambassador', language: string, register: Register, gender: Gender) {
  const table = which === 'official' ? office.official : office.ambassador;
  if (!table) throw new Error('no such forms');
  return resolveOfficeForms(table, { name: 'Test Name', names: NAMES, gender }, language, register, 'preset.yaml');
}

describe('built-in office presets', () => {
  it('include the five offices the issue names', () => {
    expect([...library.presets.keys()].sort()).toEqual(expect.arrayContaining([
      'eu-high-representative', 'head-of-state-via-embassy', 'minister-of-foreign-affairs', 'un-high-commissioner-for-refugees', 'un-secretary-general',
    ]));
  });

  const combos = allOffices().flatMap(({ label, office }) => (['official', 'ambassador'] as const)
    .filter((which) => which === 'official' || office.ambassador)
    .flatMap((which) => LANGUAGES.flatMap((language) => REGISTERS.flatMap((register) => GENDERS.map((gender) => ({
      label, office, which, language, register, gender,
    }))))));

  it.each(combos)('$label $which $language $register $gender: complete, with the name, no placeholder left', ({ office, which, language, register, gender }) => {
    const f = forms(office, which, language, register, gender);
    const all = [...f.recipient, ...f.address, f.styled, f.salutation, f.close];
    for (const text of all) {
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text.trim()).not.toBe('');
    }
    expect(f.recipient.join('\n')).toContain(NAMES[language]);
    expect(f.styled).toContain(NAMES[language]);
    // Each language's own rules (PROTOCOL.md §0.4, §2).
    if (language === 'en' && register === 'diplomatic') expect(f.close).toBe('Please accept, Excellency, the assurances of my highest consideration.');
    if (language === 'en' && register === 'formal') expect(f.close).toBe('Yours sincerely,');
    if (language === 'en' && gender !== 'neutral') expect(f.recipient[0]).toBe(`${gender === 'male' ? 'His Excellency Mr.' : 'Her Excellency Ms.'} Test Name`);
    if (language === 'es') {
      expect(f.salutation).toMatch(/:$/);
      const text = all.join('\n');
      if (gender === 'male') expect(text).not.toMatch(/Excelentísima|Señora|señora/);
      if (gender === 'female') expect(text).not.toMatch(/Excelentísimo|Señor\b|señor\b/);
      if (register === 'diplomatic') expect(f.close).toContain('las seguridades de mi más alta consideración');
    }
    if (language === 'ko') {
      for (const line of f.recipient) expect(line).not.toMatch(/님\s*귀하/);
      expect(f.salutation).not.toContain('귀하');
      expect(f.styled).toMatch(/(님|각하)$/); // the form that takes "께" in running text
    }
    if (language === 'zh') {
      expect(f.recipient[0]).toMatch(/阁下$/);
      expect(f.salutation).toMatch(/^尊敬的.*阁下：$/);
      if (register === 'diplomatic') expect(f.close).toMatch(/^顺致(最)?崇高的敬意。$/);
    }
  });
});

describe('exact forms for the issue\'s examples', () => {
  const sg = findOffice(library, { id: 't', preset: 'un-secretary-general', name: 'x' }).office;
  const hos = findOffice(library, { id: 't', preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'x' }).office;
  const hr = findOffice(library, { id: 't', preset: 'eu-high-representative', name: 'x' }).office;
  const cases: Array<{ office: Office; which?: 'ambassador'; person: { name: string; gender: Gender }; language: string; register: Register; expected: Partial<Record<'recipient' | 'address' | 'styled' | 'salutation' | 'close', unknown>> }> = [
    { office: sg, person: { name: 'António Guterres', gender: 'male' }, language: 'en', register: 'formal',
      expected: { recipient: ['His Excellency Mr. António Guterres', 'Secretary-General of the United Nations'], salutation: 'Dear Secretary-General,', styled: 'His Excellency Mr. António Guterres, Secretary-General of the United Nations' } },
    { office: sg, person: { name: 'António Guterres', gender: 'male' }, language: 'en', register: 'diplomatic', expected: { salutation: 'Excellency,' } },
    { office: sg, person: { name: 'Ana Pérez', gender: 'female' }, language: 'es', register: 'diplomatic',
      expected: { recipient: ['Excelentísima Señora', 'Ana Pérez', 'Secretaria General de las Naciones Unidas'], salutation: 'Excelentísima señora Secretaria General:' } },
    { office: sg, person: { name: 'Juan Pérez', gender: 'male' }, language: 'es', register: 'formal',
      expected: { recipient: ['Excelentísimo Señor', 'Juan Pérez', 'Secretario General de las Naciones Unidas'], salutation: 'Señor Secretario General:', close: 'Atentamente,' } },
    { office: sg, person: { name: '안토니우 구테흐스', gender: 'male' }, language: 'ko', register: 'formal',
      expected: { recipient: ['유엔 사무총장 안토니우 구테흐스 귀하'], salutation: '존경하는 사무총장님께' } },
    { office: sg, person: { name: '古特雷斯', gender: 'male' }, language: 'zh', register: 'diplomatic',
      expected: { recipient: ['联合国秘书长古特雷斯阁下'], salutation: '尊敬的秘书长阁下：', close: '顺致崇高的敬意。' } },
    { office: hos, person: { name: 'Xi Jinping', gender: 'male' }, language: 'en', register: 'formal',
      expected: { recipient: ['His Excellency Mr. Xi Jinping', "President of the People's Republic of China"], address: ['Beijing'], salutation: 'Excellency,', close: 'Yours sincerely,' } },
    { office: hos, person: { name: '习近平', gender: 'male' }, language: 'zh', register: 'diplomatic',
      expected: { recipient: ['中华人民共和国主席习近平阁下'], close: '顺致最崇高的敬意。' } },
    { office: hos, person: { name: '시진핑', gender: 'male' }, language: 'ko', register: 'diplomatic', expected: { recipient: ['중화인민공화국 주석 시진핑 각하'] } },
    { office: hos, person: { name: '시진핑', gender: 'male' }, language: 'ko', register: 'formal', expected: { recipient: ['중화인민공화국 주석 시진핑 귀하'], styled: '시진핑 중화인민공화국 주석님' } },
    { office: hos, which: 'ambassador', person: { name: 'Xie Feng', gender: 'male' }, language: 'en', register: 'formal',
      expected: { address: ["Embassy of the People's Republic of China", '3505 International Place NW', 'Washington, DC 20008'], salutation: 'Dear Ambassador,' } },
    { office: hos, which: 'ambassador', person: { name: '谢锋', gender: 'male' }, language: 'zh', register: 'formal', expected: { salutation: '尊敬的大使阁下：' } },
    { office: hr, person: { name: 'Kaja Kallas', gender: 'female' }, language: 'es', register: 'formal',
      expected: { recipient: ['Excelentísima Señora', 'Kaja Kallas', 'Alta Representante de la Unión para Asuntos Exteriores y Política de Seguridad', 'Vicepresidenta de la Comisión Europea'], salutation: 'Señora Alta Representante:' } },
    { office: hr, person: { name: 'Kaja Kallas', gender: 'neutral' }, language: 'en', register: 'formal', expected: { recipient: ['H.E. Kaja Kallas', 'High Representative of the Union for Foreign Affairs and Security Policy', 'Vice-President of the European Commission'] } },
  ];
  it.each(cases)('$language $register $person.name', ({ office, which, person, language, register, expected }) => {
    const table = which === 'ambassador' ? office.ambassador! : office.official;
    expect(resolveOfficeForms(table, person, language, register, 'preset.yaml')).toMatchObject(expected);
  });
});

describe('organizer overrides and preset selection', () => {
  const sg = findOffice(library, { id: 't', preset: 'un-secretary-general', name: 'x' }).office;

  it('replaces any part for one language and fills {{name}}', () => {
    const f = resolveOfficeForms(sg.official, {
      name: 'António Guterres', gender: 'male',
      overrides: { en: { salutation: 'Dear Mr. Secretary-General,', recipient: ['Mr. {{name}}', 'Secretary-General'], close: 'Respectfully,' } },
    }, 'en', 'diplomatic', 'preset.yaml');
    expect(f).toMatchObject({ salutation: 'Dear Mr. Secretary-General,', recipient: ['Mr. António Guterres', 'Secretary-General'], close: 'Respectfully,' });
    expect(f.styled).toBe('His Excellency Mr. António Guterres, Secretary-General of the United Nations');
  });

  it('refuses an override that names something other than {{name}}', () => {
    expect(() => resolveOfficeForms(sg.official, { name: 'A', overrides: { en: { salutation: 'Dear {{title}},' } } }, 'en', 'formal', 'preset.yaml'))
      .toThrow(UserError);
  });

  it('uses the neutral forms when no gender is given', () => {
    expect(resolveOfficeForms(sg.official, { name: 'A B' }, 'es', 'formal', 'p.yaml').recipient[0]).toBe('Su Excelencia');
  });

  it.each([
    [{ preset: 'head-of-state-via-embassy' }, /needs a variant \(cn-washington\)/],
    [{ preset: 'head-of-state-via-embassy', variant: 'cn-washingtn' }, /did you mean "cn-washington"/],
    [{ preset: 'un-secretary-generl' }, /did you mean "un-secretary-general"/],
  ])('names the problem with %j', (partial, message) => {
    const target: Target = { id: 't', name: 'x', ...partial } as Target;
    expect(() => findOffice(library, target)).toThrow(message);
  });
});
