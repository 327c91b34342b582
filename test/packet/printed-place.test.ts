// A printed place is a place, not a line of an address (issue 11, names19; outside tester J, F4). City and region cells
// printed the person mail is sent to ("bei Familie Schmidt, Berlin", "chez M. Martin, Paris", "Kim Minjun 방, 서울"), a
// house number in another numeral system ("القاهرة، ١٢ التحرير") and streets in region cells ("Bağdat Caddesi",
// "ถนนสุขุมวิท", "南京路"). The cell is split on the commas of any script and the last part that has no number, no care-of
// word, no person's title and, in a region, no street word is printed; none, and the cell is left blank. Only the printed
// list changes: the signer is counted, and the row is named in a warning.
import { describe, expect, it } from '@jest/globals';
import { heldBackForPrint } from '../../src/packet/printable-entry.js';
import { cellTexts, columnsFor } from '../../src/packet/signature-list/columns.js';
import type { ListEntry } from '../../src/packet/signature-list/list-types.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';

const columns = columnsFor('recipient', [], 3);

/** The city or region as the recipient list prints it after the last check, and the codes of what was said. */
function printed(column: 'city' | 'region', place: string): { text: string; said: string[] } {
  const entry: ListEntry = { name: 'Ana Ruiz', city: 'Madrid', region: '', postcode: '', country: 'ES', signedAt: null, anonymous: false, [column]: place };
  const problems = heldBackForPrint(entry, { source: 'form.csv', row: 7, line: 8 });
  const text = cellTexts(entry, columns, '1')[columns.findIndex((each) => each.key === column)];
  return { text, said: problems.map((problem) => `${problem.row} ${problem.column} ${problem.code}`) };
}

/** The tester's city cells (verifyJ t7), and more in other languages: the part printed. */
const CITY_CUT: Array<[string, string]> = [
  ['bei Familie Schmidt, Berlin', 'Berlin'], ['chez M. Martin, Paris', 'Paris'], ['p/a Jansen, Utrecht', 'Utrecht'], ['Attn: John Doe, London', 'London'],
  ['℅ Kim Minjun, Seoul', 'Seoul'], ['Kim Minjun 방, 서울', '서울'], ['z rąk Jana Kowalskiego, Łódź', 'Łódź'],
  ['a la atención de Juan Pérez, Madrid', 'Madrid'], ['aos cuidados de Maria Silva, Lisboa', 'Lisboa'], ['presso Rossi, Roma', 'Roma'],
  ['c/o Anna Berg, Wien', 'Wien'], ['القاهرة، ١٢ التحرير', 'القاهرة'],
  // More languages and forms.
  ['Frau Müller, Hamburg', 'Hamburg'], ['Sra. Pérez, Sevilla', 'Sevilla'], ['Mr Smith, Leeds', 'Leeds'], ['t.a.v. De Vries, Leiden', 'Leiden'],
  ['zu Händen Herr Meier, Bern', 'Bern'], ['Familia García, Bogotá', 'Bogotá'], ['田中様方，大阪', '大阪'], ['李明转交、上海', '上海'],
  ['Mme Durand, Lyon', 'Lyon'], ['Dr. Novák, Brno', 'Brno'], ['Kraków, Floriańska ٣', 'Kraków'], ['Bangkok, ถนนสุขุมวิท ๑๒', 'Bangkok'],
  ['Pune, १२ MG Road', 'Pune'], ['Dubai، شارع ٥', 'Dubai'], ['Herrn Max Müller, München', 'München'], ['Warszawa, u Kowalskich', 'Warszawa'],
  ['Istanbul, Ahmet Bey\'in yanında', 'Istanbul'], ['Kim Minjun씨 댁, 서울', '서울'], ['Jakarta, Jl. Sudirman 5', 'Jakarta'],
];

/** Cells that name nobody's place: nothing is printed. */
const CITY_BLANK = ['a/a Juan Pérez', 'chez M. Martin',
  '℅ Kim Minjun', 'Kim Minjun 방', 'ถนนสุขุมวิท ๑๒', 'Berlin ①②', 'Hauptstraße ¹²'];

/** The tester's region cells (verifyJ t17), and more: none is a region. */
const REGION_BLANK = ['bei Familie Schmidt', 'chez Martin', 'p/a Jansen', 'z rąk Kowalskiego', '℅ Kim Minjun', 'Attn John Doe',
  'aos cuidados de Maria', 'a/a Juan Pérez', 'c/o Müller', 'Kossuth Lajos utca', 'Prinsengracht', 'Bağdat Caddesi', 'شارع التحرير',
  'ถนนสุขุมวิท', '南京路', '테헤란로', 'Rue de Rivoli', 'Calle Mayor', 'Via Roma', 'Váci utca', 'Atatürk Bulvarı', 'Marnixstraat',
  'Kärntner Straße', 'Nehru Marg', 'Jl. Sudirman', 'Jalan Ampang', 'Soi Sukhumvit 11', 'Herrn Müller', 'ul. Długa', 'Đường Lê Lợi', 'Herr Meier', 'Sra. Pérez'];

/** Real towns and regions, with the words above in them: printed whole. */
const CITY_KEPT = ['Saint-Denis', 'Frankfurt am Main', 'Rio de Janeiro', 'Stratford-upon-Avon', '부산', 'Ho Chi Minh City', 'Thành phố Hồ Chí Minh',
  'Bad Homburg vor der Höhe', 'Villa Carlos Paz', 'Via', 'Calle Larga', 'Neustadt bei Coburg', 'Pan de Azúcar', 'Bay City', 'St. John\'s',
  'Praha 1', 'Dublin 8', 'Wien 1010', '100 Mile House', 'Berlin-Mitte 10117', 'Hai Bà Trưng', 'القاهرة', 'กรุงเทพมหานคร', '東京'];
const REGION_KEPT = ['Bavaria', 'Île-de-France', 'Gyeonggi-do', 'NRW', 'Grand Est', 'Sankt Augustin', 'Kanton St. Gallen',
  'Thành phố Hồ Chí Minh', 'Dadra and Nagar Haveli', '경기도', '广东省', '北海道', 'Leinster', 'Via', 'Mazowieckie', 'Rhône-Alpes'];

/**
 * Outside tester K (F10, F11, F12): a cell of places printed only its last ("Kasan; Tatarstan" → "Tatarstan"), a person
 * after the town was printed as the place ("Budapest, Kiss Péter részére" → "Kiss Péter részére"), care-of words of
 * other languages and house numbers in other numerals were printed, and Korean, Chinese and Japanese addresses without
 * a comma printed nothing. What is printed now: the town.
 */
const CITY_CUT_K: Array<[string, string]> = [
  // A person or address after the town: the first place is printed, not the last.
  ['Budapest, Kiss Péter részére', 'Budapest'], ['Hà Nội, nhờ chuyển Nguyễn Văn A', 'Hà Nội'], ['İstanbul, Ahmet Yılmaz eliyle', 'İstanbul'],
  ['Αθήνα, υπόψη Γιώργου Παπαδόπουλου', 'Αθήνα'], ['Praha, k rukám Nováka', 'Praha'],
  // A care-of word inside the part ends the place.
  ['القاهرة عناية أحمد حسن', 'القاهرة'], ['תל אביב אצל משה כהן', 'תל אביב'], ['กรุงเทพ ฝาก สมชาย', 'กรุงเทพ'], ['दिल्ली द्वारा राम कुमार', 'दिल्ली'],
  ['Nairobi kwa Juma Mwangi', 'Nairobi'], ['تهران توسط علی رضایی', 'تهران'], ['Oslo v/ Hansen', 'Oslo'], ['Manila c/o Jose Reyes', 'Manila'],
  ['دبي لدى محمد', 'دبي'], ['חיפה לידי דוד', 'חיפה'], ['मुंबई मार्फत अमित', 'मुंबई'], ['Mombasa kupitia Ali', 'Mombasa'], ['شیراز نزد رضا', 'شیراز'],
  ['København v/ Jensen', 'København'], ['Huế gửi Minh', 'Huế'], ['Bandung d/a Budi', 'Bandung'], ['Cebu para kay Maria', 'Cebu'],
  ['Davao sa pamamagitan ni Jose', 'Davao'], ['Chiang Mai ถึง สมศรี', 'Chiang Mai'],
  // House numbers in other numerals, and Korean, Chinese and Japanese addresses written after the town without a comma.
  ['Warszawa ul. Marszałkowska ١٠', 'Warszawa'], ['Athens Ερμού ١٥', 'Athens'], ['北京 建国路八十八号', '北京'], ['Tokyo 三丁目十二番地', 'Tokyo'],
  ['서울 강남구 역삼동 123-45', '서울 강남구'], ['서울 송파구 101동 1203호', '서울 송파구'], ['부산 해운대구 우동 1408', '부산 해운대구'],
  ['東京都港区芝公園4-2-8', '東京都港区'], ['上海市黄浦区南京东路100号', '上海市黄浦区'], ['Kraków, Floriańska ③', 'Kraków'],
  ['القاهرة، ١٢ شارع التحرير', 'القاهرة'],
];

/** Region cells (recipient list) that name a person through a care-of word of another language. */
const REGION_BLANK_K = ['אצל משה כהן', 'nhờ chuyển Lan', 'kwa Juma', 'द्वारा राम कुमार', 'ฝาก สมชาย', 'توسط علی', 'v/ Hansen', 'عناية أحمد',
  'Kiss Péter részére', 'd/a Budi', 'para kay Maria'];

/** Cells where every part is a place: printed as written (the README example's "Kasan; Tatarstan"). */
const CITY_WHOLE_K = ['Kasan; Tatarstan', '上海市 200000', 'Hà Nội, Hoàn Kiếm', 'Springfield, IL', 'القاهرة، الجيزة', 'Kwa Mashu', 'KwaDukuza', 'Neustadt bei Coburg'];

/**
 * Outside tester M (F2): care-of phrases of more languages were printed with the person they name ("bij Jansen, Utrecht",
 * "Köln bei Schmidt", "Wien, per Adresse Huber", "Leeds via John Smith"). A care-of word ends the place wherever it
 * stands: the words before it are printed, it and what follows in its part are not. "bei", "bij" and "u" also join a
 * town's name to the place it lies near: they end the place unless one word that reads as a place follows alone.
 */
const CITY_CUT_M: Array<[string, string]> = [
  ['bij Jansen, Utrecht', 'Utrecht'], ['Köln bei Schmidt', 'Köln'], ['Wien, per Adresse Huber', 'Wien'], ['Leeds via John Smith', 'Leeds'],
  ['en casa de Pedro Ruiz, Sevilla', 'Sevilla'], ['Αθήνα, για τον Γιώργο Παππά', 'Αθήνα'], ['Ho Chi Minh, nhờ chị Lan', 'Ho Chi Minh'],
  ['عند محمد علي، القاهرة', 'القاهرة'], ['תל אביב, ע"י דוד לוי', 'תל אביב'], ['Gent p.a. Familie Peeters', 'Gent'],
  ['Utrecht bij Jansen', 'Utrecht'], ['Berlin bei Familie Schmidt', 'Berlin'], ['Bonn bei Hans Meier', 'Bonn'], ['Graz z. Hd. Frau Huber', 'Graz'],
  ['Bern zu Händen Meier', 'Bern'], ['Roma presso Bianchi', 'Roma'], ['Madrid a cargo de Luis Gómez', 'Madrid'], ['Quito atención Ana Vera', 'Quito'],
  ['Porto em casa de Rui Costa', 'Porto'], ['Faro aos cuidados de Ana', 'Faro'], ['Πάτρα υπόψη Νίκου', 'Πάτρα'], ['Λάρισα φροντίδα Μαρίας', 'Λάρισα'],
  ['Ηράκλειο, για την Ελένη', 'Ηράκλειο'], ['Huế, nhờ anh Tuấn', 'Huế'], ['Đà Nẵng gửi cô Hoa', 'Đà Nẵng'], ['الإسكندرية لدى سامي', 'الإسكندرية'],
  ['الرباط عند يوسف', 'الرباط'], ['عمان بواسطة خالد', 'عمان'], ['ירושלים, אצל רות', 'ירושלים'], ['באר שבע לידי נועה', 'באר שבע'],
  ['Gdańsk na ręce Anny Nowak', 'Gdańsk'], ['Poznań u Kowalskich', 'Poznań'], ['Brno, k rukám Jany', 'Brno'], ['Praha u Nováků', 'Praha'],
  ['Москва у Ивановых', 'Москва'], ['Казань, на имя Петрова', 'Казань'], ['Lyon aux bons soins de Mme Roy', 'Lyon'],
  ['Ankara, Ahmet Yılmaz eliyle', 'Ankara'], ['Szeged, Nagy Anna kezébe', 'Szeged'],
  // Korean, Japanese and Chinese write the care-of word after the person: the words before the person are the town.
  ['東京都 山田様方', '東京都'], ['서울 김철수 방', '서울'], ['北京 王先生转交', '北京'], ['大阪 佐藤気付', '大阪'],
];

/** Real towns with "bei", "u", "am", "an der", "upon", "sur" or "sous" in their names: printed whole (tester M, F2). */
const CITY_KEPT_M = ['Kirchheim bei München', 'Neustadt bei Coburg', 'Ebersberg bei München', 'Langen bei Bremerhaven', 'Újezd u Brna',
  'Frankfurt am Main', 'Halle an der Saale', 'Newcastle upon Tyne', 'Boulogne sur Mer', 'Châlons sur Marne', 'Bois sous Roche', 'Via',
  'Kwa Mashu'];

/**
 * Outside tester M (F4): streets, house numbers and post boxes were printed as places ("München Leopoldstraße Nr. zwölf",
 * "Nairobi, S.L.P. 1234", "Αττική, Ερμού δεκαπέντε"). A street word past a part's first word, a house-number word, a post
 * box or a number spelled as words ends the place: the words before it are printed.
 */
const CITY_CUT_M_ADDRESS: Array<[string, string]> = [
  ['München Leopoldstraße Nr. zwölf', 'München'], ['Nairobi, S.L.P. 1234', 'Nairobi'], ['Nairobi, S.L.P.', 'Nairobi'], ['London, P.O. Box 55', 'London'],
  ['Bremen Postfach 12 34', 'Bremen'], ['Dakar BP 210', 'Dakar'], ['Quito, Apartado 45', 'Quito'], ['Recife Caixa Postal 9', 'Recife'],
  ['Gdynia, Skrytka pocztowa 5', 'Gdynia'], ['الرياض ص.ب 123', 'الرياض'], ['חיפה ת.ד. 45', 'חיפה'], ['大阪 私書箱 12', '大阪'], ['서울 사서함 12', '서울'],
  ['Warszawa ul. Marszałkowska', 'Warszawa'], ['Köln Hohe Straße', 'Köln'], ['Paris rue de Rivoli', 'Paris'], ['Istanbul Bağdat Caddesi', 'Istanbul'],
  ['Praha Dlouhá dvanáct', 'Praha'], ['Kraków, Floriańska pięć', 'Kraków'], ['Lyon, rue Victor Hugo douze', 'Lyon'], ['Berlin Nr. 5', 'Berlin'],
  ['Madrid #12', 'Madrid'], ['Athens, Ermou fifteen', 'Athens'],
];
const CITY_BLANK_M_ADDRESS = ['P.O. Box 55', 'Postfach 1234', 'ص.ب 123', '사서함 12', 'Ερμού δεκαπέντε'];
/** Towns with a number word, "Box" or a street word in their names: printed whole (tester M, F4). */
const CITY_KEPT_M_ADDRESS = ['Dos Hermanas', 'Ten Boer', 'Cento', 'Sept-Îles', 'Box', 'Road Town', 'Les Deux Alpes', 'Trois-Rivières',
  'Thành phố Hồ Chí Minh', 'Nové Město na Moravě'];

/**
 * Outside tester M (F7): real towns were blanked or cut. The normalizer's street reading found no town in "Thành phố Hồ
 * Chí Minh, Quận 1" ("phố" is a street word), "Bangkok ๑๒/๓" or "東京都港区芝公園４－２－８" and kept "Thành" of "Quận 1,
 * Thành phố Hồ Chí Minh"; the list prints the normalized city, so nothing or "Thành" was printed.
 */
const TOWN_KEPT_M: Array<[string, string]> = [
  ['Bangkok ๑๒/๓', 'Bangkok'],
  ['東京都港区芝公園４－２－８', '東京都港区'], ['北京市朝阳区建国路八十八号', '北京市朝阳区'], ['تهران خیابان آزادی ۱۲', 'تهران'], ['Αθήνα ٣', 'Αθήνα'],
  ['الرياض حي النخيل ٢٣', 'الرياض'], ['Recife Caixa Postal 9', 'Recife'], ['Chiang Mai ๒๓', 'Chiang Mai'],
];

/** The city the recipient list prints for a city cell, after the normalizer and the list's last check. */
function printedAfterNormalizing(city: string): string {
  const signature = createNormalizer({ source: 'form.csv' }).normalize({ source: 'form.csv', row: 7, line: 8, fields: { name: 'Ann Lee', city }, extra: {} });
  return printed('city', signature.city).text;
}

describe('what of a place cell is printed', () => {
  it.each(TOWN_KEPT_M)('the city cell %j prints %j after the normalizer (tester M, F7)', (place, town) => {
    expect(printedAfterNormalizing(place)).toBe(town);
  });

  it.each(['ถนนสุขุมวิท ๑๒', 'Ερμού 15', 'Damrak 1', '221 Baker Street', 'Hauptstraße ¹²', 'Berlin ①②'])('the address %j still prints nothing after the normalizer (tester M, F7)', (place) => {
    expect(printedAfterNormalizing(place)).toBe('');
  });

  it.each(CITY_CUT_M_ADDRESS)('the city cell %j prints %j (tester M, F4)', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(CITY_BLANK_M_ADDRESS)('the city cell %j prints nothing (tester M, F4)', (place) => {
    expect(printed('city', place)).toEqual({ text: '', said: ['7 city place_not_printed'] });
  });

  it.each(CITY_KEPT_M_ADDRESS)('the city %j prints whole (tester M, F4)', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each([['Αττική, Ερμού δεκαπέντε', 'Αττική'], ['Nairobi County, P.O. Box 55', 'Nairobi County'], ['Bayern, Postfach 12 34', 'Bayern']])(
    'the region cell %j prints %j (tester M, F4)', (place, part) => {
      expect(printed('region', place)).toEqual({ text: part, said: ['7 region place_part_printed'] });
    });

  it.each(CITY_CUT_M)('the city cell %j prints %j (tester M)', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(CITY_KEPT_M)('the city %j prints whole (tester M)', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each([['Hà Nội, nhờ anh Tuấn', 'Hà Nội'], ['חיפה, אצל כהן', 'חיפה'], ['małopolskie, u Nowaków', 'małopolskie'], ['Metro Manila, c/o Cruz', 'Metro Manila']])(
    'the region cell %j prints %j (tester M)', (place, part) => {
      expect(printed('region', place)).toEqual({ text: part, said: ['7 region place_part_printed'] });
    });

  it.each(CITY_CUT_K)('the city cell %j prints %j (tester K)', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(REGION_BLANK_K)('the region cell %j prints nothing (tester K)', (place) => {
    expect(printed('region', place)).toEqual({ text: '', said: ['7 region place_not_printed'] });
  });

  it.each(CITY_WHOLE_K)('the city cell %j prints whole (tester K)', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each(CITY_CUT)('the city cell %j prints %j, and the row is named', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(CITY_BLANK)('the city cell %j prints nothing, and the row is named', (place) => {
    expect(printed('city', place)).toEqual({ text: '', said: ['7 city place_not_printed'] });
  });

  it.each(REGION_BLANK)('the region cell %j prints nothing, and the row is named', (place) => {
    expect(printed('region', place)).toEqual({ text: '', said: ['7 region place_not_printed'] });
  });

  it.each(CITY_KEPT)('the city %j prints whole', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each(REGION_KEPT)('the region %j prints whole', (place) => {
    expect(printed('region', place)).toEqual({ text: place, said: [] });
  });

  it('reads a 300 KB place cell (a quadratic reading took minutes: the suite’s 60 s timeout guards it)', () => {
    for (const column of ['city', 'region'] as const) expect(printed(column, `${'Berlin bei '.repeat(300_000 / 11)}, Köln`).text).toBe('');
  });
});

/** The postcode as the recipient list prints it after the last check, and the codes of what was said (tester K, F11). */
function printedPostcode(postcode: string): { text: string; said: string[] } {
  const entry: ListEntry = { name: 'Ana Ruiz', city: 'Madrid', region: '', postcode, country: 'ES', signedAt: null, anonymous: false };
  const problems = heldBackForPrint(entry, { source: 'form.csv', row: 7, line: 8 });
  const text = cellTexts(entry, columns, '1')[columns.findIndex((each) => each.key === 'postcode')];
  return { text, said: problems.map((problem) => `${problem.row} ${problem.column} ${problem.code}`) };
}

describe('a postcode written with digits of another script (tester K, F11)', () => {
  it.each([['DLOUHÁ ٥'], ['ΕΡΜΟΎ ١٥'], ['POSTFACH ١٢']])('the postcode cell %j prints nothing, and the row is named', (postcode) => {
    expect(printedPostcode(postcode)).toEqual({ text: '', said: ['7 postcode place_not_printed'] });
  });

  it.each([['10115 ①②', '10115'], ['𝟏𝟎𝟏𝟏𝟓 ①②', '10115'], ['１０１１５ ③', '10115']])('a circled house number after a postcode is not printed: %j prints %j', (postcode, text) => {
    expect(printedPostcode(postcode)).toEqual({ text, said: ['7 postcode place_part_printed'] });
  });

  it('a circled house number after a postcode is not printed: "10115 ①②" prints "10115"', () => {
    expect(printedPostcode('10115 ①②')).toEqual({ text: '10115', said: ['7 postcode place_part_printed'] });
  });

  // Mathematical digits past the bold run (𝟙𝟚𝟛𝟜𝟝) printed 00000: the list's own digit valuer stopped its walk after ten, and their five
  // runs lie back to back. One valuer (src/text/decimal-digit.ts) serves every reader now.
  it.each([['١٠١١٥', '10115'], ['۱۲۳۴۵-۶۷۸۹۰', '12345-67890'], ['28013', '28013'], ['SW1A 1AA', 'SW1A 1AA'], ['𝟏𝟎𝟏𝟏𝟓', '10115'], ['𝟙𝟚𝟛𝟜𝟝', '12345'],
    ['𝟷𝟶𝟷𝟷𝟻', '10115'], ['１０１１５', '10115'], ['１２３-４５６７', '123-4567']])('the postcode %j prints %j, said nothing', (postcode, text) => {
    expect(printedPostcode(postcode)).toEqual({ text, said: [] });
  });
});

/**
 * Outside tester N (F1): a care-of word or honorific written after the person ("부산 박영희 씨 댁", "上海 王芳收", "東京
 * 山田太郎様"), or a care-of phrase of a language not listed ("s/o", "-nál", "luona", "δια του", "nhà bác", "บ้านนาย",
 * "منزل", "kay", "ten huize van", "hos", "în grija lui"), printed the person mail goes through as the place. Only the
 * town is printed; where none can be told, nothing is.
 */
const CITY_CUT_N: Array<[string, string]> = [
  ['부산 박영희 씨 댁', '부산'], ['박영희 씨 댁, 부산', '부산'], ['부산 박영희씨댁', '부산'], ['부산 박영희 귀하', '부산'], ['부산 (박영희 씨 댁)', '부산'],
  ['서울 김민수 님', '서울'], ['上海 王芳收', '上海'], ['台北 王小明 收', '台北'], ['上海 由王芳代收', '上海'], ['北京 转交王芳', '北京'],
  ['广州 王芳先生转', '广州'], ['東京 山田方', '東京'], ['東京 山田太郎様', '東京'], ['Delhi, s/o Ramesh', 'Delhi'], ['Pune, w/o Ramesh Kumar', 'Pune'],
  ['Chennai, d/o Ramesh', 'Chennai'], ['Kolkata, c/o Ramesh', 'Kolkata'], ['Budapest, Kovács Jánosnál', 'Budapest'], ['Szeged, Nagy Péternél', 'Szeged'],
  ['İzmir, Ahmet\'in evi', 'İzmir'], ['Ankara, Mehmet Bey vasıtasıyla', 'Ankara'], ['Αθήνα, δια του Νίκου', 'Αθήνα'], ['Hà Nội, nhà bác Ba', 'Hà Nội'],
  ['กรุงเทพ บ้านนายสมชาย', 'กรุงเทพ'], ['تهران، منزل احمدی', 'تهران'], ['Manila, kay Santos', 'Manila'], ['Cebu, ipinadala kay Pedro Santos', 'Cebu'],
  ['Amsterdam, ten huize van Jansen', 'Amsterdam'], ['Lyon, aux soins de M. Martin', 'Lyon'], ['Göteborg, hos Nilsson', 'Göteborg'],
  ['Helsinki, Korhosen luona', 'Helsinki'], ['București, în grija lui Vasile', 'București'],
];
/** The same with no town beside the person: nothing is printed. */
const CITY_BLANK_N = ['王芳代收', '转交王芳', '王芳先生转', '由王芳代收', 'Ahmet\'in evi', 'nhà bác Ba', 'บ้านนายสมชาย', 'منزل احمدی', '박영희 씨 댁'];
/** Real towns that begin with those words or end with those letters, or carry a bracket: printed whole. */
const CITY_KEPT_N = ['Frankfurt (Oder)', 'Halle (Saale)', 'Nhà Bè', 'Pie Town', 'Kay County', 'بيت لحم', 'منزل بورقيبة', 'บ้านโป่ง', '直方',
  'Nyíregyháza', 'Hódmezővásárhely', 'Sankt Peter bei Graz', 'Bergen op Zoom', 'Hòa Bình', '광주광역시', '新北市'];

/** Outside tester N (F2): the same in region cells of the recipient list, with "house of" phrases of more languages. */
const REGION_BLANK_N = ['김철수 씨 댁', '王先生收', 'nhà ông Tư', 'في بيت أحمد', 'บ้านคุณสมศักดิ์', 'منزل آقای رضایی', 'la familia Pop', 'Tamme juures',
  'pie Bērziņiem'];
const REGION_CUT_N: Array<[string, string]> = [['Hajdú-Bihar, Kovácséknál', 'Hajdú-Bihar'], ['Αχαΐα, στο σπίτι του Κώστα', 'Αχαΐα'], ['경기도 김철수 씨 댁', '경기도']];

describe('a person named around a care-of word or honorific is not printed (tester N, F1, F2)', () => {
  it.each(CITY_CUT_N)('the city cell %j prints %j after the normalizer', (place, part) => {
    expect(printedAfterNormalizing(place)).toBe(part);
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(CITY_BLANK_N)('the city cell %j prints nothing', (place) => {
    expect(printed('city', place)).toEqual({ text: '', said: ['7 city place_not_printed'] });
  });

  it.each(CITY_KEPT_N)('the city %j prints whole', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });

  it.each(REGION_BLANK_N)('the region cell %j prints nothing', (place) => {
    expect(printed('region', place)).toEqual({ text: '', said: ['7 region place_not_printed'] });
  });

  it.each(REGION_CUT_N)('the region cell %j prints %j', (place, part) => {
    expect(printed('region', place)).toEqual({ text: part, said: ['7 region place_part_printed'] });
  });
});

/**
 * Outside tester N (F6): a street with its number spelled in Hebrew or Finnish was printed as the place ("חיפה, רחוב
 * הנביאים שלוש"). Towns whose names end in a number word ("באר שבע", "קריית שמונה") stay whole.
 */
describe('a street with a Hebrew or Finnish number word is not printed (tester N, F6)', () => {
  it.each([['חיפה, רחוב הנביאים שלוש', 'חיפה'], ['Helsinki, Mannerheimintie kymmenen', 'Helsinki'], ['Tampere, Hämeenkatu kaksitoista', 'Tampere'],
    ['תל אביב, רחוב דיזנגוף חמישים', 'תל אביב']])('the city cell %j prints %j', (place, part) => {
    expect(printed('city', place)).toEqual({ text: part, said: ['7 city place_part_printed'] });
  });

  it.each(['באר שבע', 'קריית שמונה', 'בית שמש', 'Kuusamo'])('the city %j prints whole', (place) => {
    expect(printed('city', place)).toEqual({ text: place, said: [] });
  });
});

/**
 * Outside tester N (F7): a number before a street word was kept as if it were a town's district ("Hanoi 12 Phố Huế"
 * printed "Hanoi 12"), and a Greek numeral with its keraia ("Ερμού ιβ΄") was not read as a house number.
 */
describe('a house number before a street word or in Greek numerals is not printed (tester N, F7)', () => {
  it.each([['Hanoi 12 Phố Huế', 'Hanoi'], ['Hà Nội 36 Đường Láng', 'Hà Nội'], ['Athens Ερμού ιβ΄', 'Athens'], ['Αθήνα, Ερμού ιβ΄', 'Αθήνα'],
    ['Πάτρα, Μαιζώνος κε΄', 'Πάτρα']])('the city cell %j prints %j after the normalizer', (place, town) => {
    expect(printedAfterNormalizing(place)).toBe(town);
  });

  it.each([['Hanoi 𝟏𝟐 Phố Huế', 'Hanoi'], ['Berlin, Hauptstraße １２', 'Berlin'], ['Berlin, Hauptstraße 𝟙𝟚', 'Berlin'], ['Hauptstraße 𝟏𝟐', ''], ['Phố Huế １２', '']])(
    'a house number in mathematical or full-width digits: the city cell %j prints %j after the normalizer', (place, town) => {
      expect(printedAfterNormalizing(place)).toBe(town);
    });

  it.each(['Praha 1', 'Dublin 8', 'Wien 1010', '100 Mile House', 'Άγιος Νικόλαος'])('the city %j prints whole', (place) => {
    expect(printedAfterNormalizing(place)).toBe(place);
  });
});

/**
 * Outside tester N (F9): real towns were cut or dropped. "Neustadt an der Weinstraße" printed "Neustadt an der"
 * ("Weinstraße" read as a street), and "Thành phố Hồ Chí Minh, Quận 1" lost "Quận 1", a district's number read as a
 * house number. A street word that ends a town's name after "an der" or "am", and a city division with its number
 * (Quận 1, District 9, 9区, 3구, 11e arrondissement, 10. Bezirk, Distrito 3), are places; a house number after a street
 * is still cut.
 */
const TOWN_WHOLE_N = ['Neustadt an der Weinstraße', 'Neustadt an der Weinstraße 67433', 'Bad Neustadt an der Saale', 'Weil am Rhein',
  'Thành phố Hồ Chí Minh, Quận 1', 'Quận 1, Thành phố Hồ Chí Minh', 'Quận 1, TP. Hồ Chí Minh', 'Tp. Hồ Chí Minh, Quận 3', 'Quận 7', 'Phường 12',
  'Hồ Chí Minh, Phường 12, Quận 3', 'Paris 75011', 'Paris 11e arrondissement', 'Wien 10. Bezirk', 'Wien, Bezirk 10', 'Lima, Distrito 3',
  'District 9', 'Arrondissement 5', 'Tokyo 23区', '東京都港区', 'Shinjuku-ku', '서울 3구'];
const ADDRESS_CUT_N: Array<[string, string]> = [['Berlin, Hauptstraße 12', 'Berlin'], ['Hà Nội, Phố Huế 12', 'Hà Nội'], ['Quận 1, Phố Huế 12', 'Quận 1'],
  ['Wien 10. Bezirk, Mariahilfer Straße 12', 'Wien 10. Bezirk']];

describe('a town named after a road, and a city division with its number, are places (tester N, F9)', () => {
  it.each(TOWN_WHOLE_N)('the city %j prints whole after the normalizer, and nothing is said', (place) => {
    expect(printedAfterNormalizing(place)).toBe(place);
    expect(printed('city', place)).toEqual({ text: place, said: [] });
    expect(printed('region', place)).toEqual({ text: place, said: [] });
  });

  it('the normalizer says no street address of a city division with its number', () => {
    const normalizer = createNormalizer({ source: 'form.csv' });
    const signature = normalizer.normalize({ source: 'form.csv', row: 7, line: 8, fields: { name: 'Ann Lee', city: 'Thành phố Hồ Chí Minh, Quận 1' }, extra: {} });
    expect(signature.city).toBe('Thành phố Hồ Chí Minh, Quận 1');
    expect(normalizer.problems().map((problem) => problem.code)).not.toContain('street_in_city');
  });

  it.each(ADDRESS_CUT_N)('the city cell %j prints %j after the normalizer', (place, town) => {
    expect(printedAfterNormalizing(place)).toBe(town);
  });

  it.each(['Hauptstraße 12', 'Phố Huế 12'])('the address %j still prints nothing after the normalizer', (place) => {
    expect(printedAfterNormalizing(place)).toBe('');
  });
});

/**
 * A place cell without spaces took time that grew with the square of its length: 20,000 "山" took 13-17 s in the
 * normalizer and the list. No place is longer than 200 characters: a longer cell is said and read as empty, at once.
 */
describe('a place cell longer than any place (200 characters)', () => {
  const BANGKOK = 'Krung Thep Mahanakhon Amon Rattanakosin Mahinthara Ayuthaya Mahadilok Phop Noppharat Ratchathani Burirom Udomratchaniwet Mahasathan Amon Piman Awatan Sathit Sakkathattiya Witsanukam Prasit';

  it.each([['city', '山'.repeat(20_000)], ['city', 'ก'.repeat(300_000)], ['region', 'ا'.repeat(300_000)], ['city', `${'Berlin '.repeat(40)}Köln`]] as const)(
    'a %s cell of %#: is read as empty by the normalizer, which says so, and the list prints nothing', (column, cell) => {
      const normalizer = createNormalizer({ source: 'form.csv' });
      const signature = normalizer.normalize({ source: 'form.csv', row: 7, line: 8, fields: { name: 'Ann Lee', [column]: cell }, extra: {} });
      expect(signature[column]).toBe('');
      expect(normalizer.problems().map((problem) => [problem.code, problem.column, problem.message])).toEqual([['place_too_long', column,
        `1 ${column} cell is longer than any place name (200 characters), so none is read as a place: each is left empty, out of the signature list and every document (rows 7); correct the export`]]);
      expect(printed(column, cell)).toEqual({ text: '', said: [`7 ${column} place_not_printed`] });
    });

  it('the longest name of a town (Bangkok\'s, 188 characters) is still read, and printed whole', () => {
    expect(BANGKOK.length).toBeLessThanOrEqual(200);
    expect(printedAfterNormalizing(BANGKOK)).toBe(BANGKOK);
  });
});
