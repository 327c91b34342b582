// Writes fixtures/exports/: small signature exports, byte for byte as each platform writes them (encoding, BOM,
// delimiter, line ends, quoting quirks). One cast of people appears across the files, with deliberate duplicates.
// Run: node scripts/make-fixtures.mjs   (plain Node ESM; iconv-lite for the encodings, exceljs for the workbooks,
// jszip to store their parts with fixed dates and in the order each program writes them). Output is deterministic.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stdout } from 'node:process';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'exports');

// ── The cast ──────────────────────────────────────────────────────────────────────────────────────────────
// given/family as the person writes them; `full` in their own order (family first for Korean, Chinese, Japanese).
const P = {
  minjun: { given: '민준', family: '김', full: '김민준', email: 'minjun.kim@gmail.com', city: '서울', postcode: '04524', country: 'KR' },
  seoyeon: { given: '서연', family: '이', full: '이서연', email: 'seoyeon.lee@naver.com', city: '부산', postcode: '48058', country: 'KR' },
  jiho: { given: '지호', family: '박', full: '박지호', email: '', city: '서울', postcode: '', country: 'KR' },
  sua: { given: '수아', family: '최', full: '최수아', email: 'sua.choi@daum.net', city: '인천', postcode: '21554', country: 'KR' },
  haeun: { given: '하은', family: '정', full: '정하은', email: '', city: '수원', postcode: '', country: 'KR' },
  doyun: { given: '도윤', family: '강', full: '강도윤', email: '', city: '대구', postcode: '', country: 'KR' },
  wangwei: { given: '伟', family: '王', full: '王伟', email: 'wangwei@qq.com', city: '北京', postcode: '100000', country: 'CN' },
  lina: { given: '娜', family: '李', full: '李娜', email: 'lina88@163.com', city: '上海', postcode: '200000', country: 'CN' },
  zhangmin: { given: '敏', family: '張', full: '張敏', email: 'zhang.min@hinet.net', city: '臺北', postcode: '100', country: 'TW' },
  haruto: { given: '陽翔', family: '佐藤', full: '佐藤 陽翔', email: 'haruto.sato@example.jp', city: '東京', postcode: '100-0001', country: 'JP' },
  hanako: { given: '花子', family: '鈴木', full: '鈴木 花子', email: 'hanako.suzuki@example.jp', city: '大阪', postcode: '530-0001', country: 'JP' },
  oleg: { given: 'Олег', family: 'Иванов', full: 'Олег Иванов', email: 'oleg.ivanov@yandex.ru', city: 'Москва', postcode: '101000', country: 'RU' },
  maria_p: { given: 'Мария', family: 'Петрова', full: 'Мария Петрова', email: 'maria.petrova@mail.ru', city: 'Санкт-Петербург', postcode: '190000', country: 'RU' },
  eleni: { given: 'Ελένη', family: 'Παπαδοπούλου', full: 'Ελένη Παπαδοπούλου', email: 'eleni.p@example.gr', city: 'Αθήνα', postcode: '10558', country: 'GR' },
  nikos: { given: 'Νίκος', family: 'Γεωργίου', full: 'Νίκος Γεωργίου', email: 'nikos.georgiou@example.gr', city: 'Θεσσαλονίκη', postcode: '54624', country: 'GR' },
  jose: { given: 'José', family: 'Núñez', full: 'José Núñez', email: 'jose.nunez@yahoo.es', city: 'Málaga', postcode: '29001', country: 'ES' },
  mariag: { given: 'María', family: 'García Ordóñez', full: 'María García Ordóñez', email: 'maria.garcia.ordonez@gmail.com', city: 'Madrid', postcode: '28013', country: 'ES' },
  carmen: { given: 'Carmen', family: 'Ruiz', full: 'Carmen Ruiz', email: 'carmen.ruiz@example.es', city: 'Sevilla', postcode: '41001', country: 'ES' },
  juergen: { given: 'Jürgen', family: 'Müller', full: 'Jürgen Müller', email: 'juergen.mueller@posteo.de', city: 'Köln', postcode: '50667', country: 'DE' },
  anna: { given: 'Anna', family: 'Schmidt', full: 'Anna Schmidt', email: 'anna.schmidt@web.de', city: 'Berlin', postcode: '10117', country: 'DE' },
  lukas: { given: 'Lukas', family: 'Weiß', full: 'Lukas Weiß', email: 'lukas.weiss@gmx.de', city: 'Hamburg', postcode: '20095', country: 'DE' },
  amelie: { given: 'Amélie', family: 'Lefèvre', full: 'Amélie Lefèvre', email: 'amelie.lefevre@orange.fr', city: 'Paris', postcode: '75001', country: 'FR' },
  helene: { given: 'Hélène', family: 'Dubois', full: 'Hélène Dubois', email: 'helene.dubois@free.fr', city: 'Lyon', postcode: '69001', country: 'FR' },
  francois: { given: 'François', family: 'Béranger', full: 'François Béranger', email: 'f.beranger@laposte.net', city: 'Besançon', postcode: '25000', country: 'FR' },
  joelle: { given: 'Joëlle', family: 'Cœurdevey', full: 'Joëlle Cœurdevey', email: '', city: 'Strasbourg', postcode: '67000', country: 'FR' },
  bob: { given: 'Robert "Bob"', family: 'Smith', full: 'Robert "Bob" Smith', email: 'bob.smith@example.com', city: 'Woodstock', region: 'IL', postcode: '60098', country: 'US' },
  jane: { given: 'Jane', family: 'Doe', full: 'Jane Doe', email: 'jane.doe@gmail.com', city: 'Chicago', region: 'IL', postcode: '60614', country: 'US' },
  john: { given: 'John', family: 'Carter', full: 'John Carter', email: 'jcarter@example.net', city: 'Chicago', region: 'IL', postcode: '60601', country: 'US' },
  emily: { given: 'Emily', family: 'Watson', full: 'Emily Watson', email: 'emily.watson@example.co.uk', city: 'London', postcode: 'SW1A 1AA', country: 'GB', phone: '+44 20 7946 0958' },
  soren: { given: 'Søren', family: 'Kierkegaard-Holm', full: 'Søren Kierkegaard-Holm', email: 'soren.holm@example.dk', city: 'København', postcode: '1050', country: 'DK' },
  lukasz: { given: 'Łukasz', family: 'Wałęsa', full: 'Łukasz Wałęsa', email: 'lukasz.walesa@wp.pl', city: 'Gdańsk', postcode: '80-001', country: 'PL' },
  zoe: { given: 'Zoë', family: 'Brontë', full: 'Zoë Brontë', email: 'zoe.bronte@example.co.uk', city: 'Haworth', postcode: 'BD22 8DR', country: 'GB' },
  chloe: { given: 'Chloé', family: 'Martin', full: 'Chloé Martin', email: 'chloe.martin@example.ca', city: 'Montréal', region: 'QC', postcode: 'H2X 1Y4', country: 'CA' },
  an: { given: 'An', family: 'Nguyễn Văn', full: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', city: 'Hà Nội', postcode: '100000', country: 'VN' },
  fatima: { given: 'Fatima', family: 'Khan', full: 'Fatima Khan', email: 'fatima.khan@example.co.uk', city: 'Manchester', postcode: 'M1 1AE', country: 'GB' },
  aroha: { given: 'Aroha', family: 'Ngata', full: 'Aroha Ngata', email: 'aroha.ngata@example.nz', city: 'Wellington', postcode: '6011', country: 'NZ' },
  peter: { given: 'Peter', family: 'Jones', full: 'Peter Jones', email: 'jones.family@example.co.uk', city: 'Oxford', postcode: 'OX1 2JD', country: 'GB' },
  mary: { given: 'Mary', family: 'Jones', full: 'Mary Jones', email: 'jones.family@example.co.uk', city: 'Oxford', postcode: 'OX1 2JD', country: 'GB' },
  bjorn: { given: 'Björn', family: 'Åkesson', full: 'Björn Åkesson', email: 'bjorn.akesson@example.se', city: 'Stockholm', postcode: '111 22', country: 'SE' },
  giulia: { given: 'Giulia', family: 'Rossi', full: 'Giulia Rossi', email: 'giulia.rossi@example.it', city: 'Roma', postcode: '00184', country: 'IT' },
  dmitri: { given: 'Дмитрий', family: 'Соколов', full: 'Дмитрий Соколов', email: 'd.sokolov@example.ru', city: 'Казань', postcode: '420111', country: 'RU' },
};

const COUNTRY_EN = { KR: 'South Korea', CN: 'China', TW: 'Taiwan', JP: 'Japan', RU: 'Russia', GR: 'Greece', ES: 'Spain', DE: 'Germany', FR: 'France', US: 'United States', GB: 'United Kingdom', DK: 'Denmark', PL: 'Poland', CA: 'Canada', VN: 'Vietnam', NZ: 'New Zealand', SE: 'Sweden', IT: 'Italy' };
const PETITION = 'Stop the forced return of North Korean refugees';

// ── Writing helpers ───────────────────────────────────────────────────────────────────────────────────────
/** RFC 4180 cell: quoted when it holds the delimiter, a quote or a line break. */
function cell(value, delimiter) {
  const text = String(value ?? '');
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') ? `"${text.replaceAll('"', '""')}"` : text;
}
const lines = (rows, delimiter, eol) => rows.map((row) => row.map((v) => cell(v, delimiter)).join(delimiter)).join(eol) + eol;
const BOM = { 'utf-8': [0xef, 0xbb, 0xbf], 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };
function bytes(text, encoding, withBom) {
  const body = iconv.encode(text, encoding);
  return withBom ? Buffer.concat([Buffer.from(BOM[encoding]), body]) : body;
}
mkdirSync(OUT, { recursive: true });
const written = [];
function write(name, buffer) {
  writeFileSync(join(OUT, name), buffer);
  written.push(`${name} (${buffer.length} bytes)`);
}

// ── Change.org: UTF-16LE, TAB ─────────────────────────────────────────────────────────────────────────────
const CHANGE_HEADER = ['Name', 'City', 'State', 'Postal Code', 'Country', 'Signed On'];
const change = (p, city, state, signedOn) => [p.full, city ?? p.city, state ?? p.region ?? '', p.postcode, COUNTRY_EN[p.country], signedOn];
const changeRows = [
  CHANGE_HEADER,
  change(P.bob, 'Woodstock IL 60098', 'IL', '2025-11-02 14:03:11'), // the city with state and ZIP inside
  change(P.john, 'Chicago', 'Ilinois', '2025-11-02 15:20:40'), // state typo
  change(P.juergen, undefined, 'NRW', '2025-11-02 18:45:02'), // same name + postcode as in openpetition.csv
  change(P.minjun, 'Seoul', '', '2025-11-03 01:12:09'),
  change(P.wangwei, 'Beijing', '', '2025-11-03 02:30:51'),
  change(P.emily, undefined, 'England', '2025-11-03 08:01:33'),
  change(P.chloe, undefined, undefined, '2025-11-03 13:44:18'),
  change(P.oleg, undefined, '', '2025-11-03 16:05:27'),
  change(P.aroha, undefined, '', '2025-11-04 07:59:00'),
  change(P.lukasz, undefined, '', '2025-11-04 10:10:10'),
];
write('change-org.csv', bytes(lines(changeRows, '\t', '\r\n'), 'utf-16le', true));

const changeNoBomRows = [
  CHANGE_HEADER,
  change(P.sua, 'Incheon', '', '2025-11-05 09:00:12'),
  change(P.hanako, 'Osaka', '', '2025-11-05 09:30:45'),
  change(P.nikos, undefined, '', '2025-11-05 11:11:11'),
  change(P.jose, undefined, 'Andalucía', '2025-11-05 12:40:03'),
  change(P.fatima, undefined, 'England', '2025-11-05 19:02:58'),
];
write('change-org-nobom.csv', bytes(lines(changeNoBomRows, '\t', '\r\n'), 'utf-16le', false));

const changeBeRows = [
  CHANGE_HEADER,
  change(P.bjorn, undefined, '', '2025-11-06 08:15:00'),
  change(P.giulia, undefined, 'Lazio', '2025-11-06 09:45:31'),
  change(P.dmitri, undefined, 'Татарстан', '2025-11-06 10:20:17'),
  change(P.an, undefined, '', '2025-11-06 12:00:00'),
];
write('change-org-utf16be.csv', bytes(lines(changeBeRows, '\t', '\r\n'), 'utf-16be', true));
const changeBeNoBomRows = [CHANGE_HEADER, change(P.zhangmin, 'Taipei', '', '2025-11-07 03:03:03'), change(P.maria_p, undefined, '', '2025-11-07 04:04:04'), change(P.soren, undefined, '', '2025-11-07 05:05:05')];
write('change-org-utf16be-nobom.csv', bytes(lines(changeBeNoBomRows, '\t', '\r\n'), 'utf-16be', false));

// ── SpeakOut: BOM FF FE + UTF-16LE, TAB, LF, every value wrapped in "…", inner quotes NOT escaped ──────────────
const SPEAKOUT_HEADER = ['First Name', 'Last Name', 'Email Address', 'Street Address', 'City', 'State', 'Post Code', 'Country', 'Custom Field', 'Date Signed', 'Confirmed', 'Petition Title', 'Petition ID', 'Email Opt-in', 'Custom Message', 'Language'];
const speakout = (p, street, date, message, language) => [p.given, p.family, p.email, street, p.city, p.region ?? '', p.postcode, p.country, '', date, '1', PETITION, '7', '1', message, language];
const speakoutRows = [
  SPEAKOUT_HEADER,
  speakout(P.bob, '12 Main St', '2025-11-03 10:12:44', 'I said "never again" and I meant it', 'en_US'), // same email as nowhere else; name quirk
  speakout(P.jane, '', '2025-11-03 10:40:02', 'Stop "refoulement"', 'en_US'), // value ends in an inner quote: "Stop "refoulement""
  speakout(P.anna, 'Unter den Linden 5', '2025-11-03 11:02:37', '', 'de_DE'),
  speakout(P.eleni, '', '2025-11-03 12:15:00', 'Ντροπή', 'el'),
  speakout(P.seoyeon, '', '2025-11-03 13:30:21', '강제북송 반대', 'ko_KR'),
  speakout(P.amelie, '3 rue de Rivoli', '2025-11-03 14:45:59', '', 'fr_FR'),
  speakout(P.carmen, '', '2025-11-03 15:05:10', 'Basta ya', 'es_ES'),
];
// SpeakOut wraps each value in quotes and writes inner quotes as they are.
const speakoutText = speakoutRows.map((row) => row.map((v) => `"${v}"`).join('\t')).join('\n') + '\n';
write('speakout.csv', bytes(speakoutText, 'utf-16le', true));

// ── Action Network: UTF-8, comma, can2_user_tags a comma-space list in one quoted cell ────────────────────────
const AN_HEADER = ['uuid', 'first_name', 'last_name', 'email', 'zip_code', 'can2_user_address', 'can2_user_city', 'can2_state_abbreviated', 'can2_county', 'can2_phone', 'can2_user_tags', 'can2_subscription_status', 'can2_sms_status'];
let uuidSeed = 0;
const uuid = () => `5f0c${(++uuidSeed).toString(16).padStart(4, '0')}-1d2e-4a6b-9c3d-${(0xabc000 + uuidSeed).toString(16)}00aa`;
const an = (p, address, county, phone, tags) => [uuid(), p.given, p.family, p.email, p.postcode, address, p.city, p.region ?? '', county, phone, tags, 'subscribed', 'not subscribed'];
const anRows = [
  AN_HEADER,
  an(P.jane, '1200 N Lake Shore Dr', 'Cook', '+1 312 555 0142', 'volunteer, donor, nk-refugees'),
  an(P.john, '', 'Cook', '', 'nk-refugees'),
  an({ ...P.bob, email: 'Bob.Smith@Example.com' }, '12 Main St', 'McHenry', '', 'volunteer, nk-refugees'), // same email as speakout.csv, other case
  an(P.chloe, '', '', '', ''),
  an(P.fatima, '', '', '+44 161 496 0018', 'donor'),
  an(P.emily, '', '', P.emily.phone, 'volunteer, press'),
];
write('action-network.csv', Buffer.from(lines(anRows, ',', '\n'), 'utf8'));

// ── EFF action center: raw and presentable, UTF-8, comma ─────────────────────────────────────────────────────
const effRawRows = [
  ['first_name', 'last_name', 'email', 'zipcode', 'country_code', 'created_at'],
  ['Jane', 'Doe', 'Jane.Doe+petition@googlemail.com', '60614', 'US', '2025-11-04T09:15:22Z'], // Gmail +tag, googlemail.com
  ['Jane', 'Doe', 'janedoe@gmail.com', '60614', 'US', '2025-11-04T09:16:03Z'], // Gmail without the dot
  [P.peter.given, P.peter.family, P.peter.email, P.peter.postcode, 'GB', '2025-11-04T10:00:00Z'], // household: one email,
  [P.mary.given, P.mary.family, P.mary.email, P.mary.postcode, 'GB', '2025-11-04T10:02:41Z'], // two given names, one postcode
  [P.mariag.given.normalize('NFD'), P.mariag.family.normalize('NFD'), P.mariag.email, P.mariag.postcode, 'ES', '2025-11-04T11:30:00Z'], // NFD
  [P.zoe.given, P.zoe.family, P.zoe.email, P.zoe.postcode, 'GB', '2025-11-04T12:45:09Z'],
  [P.soren.given, P.soren.family, P.soren.email, P.soren.postcode, 'DK', '2025-11-04T13:00:00Z'],
];
write('eff-raw.csv', Buffer.from(lines(effRawRows, ',', '\n'), 'utf8'));
const effPresentableRows = [
  ['full_name', 'email', 'city', 'state', 'country'],
  [P.helene.full, P.helene.email, P.helene.city, '', 'FR'],
  [P.amelie.full, 'Amelie.Lefevre@Orange.fr', P.amelie.city, '', 'FR'], // same email as speakout.csv, other case
  [P.an.full, P.an.email, P.an.city, '', 'VN'],
  [P.dmitri.full, P.dmitri.email, P.dmitri.city, '', 'RU'],
  [P.lina.full, P.lina.email, P.lina.city, '', 'CN'],
];
write('eff-presentable.csv', Buffer.from(lines(effPresentableRows, ',', '\n'), 'utf8'));

// ── Google Forms: UTF-8 with BOM, CRLF, Timestamp M/D/YYYY H:MM:SS ───────────────────────────────────────────
const googleRows = [
  ['Timestamp', 'Full name', 'Email address', 'City', 'Country'],
  ['11/3/2025 9:15:22', P.jane.full, 'JANE.DOE@GMAIL.COM', 'Chicago', 'USA'], // same email as action-network.csv, upper case
  ['11/3/2025 10:02:07', P.jiho.full, '', '서울', '대한민국'], // also on the Seoul paper sheet: same name, same city, no postcode
  ['11/3/2025 13:45:59', P.haruto.full, P.haruto.email, '東京', '日本'],
  ['11/4/2025 8:05:00', P.eleni.full, P.eleni.email, 'Athens', 'Greece'],
  ['11/4/2025 19:30:41', P.mariag.full, 'maria.garciaordonez@gmail.com', 'Madrid', 'España'], // Gmail dots
  ['11/5/2025 7:00:13', P.aroha.full, P.aroha.email, 'Wellington', 'Aotearoa New Zealand'],
  ['11/5/2025 21:12:12', P.giulia.full, P.giulia.email, 'Roma', 'Italia'],
  ['11/6/2025 0:01:30', P.minjun.full, 'minjun.kim+hrd@gmail.com', '서울', '대한민국'], // Gmail +tag of the Seoul sheet's address
];
write('google-form.csv', bytes(lines(googleRows, ',', '\r\n'), 'utf-8', true));

// ── openPetition: UTF-8, semicolon, German headers, DD.MM.YYYY HH:MM ───────────────────────────────────────────
const op = (p, date) => [p.given, p.family, p.postcode, p.city, p.country === 'DE' ? 'Deutschland' : COUNTRY_EN[p.country], p.email, date];
const openPetitionRows = [
  ['Vorname', 'Nachname', 'PLZ', 'Ort', 'Land', 'E-Mail', 'Unterschrieben am'],
  op({ ...P.juergen, email: '' }, '02.11.2025 19:03'), // same name and postcode as change-org.csv, no email here
  op(P.anna, '03.11.2025 08:12'),
  op(P.lukas, '03.11.2025 09:40'),
  op(P.bjorn, '03.11.2025 10:00'),
  op(P.lukasz, '04.11.2025 17:25'),
  op(P.soren, '04.11.2025 18:00'),
  op({ ...P.dmitri, city: 'Kasan; Tatarstan' }, '05.11.2025 12:00'), // a semicolon inside a quoted cell
];
write('openpetition.csv', Buffer.from(lines(openPetitionRows, ';', '\r\n'), 'utf8'));

// ── petitions.eu: four preamble lines before the header ──────────────────────────────────────────────────────
const petitionsEuRows = [
  ['Name', 'City', 'Visible', 'Confirmed at'],
  [P.giulia.full, 'Roma', 'yes', '2025-11-04 18:22'],
  [P.bjorn.full, 'Stockholm', 'no', '2025-11-04 19:01'],
  [P.helene.full, 'Lyon', 'yes', '2025-11-05 07:45'],
  [P.nikos.full, 'Θεσσαλονίκη', 'yes', '2025-11-05 08:30'],
  [P.zoe.full, 'Haworth', 'no', '2025-11-05 09:12'],
  [P.francois.full, 'Besançon', 'yes', '2025-11-05 10:00'],
];
const petitionsEuText = `Petition: ${PETITION}\nId: 4821\nNumber of signatures: ${petitionsEuRows.length - 1}\n\n` + lines(petitionsEuRows, ',', '\n');
write('petitions-eu.csv', Buffer.from(petitionsEuText, 'utf8'));

// ── Seoul paper sheets typed up in Korean Excel: CP949, comma, CRLF, header repeated on the second sheet ──────────
const SEOUL_HEADER = ['번호', '이름', '이메일', '주소', '서명일'];
const seoulRows = [
  SEOUL_HEADER,
  ['1', P.jiho.full, '', '서울', '2025. 11. 01.'], // also signed online in google-form.csv
  ['2', P.haeun.full, '', '경기도 수원시', '2025. 11. 01.'],
  ['3', P.doyun.full, '', '대구광역시 중구', '2025. 11. 01.'],
  ['4', P.minjun.full, 'MinJun.Kim@gmail.com', '서울특별시 종로구', '2025. 11. 01.'], // google-form.csv has minjun.kim+hrd@gmail.com
  ['5', '한지민', '', '서울특별시 마포구', '2025. 11. 01.'],
  ['6', '윤서준', '', '경기도 성남시', '2025. 11. 02.'],
  ['7', '장예은', '', '인천광역시 남동구', '2025. 11. 02.'],
  SEOUL_HEADER, // second page of the paper sheet, header typed again
  ['1', '임시우', '', '서울특별시 강남구', '2025. 11. 08.'],
  ['2', '오하린', '', '부산광역시 해운대구', '2025. 11. 08.'],
  ['3', P.seoyeon.full, '', '부산광역시 해운대구', '2025. 11. 08.'],
  ['4', '신유준', '', '광주광역시 북구', '2025. 11. 08.'],
  ['5', '권나은', '', '서울특별시 노원구', '2025. 11. 08.'],
];
write('seoul-paper.csv', iconv.encode(lines(seoulRows, ',', '\r\n'), 'cp949'));

// ── A French paper sheet typed up in Excel: Windows-1252, semicolon, CRLF ────────────────────────────────────
const frRows = [
  ['Nom', 'Prénom', 'Code postal', 'Ville', 'Courriel', 'Date'],
  ['Lefèvre', 'Amélie', '75001', 'Paris', '', '08/11/2025'], // also online (speakout.csv, eff-presentable.csv)
  ['Dubois', 'Hélène', '69001', 'Lyon', '', '08/11/2025'],
  ['Béranger', 'François', '25000', 'Besançon', P.francois.email, '08/11/2025'],
  ['Cœurdevey', 'Joëlle', '67000', 'Strasbourg', '', '08/11/2025'], // œ exists in Windows-1252, not in Latin-1
  ['Núñez', 'José', '29001', 'Málaga', '', '09/11/2025'],
  ['Ruiz', 'Carmen', '41001', 'Sevilla', 'carmen.ruiz@example.es', '09/11/2025'],
];
write('paper-fr-windows1252.csv', iconv.encode(lines(frRows, ';', '\r\n'), 'windows-1252'));

// ── A quoted field holding line breaks (Excel writes LF inside the cell, CRLF between records) ─────────────────
const multilineRows = [
  ['Name', 'Email', 'Country', 'Comment'],
  [P.emily.full, P.emily.email, 'United Kingdom', 'No one should be sent back\nto face prison camps.'],
  [P.oleg.full, P.oleg.email, 'Russia', 'Подписываю.'],
  [P.chloe.full, P.chloe.email, 'Canada', 'Line one\nline two\nline three, with a comma'],
  [P.an.full, P.an.email, 'Vietnam', ''],
  [P.hanako.full, P.hanako.email, 'Japan', '"Never again", she said.'],
];
write('multiline.csv', Buffer.from(lines(multilineRows, ',', '\r\n'), 'utf8'));

// ── Broken rows: too many fields, an unbalanced quote, a short row; the rows after them must survive ───────────
const brokenText = [
  'name,email,city,country',
  'Giulia Rossi,giulia.rossi@example.it,Roma,IT',
  'Carter, John,jcarter@example.net,Chicago,US', // unquoted comma: 5 fields → rejected
  'Björn Åkesson,bjorn.akesson@example.se,Stockholm,SE',
  '"Fatima Khan,fatima.khan@example.co.uk,Manchester,GB', // quote opened, never closed → rejected, alone
  'Aroha Ngata,aroha.ngata@example.nz,Wellington,NZ',
  'Lukas Weiß,lukas.weiss@gmx.de,Hamburg,DE,,', // two empty extra fields: recovered
  'Мария Петрова,maria.petrova@mail.ru', // two fields short → rejected
  '"Nikos "the Greek" Georgiou",nikos.georgiou@example.gr,Θεσσαλονίκη,GR', // bare inner quotes: recovered
  'Dmitri "Dima" Sokolov,d.sokolov@example.ru,"Kazan",RU',
  'Zoë Brontë,zoe.bronte@example.co.uk,Haworth,GB',
].join('\n') + '\n';
write('broken-rows.csv', Buffer.from(brokenText, 'utf8'));

// ── Formula-like values: a name that is a formula (rejected later), a phone that starts with + (kept) ───────────
const formulaRows = [
  ['name', 'email', 'phone', 'country', 'comment'],
  ['=HYPERLINK("http://evil.example/x","Click me")', 'mallory@example.com', '', 'US', ''],
  [P.emily.full, P.emily.email, P.emily.phone, 'GB', '+1 for this'],
  [P.fatima.full, P.fatima.email, '+44 161 496 0018', 'GB', '@SUM(A1:A3)'],
  ['Lucy Grey', 'lucy.grey@example.co.uk', '-', 'GB', '=1+1'], // formula-like comment: kept, defused on output
  [P.zoe.full, P.zoe.email, '', 'GB', ''],
];
write('formula-values.csv', Buffer.from(lines(formulaRows, ',', '\n'), 'utf8'));

// ── Pipe-delimited, UTF-8 ─────────────────────────────────────────────────────────────────────────────────────
const pipeRows = [
  ['name', 'email', 'city', 'country'],
  [P.wangwei.full, P.wangwei.email, P.wangwei.city, 'CN'],
  [P.lina.full, P.lina.email, P.lina.city, 'CN'],
  [P.zhangmin.full, P.zhangmin.email, P.zhangmin.city, 'TW'],
  ['Smith, Robert', 'bob.smith@example.com', 'Woodstock', 'US'], // a comma inside a pipe file
  [P.haruto.full, P.haruto.email, P.haruto.city, 'JP'],
];
write('pipe.csv', Buffer.from(lines(pipeRows, '|', '\n'), 'utf8'));

// ── CR-only line ends (old Mac Excel) ─────────────────────────────────────────────────────────────────────────
const crRows = [
  ['Name', 'Email', 'City', 'Country'],
  [P.carmen.full, P.carmen.email, P.carmen.city, 'ES'],
  [P.jose.full, P.jose.email, P.jose.city, 'ES'],
  [P.giulia.full, P.giulia.email, P.giulia.city, 'IT'],
  [P.helene.full, P.helene.email, P.helene.city, 'FR'],
  [P.bjorn.full, P.bjorn.email, P.bjorn.city, 'SE'],
];
write('cr-only.csv', Buffer.from(lines(crRows, ',', '\r'), 'utf8'));

// ── Workbooks (.xlsx), written with exceljs ───────────────────────────────────────────────────────────────────
// Excel's day number for a calendar day (1900 system; the 1904 system counts 1,462 days fewer).
const excelDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
const FIXED_DATE = new Date(Date.UTC(2025, 10, 20, 9, 0, 0));

/** Stores the workbook's parts again with a fixed date, in the given order (unlisted parts keep theirs, after). */
async function storeParts(buffer, order = []) {
  const from = await JSZip.loadAsync(buffer);
  const names = Object.keys(from.files).filter((n) => !from.files[n].dir);
  const sorted = [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n))];
  const to = new JSZip();
  for (const name of sorted) to.file(name, await from.files[name].async('uint8array'), { date: FIXED_DATE, createFolders: false });
  return to.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

function newWorkbook(creator) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

// Seoul rally sheets typed into Korean Excel: an instructions tab (no table), two rally tabs in Hangul. The March tab
// has a merged title above the header, a number column of formulas (=ROW()-3, saved results), one name typed as a
// formula, dates as Excel day numbers, a hidden row, a city merged over two rows, and formatted empty rows at the end.
// The Busan tab has dates typed as text and one date with a time.
{
  const workbook = newWorkbook('서울 자원봉사팀');
  const help = workbook.addWorksheet('안내');
  help.getCell('A1').value = '입력 방법: 서명지 한 줄을 한 행에 입력하세요.';
  help.getCell('A2').value = '서명일은 날짜 형식으로 입력합니다.';

  const march = workbook.addWorksheet('3월 집회');
  march.mergeCells('A1:F1');
  march.getCell('A1').value = '북한이탈주민 강제북송 반대 서명 — 서울 3월 집회';
  march.getRow(3).values = ['번호', '이름', '이메일', '주소', '서명일', '익명'];
  const marchRows = [
    [P.minjun.full, P.minjun.email, '서울특별시 종로구', '2025-11-01', ''],
    [P.seoyeon.full, P.seoyeon.email, '부산광역시 해운대구', '2025-11-01', ''],
    [P.jiho.full, '', '서울', '2025-11-01', 'O'],
    [P.sua.full, P.sua.email, '인천광역시', '2025-11-02', ''],
    [P.haeun.full, '', '', '2025-11-02', ''],
    [P.doyun.full, '', '대구광역시 중구', '2025-11-02', ''],
  ];
  marchRows.forEach((values, i) => {
    const rowNumber = 4 + i;
    const row = march.getRow(rowNumber);
    row.getCell(1).value = { formula: 'ROW()-3', result: i + 1 };
    row.getCell(2).value = values[0];
    row.getCell(3).value = values[1] || null;
    row.getCell(4).value = values[2] || null;
    row.getCell(5).value = excelDay(values[3]);
    row.getCell(5).numFmt = 'yyyy-mm-dd';
    row.getCell(6).value = values[4] || null;
  });
  // 최수아 is typed as a formula joining family and given name; only the saved result is read.
  march.getCell('B7').value = { formula: '"최"&"수아"', result: P.sua.full };
  march.getRow(6).hidden = true;
  // 정하은's city is the merged cell above it (both rows show 수원 … only the first holds it).
  march.getCell('D8').value = '경기도 수원시';
  march.mergeCells('D8:D9');
  for (let r = 10; r <= 30; r++) march.getCell(`B${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

  const busan = workbook.addWorksheet('부산');
  busan.addRow(['이름', '이메일', '도시', '서명일']);
  busan.addRow([P.seoyeon.full, P.seoyeon.email.toUpperCase(), '부산', '2025. 11. 02.']);
  busan.addRow(['윤서준', '', '부산', '2025. 11. 02.']);
  const withTime = busan.addRow(['한지민', 'jimin.han@example.kr', '부산', excelDay('2025-11-03') + 0.5625]);
  withTime.getCell(4).numFmt = 'yyyy-mm-dd hh:mm';
  write('seoul-rally.xlsx', await storeParts(await workbook.xlsx.writeBuffer()));
}

// A rally sheet typed up the way people lay out paper in Excel: the country typed once and merged down over every
// signer row (and over empty rows below the last signer), a city merged over the two people who came from it, a row
// hidden after it was typed, and formatted empty rows at the end. A person reading it sees a country on every row.
{
  const workbook = newWorkbook('서울 자원봉사팀');
  const sheet = workbook.addWorksheet('Rally');
  sheet.addRow(['Name', 'City', 'Country', 'Date signed']);
  const signers = [[P.minjun, 'Seoul'], [P.jiho, null], [P.seoyeon, 'Busan'], [P.sua, 'Incheon']];
  signers.forEach(([person, city], i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = person.full;
    if (city) row.getCell(2).value = city;
    row.getCell(4).value = excelDay('2025-11-09');
    row.getCell(4).numFmt = 'yyyy-mm-dd';
  });
  sheet.getCell('C2').value = 'KR';
  sheet.mergeCells('C2:C8');
  sheet.mergeCells('B2:B3');
  sheet.getRow(4).hidden = true;
  for (let r = 6; r <= 20; r++) sheet.getCell(`A${r}`).border = { bottom: { style: 'thin' } };
  write('merged-cells.xlsx', await storeParts(await workbook.xlsx.writeBuffer()));
}

// Paper sheets from a Seoul rally, typed into the template `petition sheets --template` writes and saved in Korean
// Excel. The IDs are the first sheets `petition sheets` registers for a campaign whose code is NKR (the README's paper
// walk-through prints them). Two people also signed online (google-form.csv); one ticked "이름 비공개"; a volunteer
// typed one line twice, mistyped one sheet ID's check character and one line number that no sheet has.
{
  const [s1, s2] = ['NKR-01-001-GJ', 'NKR-01-002-FU'];
  const workbook = newWorkbook('서울 자원봉사팀');
  const sheet = workbook.addWorksheet('입력');
  sheet.addRow(['sheet', 'line', 'name', 'city', 'country', 'email', 'anonymous']);
  for (const values of [
    [s1, 1, P.minjun.full, '서울', 'KR', P.minjun.email, ''],
    [s1, 2, P.jiho.full, '서울', '대한민국', '', ''],
    [s1, 3, '오하늘', '서울', 'KR', '', 'O'],
    [s1, 4, '문가람', '서울', 'KR', '', ''],
    [s1, 5, '배나래', '부천', 'KR', '', ''],
    [s2, 1, '송다온', '인천', 'KR', '', ''],
    [s2, 2, '임보라', '인천', 'KR', 'boram.lim@example.kr', ''],
    [s2, 2, '임보라', '인천', 'KR', 'boram.lim@example.kr', ''],
    [s2, 3, 'Tom Becker', 'Berlin', 'DE', '', ''],
    ['NKR-01-002-FV', 4, '유하린', '서울', 'KR', '', ''],
    [s2, 17, '강이준', '서울', 'KR', '', ''],
  ]) sheet.addRow(values.map((v) => (v === '' ? null : v)));
  write('rally-typed.xlsx', await storeParts(await workbook.xlsx.writeBuffer()));
}

// A Mac Excel workbook with days counted from 1904.
{
  const workbook = newWorkbook('Mac Excel');
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('Signatures');
  sheet.addRow(['Name', 'Email', 'Country', 'Date signed']);
  for (const [person, day] of [[P.jane, '2025-11-03'], [P.john, '2025-11-04'], [P.emily, '2025-11-05']]) {
    const row = sheet.addRow([person.full, person.email, person.country, excelDay(day) - 1462]);
    row.getCell(4).numFmt = 'd mmm yyyy';
  }
  write('mac-1904.xlsx', await storeParts(await workbook.xlsx.writeBuffer()));
}

// libreoffice-calc.xlsx is saved by LibreOffice itself: scripts/make-libreoffice-fixture.mjs.

stdout.write(`wrote ${written.length} files to ${OUT}:\n  ${written.join('\n  ')}\n`);
