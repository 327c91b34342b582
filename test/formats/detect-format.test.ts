import { describe, expect, it } from '@jest/globals';
import { detectFormat } from '../../src/formats/detect-format.js';
import { UserError } from '../../src/errors.js';
import type { CanonicalField, ColumnMapping } from '../../src/types.js';

type Expected = Array<[header: string, field: CanonicalField | null]>;

/** The field each header got, as [header, field] pairs in column order. */
function fieldsOf(mapping: ColumnMapping): Expected {
  return mapping.columns.map((column) => [column.header, column.field]);
}

function fieldOf(mapping: ColumnMapping, header: string): CanonicalField | null | undefined {
  return mapping.columns.find((column) => column.header === header)?.field;
}

function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('detectFormat: known exports', () => {
  const cases: Array<[format: string, expected: Expected]> = [
    ['change-org', [
      ['Name', 'name'], ['City', 'city'], ['State', 'region'], ['Postal Code', 'postcode'], ['Country', 'country'], ['Signed On', 'date'],
    ]],
    ['change-org', [
      ['First Name', 'given'], ['Last Name', 'family'], ['City', 'city'], ['State', 'region'], ['Zip Code', 'postcode'],
      ['Country Code', 'country'], ['Signed On', 'date'],
    ]],
    ['speakout', [
      ['First Name', 'given'], ['Last Name', 'family'], ['Email Address', 'email'], ['Street Address', 'street'], ['City', 'city'],
      ['State', 'region'], ['Post Code', 'postcode'], ['Country', 'country'], ['Custom Field', null], ['Date Signed', 'date'],
      ['Confirmed', null], ['Petition Title', null], ['Petition ID', null], ['Email Opt-in', null], ['Custom Message', 'comment'],
      ['Language', 'language'],
    ]],
    ['action-network', [
      ['uuid', null], ['first_name', 'given'], ['last_name', 'family'], ['email', 'email'], ['zip_code', 'postcode'],
      ['can2_user_address', 'street'], ['can2_user_city', 'city'], ['can2_state_abbreviated', 'region'], ['can2_county', null],
      ['can2_phone', 'phone'], ['can2_user_tags', null], ['can2_subscription_status', null], ['can2_sms_status', null],
    ]],
    ['action-network', [['first_name', 'given'], ['email', 'email'], ['can2_user_city', 'city']]],
    ['eff-raw', [
      ['first_name', 'given'], ['last_name', 'family'], ['email', 'email'], ['zipcode', 'postcode'], ['country_code', 'country'], ['created_at', 'date'],
    ]],
    ['eff-presentable', [['full_name', 'name'], ['email', 'email'], ['city', 'city'], ['state', 'region'], ['country', 'country']]],
    ['google-forms', [['Timestamp', 'date'], ['Full name', 'name'], ['Email address', 'email'], ['City', 'city'], ['Country', 'country']]],
    ['google-forms', [['Marca temporal', 'date'], ['Nombre completo', 'name'], ['Correo electrónico', 'email'], ['Ciudad', 'city']]],
    ['openpetition', [
      ['Vorname', 'given'], ['Nachname', 'family'], ['Straße', 'street'], ['PLZ', 'postcode'], ['Ort', 'city'], ['Land', 'country'], ['Datum', 'date'],
    ]],
    // openPetition's real download: the signing date is "Unterschrieben am", not "Datum".
    ['openpetition', [
      ['Vorname', 'given'], ['Nachname', 'family'], ['PLZ', 'postcode'], ['Ort', 'city'], ['Land', 'country'], ['E-Mail', 'email'], ['Unterschrieben am', 'date'],
    ]],
    ['petitions-eu', [['Name', 'name'], ['City', 'city'], ['Visible', 'anonymous'], ['Confirmed at', 'date']]],
    ['petitions-eu', [['Naam', 'name'], ['Woonplaats', 'city'], ['Zichtbaar', 'anonymous'], ['Bevestigd op', 'date']]],
    ['generic', [['번호', null], ['이름', 'name'], ['이메일', 'email'], ['주소', 'street'], ['서명일', 'date']]],
    ['generic', [['Nombre', 'given'], ['Apellidos', 'family'], ['Correo', 'email'], ['Ciudad', 'city'], ['Código postal', 'postcode'], ['País', 'country'], ['Fecha', 'date']]],
    ['generic', [['No.', null], ['Vorname', 'given'], ['Nachname', 'family'], ['PLZ', 'postcode'], ['Ort', 'city']]],
    // SpeakOut with its headers translated into the site's language falls back to the aliases.
    ['generic', [
      ['Vorname', 'given'], ['Nachname', 'family'], ['E-Mail-Adresse', 'email'], ['Straße', 'street'], ['Ort', 'city'], ['Bundesland', 'region'],
      ['PLZ', 'postcode'], ['Land', 'country'], ['Benutzerdefiniertes Feld', null], ['Unterschrieben am', 'date'], ['Bestätigt', null],
      ['Titel der Petition', null], ['Petitions-ID', null], ['E-Mail-Opt-in', null], ['Benutzerdefinierte Nachricht', 'comment'], ['Sprache', 'language'],
    ]],
    ['generic', [
      ['Nombre', 'given'], ['Apellido', 'family'], ['Correo electrónico', 'email'], ['Dirección', 'street'], ['Ciudad', 'city'], ['Estado', 'region'],
      ['Código postal', 'postcode'], ['País', 'country'], ['Campo personalizado', null], ['Fecha de firma', 'date'], ['Confirmado', null],
      ['Título de la petición', null], ['ID de la petición', null], ['Opt-in de correo', null], ['Mensaje personalizado', 'comment'], ['Idioma', 'language'],
    ]],
    ['generic', [
      ['Prénom', 'given'], ['Nom', 'family'], ['Adresse e-mail', 'email'], ['Adresse', 'street'], ['Ville', 'city'], ['État', 'region'],
      ['Code postal', 'postcode'], ['Pays', 'country'], ['Date de signature', 'date'], ['Confirmé', null], ['Message personnalisé', 'comment'], ['Langue', 'language'],
    ]],
    ['generic', [
      ['이름', 'given'], ['성', 'family'], ['이메일 주소', 'email'], ['주소', 'street'], ['도시', 'city'], ['주', 'region'], ['우편번호', 'postcode'], ['국가', 'country'],
    ]],
  ];

  it.each(cases)('%s: %j', (format, expected) => {
    const mapping = detectFormat(expected.map(([header]) => header));
    expect(mapping.format).toBe(format);
    expect(fieldsOf(mapping)).toEqual(expected);
  });

  it('says a known export\'s columns were mapped by its layout, the rest by alias', () => {
    const mapping = detectFormat(['Timestamp', 'Full name', 'Email address']);
    expect(mapping.columns.map((c) => c.by)).toEqual(['format', 'alias', 'format']);
  });
});

describe('detectFormat: header aliases in five languages', () => {
  const cases: Array<[header: string, field: CanonicalField]> = [
    // English
    ['E-mail', 'email'], ['Phone number', 'phone'], ['Street', 'street'], ['Town', 'city'], ['State/Province', 'region'],
    ['ZIP', 'postcode'], ['Country', 'country'], ['Date', 'date'], ['Comments', 'comment'], ['Language', 'language'],
    ['Hide my name', 'anonymous'], ['Display name publicly', 'anonymous'], ['date_of_birth', 'birth_date'], ['DOB', 'birth_date'],
    ['soc_sec_id', 'id_number'], ['ID number', 'id_number'],
    // Korean
    ['이메일', 'email'], ['전화번호', 'phone'], ['주소', 'street'], ['도시', 'city'], ['우편번호', 'postcode'], ['국가', 'country'],
    ['서명일', 'date'], ['의견', 'comment'], ['익명', 'anonymous'], ['생년월일', 'birth_date'], ['주민등록번호', 'id_number'],
    // Spanish
    ['Correo electrónico', 'email'], ['Teléfono', 'phone'], ['Dirección', 'street'], ['Ciudad', 'city'], ['Provincia', 'region'],
    ['Código Postal', 'postcode'], ['País', 'country'], ['Fecha', 'date'], ['Comentario', 'comment'], ['Idioma', 'language'],
    ['Firma anónima', 'anonymous'], ['Fecha de nacimiento', 'birth_date'], ['DNI', 'id_number'],
    // German
    ['E-Mail-Adresse', 'email'], ['Telefon', 'phone'], ['Straße', 'street'], ['Wohnort', 'city'], ['Bundesland', 'region'],
    ['PLZ', 'postcode'], ['Land', 'country'], ['Datum', 'date'], ['Kommentar', 'comment'], ['Sprache', 'language'],
    ['Anonym', 'anonymous'], ['Geburtsdatum', 'birth_date'], ['Ausweisnummer', 'id_number'],
    // French
    ['Courriel', 'email'], ['Téléphone', 'phone'], ['Adresse', 'street'], ['Ville', 'city'], ['Région', 'region'],
    ['Code postal', 'postcode'], ['Pays', 'country'], ['Date de signature', 'date'], ['Commentaire', 'comment'], ['Langue', 'language'],
    ['Masquer mon nom', 'anonymous'], ['Date de naissance', 'birth_date'], ["Numéro d'identité", 'id_number'],
  ];

  it.each(cases)('%s → %s', (header, field) => {
    const mapping = detectFormat(['Full name', header]);
    expect(fieldOf(mapping, header)).toBe(field);
    expect(mapping.columns[1].by).toBe('alias');
  });

  const nameCases: Array<[header: string, field: CanonicalField]> = [
    ['Name', 'name'], ['Full Name', 'name'], ['이름', 'name'], ['성명', 'name'], ['Nombre', 'name'], ['Nombre completo', 'name'],
    ['Vollständiger Name', 'name'], ['Nom complet', 'name'], ['Nom', 'name'],
    ['First name', 'given'], ['Vorname', 'given'], ['Prénom', 'given'], ['Nombre de pila', 'given'],
    ['Last name', 'family'], ['Surname', 'family'], ['Nachname', 'family'], ['Apellidos', 'family'], ['Nom de famille', 'family'], ['성', 'family'],
  ];

  it.each(nameCases)('%s → %s', (header, field) => {
    expect(fieldOf(detectFormat([header, 'Email']), header)).toBe(field);
  });

  it.each([
    ['  EMAIL ', 'email'], ['e_mail', 'email'], ['EmailAddress', 'email'], ['CÓDIGO-POSTAL', 'postcode'], ['Post\u0301code', 'postcode'],
  ] as Array<[string, CanonicalField]>)('folds case, accents and punctuation: %j → %s', (header, field) => {
    expect(fieldOf(detectFormat(['Name', header]), header)).toBe(field);
  });

  it.each([
    [['Nombre', 'Apellidos'], ['given', 'family']],
    [['Prénom', 'Nom'], ['given', 'family']],
    [['Vorname', 'Name'], ['given', 'family']],
    [['성', '이름'], ['family', 'given']],
    [['Name', 'First Name', 'Last Name'], ['name', 'given', 'family']],
    [['Full name', 'Nombre', 'Apellidos'], ['name', 'given', 'family']],
  ] as Array<[string[], CanonicalField[]]>)('a word for "name" next to the other half of a name is that half: %j', (header, fields) => {
    expect(detectFormat(header).columns.map((c) => c.field)).toEqual(fields);
  });

  it.each([
    ['What is your email address?', 'email'],
    ['Your full name (as it should be printed)', 'name'],
    ['Postcode (optional)', 'postcode'],
    ['Please sign anonymously', 'anonymous'],
    ['I agree that my name may be shown publicly', 'anonymous'],
    ['Do not show my name publicly', 'anonymous'],
  ] as Array<[string, CanonicalField]>)('finds an alias inside a longer question: %j → %s', (header, field) => {
    expect(fieldOf(detectFormat(['Vorname', header]), header)).toBe(field);
  });

  it.each([
    'Send me email updates', 'I want to receive the newsletter by email', 'Last updated', 'State of the campaign', 'Favourite colour',
  ])('leaves a question that only mentions a field word unmapped: %j', (header) => {
    expect(fieldOf(detectFormat(['Name', header]), header)).toBeNull();
  });

  it.each([
    '번호', 'No.', '#', 'Nr.', 'Confirmed', 'Petition Title', 'Petition ID', 'Email Opt-in', 'can2_user_tags', 'uuid', 'Tags', 'Unterschrift',
  ])('leaves the known bookkeeping column %j unmapped', (header) => {
    expect(fieldOf(detectFormat(['Name', header]), header)).toBeNull();
  });
});

describe('detectFormat: conflicts', () => {
  it('maps the first of two columns that look like the same field and leaves the other', () => {
    const mapping = detectFormat(['Name', 'Full name', 'Email', 'E-mail']);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', null, 'email', null]);
  });

  it('prefers an exact alias over one found inside a longer header, even further right', () => {
    const mapping = detectFormat(['Name', 'Your email (optional)', 'Email']);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', null, 'email']);
  });

  it("prefers the export's own layout over an earlier alias", () => {
    const mapping = detectFormat(['Date', 'Timestamp', 'Name']);
    expect(mapping.format).toBe('google-forms');
    expect(mapping.columns.map((c) => c.field)).toEqual([null, 'date', 'name']);
  });

  it('maps the first of two identical headers only', () => {
    const mapping = detectFormat(['Name', 'Email', 'Email']);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', 'email', null]);
  });
});

describe('detectFormat: --map', () => {
  it('maps the named column and takes the field away from the column an alias gave it to', () => {
    const mapping = detectFormat(['Name', 'Email', 'Work address'], { map: { email: 'Work address' } });
    expect(fieldsOf(mapping)).toEqual([['Name', 'name'], ['Email', null], ['Work address', 'email']]);
    expect(mapping.columns[2].by).toBe('map');
  });

  it('maps a column the aliases do not know', () => {
    const mapping = detectFormat(['Unterzeichner*in', 'Wohnbezirk'], { map: { name: 'Unterzeichner*in', city: 'Wohnbezirk' } });
    expect(mapping.columns.map((c) => [c.field, c.by])).toEqual([['name', 'map'], ['city', 'map']]);
  });

  it('overrides a known export\'s layout', () => {
    const mapping = detectFormat(['Name', 'City', 'Visible', 'Confirmed at'], { map: { region: 'City' } });
    expect(fieldOf(mapping, 'City')).toBe('region');
    expect(mapping.columns.some((c) => c.field === 'city')).toBe(false);
  });

  it('finds the header after folding when it is not typed exactly', () => {
    const mapping = detectFormat(['Name', 'E-Mail (privat)'], { map: { email: 'e-mail privat' } });
    expect(fieldOf(mapping, 'E-Mail (privat)')).toBe('email');
  });

  it('reaches a repeated or empty header by the name extra gives it', () => {
    const mapping = detectFormat(['Name', 'Email', 'Email', ''], { map: { email: 'Email (2)', city: 'column 4' } });
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', null, 'email', 'city']);
  });

  it('names the closest header when the one given does not exist', () => {
    const error = userErrorOf(() => detectFormat(['Name', 'Email', 'Postcode'], { map: { email: 'Emial' }, file: 'a.csv' }));
    expect(error.message).toContain('--map email="Emial"');
    expect(error.message).toContain('Did you mean --map email="Email"?');
    expect(error.location.file).toBe('a.csv');
  });

  it('refuses one column mapped to two fields', () => {
    const error = userErrorOf(() => detectFormat(['Name', 'Email'], { map: { name: 'Name', given: 'Name' } }));
    expect(error.message).toMatch(/"Name" is mapped twice \(to name and given\)/);
  });

  it('refuses a field that is not canonical (a campaign file typo)', () => {
    const map = { mail: 'Email' } as unknown as Partial<Record<CanonicalField, string>>;
    const error = userErrorOf(() => detectFormat(['Name', 'Email'], { map }));
    expect(error.message).toContain('unknown field "mail"');
    expect(error.message).toContain('email');
  });
  it('lists at most ten cells of a headerless first line, then how many more', () => {
    const row = Array.from({ length: 2500 }, (_, i) => `p${i}@x.example`);
    const error = userErrorOf(() => detectFormat(row, { file: 'wide.csv' }));
    expect(error.message).toContain('"p…@x.example"');
    expect(error.message.match(/p…@x\.example/g)).toHaveLength(10);
    expect(error.message).toContain('and 2,490 more');
    expect(error.message.length).toBeLessThan(1000);
  });
});

describe('detectFormat: --format', () => {
  it('uses the named layout instead of detecting one', () => {
    const mapping = detectFormat(['Name', 'City', 'Visible'], { format: 'petitions-eu' });
    expect(mapping.format).toBe('petitions-eu');
    expect(mapping.columns.map((c) => c.by)).toEqual(['format', 'format', 'format']);
  });

  it('can force the generic format on a header that looks like a known export', () => {
    const mapping = detectFormat(['Timestamp', 'Name'], { format: 'generic' });
    expect(mapping.format).toBe('generic');
    expect(mapping.columns.map((c) => [c.field, c.by])).toEqual([['date', 'alias'], ['name', 'alias']]);
  });

  it('accepts the name however it is spelled', () => {
    expect(detectFormat(['Name', 'Signed On'], { format: 'Change.org' }).format).toBe('change-org');
  });

  it('lists the known formats when the name is unknown', () => {
    const error = userErrorOf(() => detectFormat(['Name'], { format: 'changeorg2', file: 'b.tsv' }));
    expect(error.message).toContain('unknown format "changeorg2"');
    expect(error.message).toContain('change-org, speakout, action-network');
    expect(error.location.file).toBe('b.tsv');
  });
});

describe('detectFormat: no name column', () => {
  it('lists the columns and suggests the --map for the most name-like one', () => {
    const error = userErrorOf(() => detectFormat(['Nr', 'Nickname', 'Email'], { file: 'sheet.csv' }));
    expect(error.message).toBe(`no column holds the signer's name; columns are: "Nr", "Nickname", "Email"; try --map name="Nickname"`);
    expect(error.location.file).toBe('sheet.csv');
  });

  it('suggests a name-like column that was set aside, such as a signature column', () => {
    const error = userErrorOf(() => detectFormat(['#', 'Signature', 'City']));
    expect(error.message).toContain('try --map name="Signature"');
  });

  it('falls back to the first unknown column', () => {
    const error = userErrorOf(() => detectFormat(['번호', 'Wer', 'Email']));
    expect(error.message).toContain('try --map name="Wer"');
  });

  it('is satisfied by a given or family name alone', () => {
    expect(() => detectFormat(['Vorname', 'PLZ'])).not.toThrow();
    expect(() => detectFormat(['Surname', 'Postcode'])).not.toThrow();
  });

  it('is satisfied by a --map', () => {
    expect(() => detectFormat(['Nickname', 'Email'], { map: { name: 'Nickname' } })).not.toThrow();
  });
});
