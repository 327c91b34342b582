// The petition platforms' exports we recognise, as data: how to spot each by its header, and what its columns hold.
import type { CanonicalField } from '../types.js';

export interface KnownFormat {
  /** The name `--format` takes. */
  name: string;
  description: string;
  /** The platform as an official knows it ("Change.org"); absent for the generic format, which names no platform. */
  platform?: string;
  /**
   * How detection spots the export: every group needs one of its headers present (compared folded).
   * A header ending in `*` matches any header starting with it. Empty for the generic format, which is never detected.
   */
  signature: ReadonlyArray<readonly string[]>;
  /**
   * The export's columns, as the platform writes them (several spellings may name one field), with the field
   * each holds; `null` marks a known column that is deliberately kept in `extra` (ids, opt-ins, tags…).
   * Columns not listed here are mapped by the header aliases.
   */
  layout: ReadonlyArray<readonly [header: string, field: CanonicalField | null]>;
  /** Headers this platform never writes but another one does: their presence rules the format out (folded). */
  notWith?: readonly string[];
}

const GOOGLE_FORMS_TIMESTAMPS = ['Timestamp', 'Marca temporal', 'Marca de tiempo', 'Zeitstempel', 'Horodateur', '타임스탬프', 'Tijdstempel', 'Carimbo de data/hora'];

export const KNOWN_FORMATS: ReadonlyArray<KnownFormat> = [
  {
    name: 'change-org',
    platform: 'Change.org',
    description: 'Change.org starter download: UTF-16LE, tab-separated; City, State, a postal code, "Signed On" (other columns unverified)',
    signature: [['Signed On', 'Signed On Date', 'Signed Date'], ['City'], ['State'], ['Postal Code', 'Zip Code', 'Zip', 'Postcode']],
    layout: [
      ['Name', 'name'], ['First Name', 'given'], ['Last Name', 'family'], ['Email', 'email'],
      ['City', 'city'], ['State', 'region'], ['Postal Code', 'postcode'], ['Zip Code', 'postcode'], ['Zip', 'postcode'], ['Postcode', 'postcode'],
      ['Country', 'country'], ['Country Code', 'country'], ['Signed On', 'date'], ['Signed On Date', 'date'], ['Signed Date', 'date'],
    ],
  },
  {
    name: 'speakout',
    platform: 'SpeakOut!',
    description: 'SpeakOut! (WordPress plugin) CSV download: UTF-16LE with BOM, tab-separated, English headers (translated ones are mapped by alias)',
    signature: [['Date Signed'], ['Petition ID', 'Petition Title'], ['Email Address']],
    layout: [
      ['First Name', 'given'], ['Last Name', 'family'], ['Email Address', 'email'], ['Street Address', 'street'],
      ['City', 'city'], ['State', 'region'], ['Post Code', 'postcode'], ['Country', 'country'],
      ['Custom Field', null], ['Date Signed', 'date'], ['Confirmed', null], ['Petition Title', null], ['Petition ID', null],
      ['Email Opt-in', null], ['Custom Message', 'comment'], ['Language', 'language'],
    ],
  },
  {
    name: 'action-network',
    platform: 'Action Network',
    description: 'Action Network report: UTF-8 CSV, uuid and can2_* columns chosen in the report builder',
    signature: [['email'], ['uuid', 'can2_*']],
    layout: [
      ['uuid', null], ['first_name', 'given'], ['last_name', 'family'], ['email', 'email'], ['zip_code', 'postcode'],
      ['can2_user_address', 'street'], ['can2_user_city', 'city'], ['can2_state_abbreviated', 'region'], ['can2_county', null],
      ['can2_phone', 'phone'], ['can2_user_tags', null], ['can2_subscription_status', null], ['can2_sms_status', null],
    ],
  },
  {
    name: 'eff-raw',
    platform: 'EFF Action Center',
    description: 'EFF action center, raw export: first_name, last_name, email, zipcode, country_code, created_at',
    signature: [['first_name'], ['zipcode'], ['country_code'], ['created_at']],
    layout: [
      ['first_name', 'given'], ['last_name', 'family'], ['email', 'email'], ['zipcode', 'postcode'],
      ['country_code', 'country'], ['created_at', 'date'],
    ],
  },
  {
    name: 'eff-presentable',
    platform: 'EFF Action Center',
    description: 'EFF action center, presentable export: full_name, email, city, state, country',
    signature: [['full_name'], ['city'], ['state'], ['country']],
    layout: [['full_name', 'name'], ['email', 'email'], ['city', 'city'], ['state', 'region'], ['country', 'country']],
  },
  {
    name: 'google-forms',
    platform: 'Google Forms',
    description: 'Google Forms responses: UTF-8 CSV, a Timestamp column (localized) then the question titles, mapped by alias',
    signature: [GOOGLE_FORMS_TIMESTAMPS],
    layout: [
      ...GOOGLE_FORMS_TIMESTAMPS.map((header) => [header, 'date'] as const),
      ['Email Address', 'email'], ['Dirección de correo electrónico', 'email'], ['E-Mail-Adresse', 'email'],
      ['Adresse e-mail', 'email'], ['이메일 주소', 'email'],
    ],
  },
  {
    name: 'openpetition',
    platform: 'openPetition',
    description: 'openPetition signature list: German headers (Vorname, Nachname, PLZ, Ort, Land, Unterschrieben am or Datum)',
    signature: [['Vorname'], ['Nachname'], ['PLZ'], ['Ort'], ['Land'], ['Unterschrieben am', 'Datum']],
    layout: [
      ['Vorname', 'given'], ['Nachname', 'family'], ['Straße', 'street'], ['PLZ', 'postcode'], ['Ort', 'city'],
      ['Land', 'country'], ['Unterschrieben am', 'date'], ['Datum', 'date'], ['E-Mail', 'email'], ['Kommentar', 'comment'],
    ],
    // SpeakOut with its headers translated into German has the same name and date columns, and these besides.
    notWith: ['Petitions-ID', 'Titel der Petition', 'Benutzerdefiniertes Feld'],
  },
  {
    name: 'petitions-eu',
    platform: 'petitions.eu',
    description: 'petitions.eu / petities.nl signature list: four preamble lines, then Name, City, Visible, Confirmed at (localized); Visible is the inverse of anonymous',
    signature: [['Visible', 'Zichtbaar', 'Sichtbar'], ['Confirmed at', 'Bevestigd op', 'Bestätigt am', 'Confirmé le']],
    layout: [
      ['Name', 'name'], ['Naam', 'name'], ['City', 'city'], ['Woonplaats', 'city'], ['Plaats', 'city'], ['Ort', 'city'],
      ['Visible', 'anonymous'], ['Zichtbaar', 'anonymous'], ['Sichtbar', 'anonymous'],
      ['Confirmed at', 'date'], ['Bevestigd op', 'date'], ['Bestätigt am', 'date'], ['Confirmé le', 'date'],
    ],
  },
  {
    name: 'generic',
    description: 'anything else (paper sheets typed up by volunteers, other platforms): every column mapped by its header alias',
    signature: [],
    layout: [],
  },
];

export const GENERIC_FORMAT = KNOWN_FORMATS[KNOWN_FORMATS.length - 1];
