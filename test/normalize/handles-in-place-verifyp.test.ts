// Handles and messenger labels without digits in city, region and postcode cells were printed in the signature list
// (outside tester verifyP, F1 and F2): "Oslo tg evasand", "Oslo EVA.SAND" as the city, "tg evasand", "Damrak1",
// "91234567" as the postcode. A postcode cell prints only a code with a digit and no word of letters.
import { describe, expect, it } from '@jest/globals';
import { nameHoldsContact, nameWithoutContact, screenCity, screenPostcode, screenRegion } from '../../src/normalize/contact-in-place.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';

describe('a postcode cell prints only what reads as a postcode', () => {
  it.each(['tg evasand', 'EVA.SAND', 'evasand gmail', 'Oslo', '91234567', '4791234567', '+47 912'])('%s is contact data, not printed', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'contact' });
  });

  it.each(['Damrak1', 'Via5', 'Storgata5'])('%s is a street, nothing of it printed', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'street', town: '' });
  });

  it.each(['SW1A 1AA', 'sw1a 1aa', 'LV-1050', 'VLT 1117', 'C1002AAR', '02108-1234', '01310-100', '0150', '〒100-0001'])('%s is printed as it is', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'clean' });
  });
});

describe('a city or region cell with a messenger label and a handle without digits keeps only its town', () => {
  it.each([
    'Oslo tg evasand', 'Oslo TG evasand', 'Oslo (tg evasand)', 'Oslo ig evasand', 'Oslo fb evasand', 'Oslo vk evasand', 'Oslo snap evasand',
    'Oslo line evasand', 'Oslo LINE evasand', 'Oslo signal evasand', 'Oslo imo evasand', 'Oslo kik evasand', 'Oslo bsky evasand',
    'Oslo Zalo nguyen', 'Oslo u/evasand', 'Oslo EVA.SAND', 'Oslo Eva.Sand', 'Oslo evasand gmail', 'Oslo evasand at gmail',
    'Oslo eva @ gmail . com', 'Oslo sc evasand', 'Oslo dc evasand', 'Oslo tw evasand', 'Oslo 📱 912 34 567', 'Oslo ☎ 22 33 44 55',
  ])('%s prints only Oslo', (cell) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact', town: 'Oslo' });
    expect(screenRegion(cell)).toEqual({ kind: 'contact', town: 'Oslo' });
  });

  it.each(['Eva.Sand', 'EVA.SAND', 'tg evasand', 'evasand gmail'])('%s prints nothing', (cell) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact' });
  });

  it.each(['St. Gallen', 'St.Gallen', 'Frankfurt a.M.', 'Line Creek', 'Signal Hill', 'Ste. Marie', 'Washington, D.C.', 'Mt. Vernon', 'Mt.Vernon'])(
    '%s stays a town', (cell) => {
      expect(screenCity(cell)).toEqual({ kind: 'clean' });
    },
  );
});

describe('a name with a handle in brackets or a dotted handle after it prints the name alone', () => {
  it.each([
    ['Evi Berg (tg evasand)', 'Evi Berg'], ['Evi Berg (ig evasand)', 'Evi Berg'], ['Evi Berg (fb evasand)', 'Evi Berg'],
    ['Evi Berg (line evasand)', 'Evi Berg'], ['Evi Berg (signal evasand)', 'Evi Berg'], ['Evi Berg (snap evasand)', 'Evi Berg'],
    ['Mai Tran (Zalo nguyen)', 'Mai Tran'], ['Evi Berg (EVA.SAND)', 'Evi Berg'], ['Evi Berg [tg evasand]', 'Evi Berg'],
    ['Evi Berg {tg evasand}', 'Evi Berg'], ['Evi Nygaard (evasand gmail)', 'Evi Nygaard'], ['Evi Berge EVA.SAND', 'Evi Berge'],
    ['Evi Holm Eva.Holm', 'Evi Holm'], ['Evi Dahl tlg evasand', 'Evi Dahl'],
  ])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
    expect(nameHoldsContact(cell)).toBe(true);
  });

  it.each(['Ma.Luisa Reyes', 'J.R.R. Tolkien', 'Tg Nguyen', 'Kik Obi', 'Line Idris', 'Anna Berg (Nilsen)', 'Evi Berg (geb. Holm)',
    '{{constructor.constructor}}', '${user.name}'])(
    '%s, a name, prints whole and is no contact', (name) => {
      expect(nameWithoutContact(name)).toBe(name);
      expect(nameHoldsContact(name)).toBe(false);
    },
  );
});

describe('a signer row with handles in its cells', () => {
  it('prints the name, town and region without the handles, blanks the postcode and says so', () => {
    const normalizer = createNormalizer({ source: 'form.csv' });
    const signature = normalizer.normalize({
      source: 'form.csv', row: 1, line: 2, extra: {},
      fields: { name: 'Evi Berg (tg evasand)', city: 'Oslo EVA.SAND', region: 'Viken evasand gmail', postcode: 'tg evasand', country: 'NO' },
    });
    expect([signature.city, signature.region, signature.postcode]).toEqual(['Oslo', 'Viken', '']);
    expect(JSON.stringify(signature)).not.toMatch(/evasand|EVA\.SAND/iu);
    const problems = normalizer.problems();
    expect(problems.filter((problem) => problem.code === 'contact_in_place').map((problem) => problem.column).sort())
      .toEqual(['city', 'postcode', 'region']);
  });
});
