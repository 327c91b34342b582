// Where signers live: cities with their weight among signers, names in the local script, regions, and postcodes in each
// country's real shape. A postcode is drawn from the city's ranges, so neighbours share one and namesakes in one
// city usually do not.

/** Korean cities: Hangul, English, the way an address starts, weight, districts [Hangul, first postcode, last postcode]. */
export const KOREAN_CITIES = [
  ['서울', 'Seoul', '서울특별시', 40, [
    ['종로구', 3000, 3199], ['중구', 4500, 4699], ['용산구', 4300, 4499], ['성동구', 4700, 4899], ['광진구', 4900, 5099],
    ['동대문구', 2400, 2699], ['중랑구', 2000, 2299], ['성북구', 2700, 2899], ['강북구', 1000, 1299], ['도봉구', 1300, 1499],
    ['노원구', 1600, 1999], ['은평구', 3300, 3599], ['서대문구', 3600, 3799], ['마포구', 3900, 4199], ['양천구', 7900, 8099],
    ['강서구', 7500, 7899], ['구로구', 8200, 8499], ['금천구', 8500, 8699], ['영등포구', 7200, 7499], ['동작구', 6900, 7099],
    ['관악구', 8700, 8899], ['서초구', 6500, 6899], ['강남구', 6000, 6499], ['송파구', 5500, 5899], ['강동구', 5200, 5499]]],
  ['부산', 'Busan', '부산광역시', 12, [['해운대구', 48000, 48199], ['부산진구', 47100, 47399], ['동래구', 47700, 47899], ['남구', 48400, 48599], ['사하구', 49300, 49599]]],
  ['인천', 'Incheon', '인천광역시', 7, [['남동구', 21500, 21799], ['연수구', 21900, 22099], ['부평구', 21300, 21499], ['미추홀구', 22100, 22299]]],
  ['대구', 'Daegu', '대구광역시', 5, [['중구', 41900, 41999], ['수성구', 42000, 42299], ['달서구', 42600, 42899]]],
  ['대전', 'Daejeon', '대전광역시', 3, [['유성구', 34000, 34299], ['서구', 35200, 35399]]],
  ['광주', 'Gwangju', '광주광역시', 3, [['북구', 61000, 61299], ['서구', 61900, 62099]]],
  ['수원', 'Suwon', '경기도 수원시', 5, [['팔달구', 16200, 16299], ['영통구', 16500, 16799], ['장안구', 16300, 16399]]],
  ['성남', 'Seongnam', '경기도 성남시', 4, [['분당구', 13400, 13699], ['수정구', 13100, 13299]]],
  ['고양', 'Goyang', '경기도 고양시', 4, [['일산동구', 10300, 10499], ['덕양구', 10200, 10299]]],
  ['용인', 'Yongin', '경기도 용인시', 3, [['수지구', 16800, 16899], ['기흥구', 16900, 17099]]],
  ['청주', 'Cheongju', '충청북도 청주시', 2, [['상당구', 28700, 28799], ['흥덕구', 28100, 28399]]],
  ['전주', 'Jeonju', '전라북도 전주시', 2, [['완산구', 54900, 55199]]],
  ['제주', 'Jeju', '제주특별자치도 제주시', 1.5, [['', 63000, 63399]]],
];

/**
 * Cities abroad: country, city, native spelling ('' when the same), region, postcode shape, weight within the country,
 * and how much more often Korean emigrants live there (Fort Lee, Flushing, New Malden…).
 * Postcode shapes: ['range', first, last, digits], ['uk', outward codes], ['ca', forward sortation areas],
 * ['jp', first, last] (NNN-NNNN), ['none'].
 */
export const CITIES_ABROAD = [
  ['US', 'New York', '', 'NY', ['range', 10001, 10282, 5], 10, 2], ['US', 'Flushing', '', 'NY', ['range', 11354, 11358, 5], 1, 8],
  ['US', 'Los Angeles', '', 'CA', ['range', 90001, 90089, 5], 9, 6], ['US', 'Chicago', '', 'IL', ['range', 60601, 60661, 5], 6, 2],
  ['US', 'Washington', '', 'DC', ['range', 20001, 20037, 5], 5, 2], ['US', 'Seattle', '', 'WA', ['range', 98101, 98199, 5], 4, 2],
  ['US', 'San Francisco', '', 'CA', ['range', 94102, 94134, 5], 4, 1], ['US', 'Boston', '', 'MA', ['range', 2108, 2137, 5], 3, 1],
  ['US', 'Houston', '', 'TX', ['range', 77001, 77099, 5], 3, 1], ['US', 'Atlanta', '', 'GA', ['range', 30303, 30350, 5], 3, 2],
  ['US', 'Fort Lee', '', 'NJ', ['range', 7024, 7024, 5], 0.5, 10], ['US', 'Annandale', '', 'VA', ['range', 22003, 22003, 5], 0.5, 8],
  ['US', 'Fullerton', '', 'CA', ['range', 92831, 92835, 5], 0.7, 6], ['US', 'Philadelphia', '', 'PA', ['range', 19102, 19154, 5], 3, 1],
  ['US', 'Austin', '', 'TX', ['range', 78701, 78759, 5], 2, 1], ['US', 'Denver', '', 'CO', ['range', 80202, 80239, 5], 2, 1],
  ['US', 'Portland', '', 'OR', ['range', 97201, 97236, 5], 2, 1], ['US', 'Woodstock', '', 'IL', ['range', 60098, 60098, 5], 0.3, 1],
  ['GB', 'London', '', '', ['uk', ['SW1A', 'E1', 'E8', 'N1', 'N16', 'NW3', 'NW6', 'SE1', 'SE15', 'W2', 'W11', 'EC1V', 'WC1H', 'SW9', 'SW11']], 10, 2],
  ['GB', 'New Malden', '', '', ['uk', ['KT3']], 0.3, 20], ['GB', 'Manchester', '', '', ['uk', ['M1', 'M4', 'M13', 'M14', 'M20']], 3, 1],
  ['GB', 'Birmingham', '', '', ['uk', ['B1', 'B5', 'B15', 'B29']], 2, 1], ['GB', 'Edinburgh', '', '', ['uk', ['EH1', 'EH3', 'EH8', 'EH9']], 2, 1],
  ['GB', 'Oxford', '', '', ['uk', ['OX1', 'OX2', 'OX4']], 1, 1], ['GB', 'Leeds', '', '', ['uk', ['LS1', 'LS2', 'LS6']], 1.5, 1],
  ['CA', 'Toronto', '', 'ON', ['ca', ['M5V', 'M4Y', 'M6G', 'M2N', 'M5S']], 5, 3], ['CA', 'Vancouver', '', 'BC', ['ca', ['V6B', 'V5K', 'V6E', 'V5R']], 4, 3],
  ['CA', 'Montréal', '', 'QC', ['ca', ['H2X', 'H3A', 'H2T']], 3, 1],
  ['AU', 'Sydney', '', 'NSW', ['range', 2000, 2234, 4], 5, 3], ['AU', 'Melbourne', '', 'VIC', ['range', 3000, 3207, 4], 4, 2],
  ['DE', 'Berlin', '', 'Berlin', ['range', 10115, 14199, 5], 8, 2], ['DE', 'Hamburg', '', 'Hamburg', ['range', 20095, 22769, 5], 4, 1],
  ['DE', 'München', '', 'Bayern', ['range', 80331, 81929, 5], 4, 1], ['DE', 'Köln', '', 'NRW', ['range', 50667, 51149, 5], 3, 1],
  ['DE', 'Frankfurt am Main', '', 'Hessen', ['range', 60306, 60599, 5], 3, 3], ['DE', 'Stuttgart', '', 'Baden-Württemberg', ['range', 70173, 70629, 5], 2, 1],
  ['DE', 'Leipzig', '', 'Sachsen', ['range', 4103, 4357, 5], 2, 1], ['DE', 'Düsseldorf', '', 'NRW', ['range', 40210, 40629, 5], 2, 2],
  ['AT', 'Wien', '', '', ['range', 1010, 1230, 4], 3, 1], ['CH', 'Zürich', '', '', ['range', 8001, 8064, 4], 2, 1],
  ['ES', 'Madrid', '', 'Madrid', ['range', 28001, 28055, 5], 8, 1], ['ES', 'Barcelona', '', 'Cataluña', ['range', 8001, 8042, 5], 6, 1],
  ['ES', 'Valencia', '', 'Valencia', ['range', 46001, 46026, 5], 3, 1], ['ES', 'Sevilla', '', 'Andalucía', ['range', 41001, 41020, 5], 2, 1],
  ['MX', 'Ciudad de México', '', 'CDMX', ['range', 1000, 16999, 5], 5, 1], ['MX', 'Guadalajara', '', 'Jalisco', ['range', 44100, 44990, 5], 2, 1],
  ['FR', 'Paris', '', '', ['range', 75001, 75020, 5], 8, 2], ['FR', 'Lyon', '', '', ['range', 69001, 69009, 5], 3, 1],
  ['FR', 'Marseille', '', '', ['range', 13001, 13016, 5], 2, 1], ['FR', 'Toulouse', '', '', ['range', 31000, 31500, 5], 2, 1],
  ['CN', 'Beijing', '北京', '', ['range', 100000, 102600, 6], 4, 2], ['CN', 'Shanghai', '上海', '', ['range', 200000, 201900, 6], 4, 1],
  ['CN', 'Guangzhou', '广州', '', ['range', 510000, 511400, 6], 2, 1], ['CN', 'Shenyang', '沈阳', '', ['range', 110000, 110180, 6], 1, 4],
  ['CN', 'Yanji', '延吉', '', ['range', 133000, 133001, 6], 0.3, 30],
  ['TW', 'Taipei', '臺北', '', ['range', 100, 116, 3], 4, 1], ['TW', 'New Taipei', '新北', '', ['range', 220, 253, 3], 2, 1],
  // Smaller towns: most signers abroad do not live in a capital, which keeps namesakes in one town as rare as in life.
  ...[['Ann Arbor', 'MI', 48103], ['Madison', 'WI', 53703], ['Columbus', 'OH', 43201], ['Raleigh', 'NC', 27601], ['Nashville', 'TN', 37203],
    ['Minneapolis', 'MN', 55401], ['Pittsburgh', 'PA', 15213], ['Sacramento', 'CA', 95814], ['Irvine', 'CA', 92602], ['Bellevue', 'WA', 98004],
    ['Plano', 'TX', 75023], ['Tucson', 'AZ', 85701], ['Boulder', 'CO', 80302], ['Albany', 'NY', 12203], ['Princeton', 'NJ', 8540],
    ['Palisades Park', 'NJ', 7650], ['Duluth', 'GA', 30096], ['Honolulu', 'HI', 96813], ['Baltimore', 'MD', 21201], ['St. Louis', 'MO', 63101],
    ['Richmond', 'VA', 23219], ['Salt Lake City', 'UT', 84101], ['Buffalo', 'NY', 14201], ['Eugene', 'OR', 97401]]
    .map(([city, state, zip]) => ['US', city, '', state, ['range', zip, zip + 12, 5], 0.9, 1]),
  ...[['Bristol', 'BS1'], ['Cambridge', 'CB1'], ['Glasgow', 'G12'], ['Cardiff', 'CF10'], ['Brighton', 'BN1'], ['Sheffield', 'S10'], ['York', 'YO1'], ['Bath', 'BA1'],
    ['Norwich', 'NR2'], ['Exeter', 'EX4']].map(([city, area]) => ['GB', city, '', '', ['uk', [area, area.replace(/\d+$/, (n) => String(Number(n) + 1))]], 0.9, 1]),
  ...[['Bremen', 28195], ['Hannover', 30159], ['Nürnberg', 90402], ['Dresden', 1067], ['Freiburg im Breisgau', 79098], ['Heidelberg', 69117], ['Münster', 48143],
    ['Bonn', 53111], ['Mainz', 55116], ['Tübingen', 72070], ['Göttingen', 37073], ['Kiel', 24103]].map(([city, plz]) => ['DE', city, '', '', ['range', plz, plz + 40, 5], 0.9, 1]),
  ...[['Bordeaux', 33000], ['Nantes', 44000], ['Strasbourg', 67000], ['Lille', 59000], ['Rennes', 35000], ['Montpellier', 34000], ['Grenoble', 38000], ['Nice', 6000]]
    .map(([city, cp]) => ['FR', city, '', '', ['range', cp, cp + 200, 5], 0.9, 1]),
  ...[['Bilbao', 48001], ['Zaragoza', 50001], ['Málaga', 29001], ['Granada', 18001], ['Salamanca', 37001], ['Palma', 7001]].map(([city, cp]) => ['ES', city, '', '', ['range', cp, cp + 15, 5], 0.9, 1]),
  ...[['Ottawa', 'ON', ['K1P', 'K2P']], ['Calgary', 'AB', ['T2P', 'T3A']], ['Edmonton', 'AB', ['T5J']], ['Winnipeg', 'MB', ['R3C']], ['Burnaby', 'BC', ['V5H']]]
    .map(([city, province, areas]) => ['CA', city, '', province, ['ca', areas], 0.9, 2]),
  ...[['Brisbane', 'QLD', 4000], ['Perth', 'WA', 6000], ['Adelaide', 'SA', 5000], ['Canberra', 'ACT', 2600]].map(([city, state, pc]) => ['AU', city, '', state, ['range', pc, pc + 60, 4], 1.5, 1]),
  ['HK', 'Hong Kong', '香港', '', ['none'], 2, 1],
  ['JP', 'Tokyo', '東京', '', ['jp', 100, 190], 5, 3], ['JP', 'Osaka', '大阪', '', ['jp', 530, 559], 2, 5],
];

/** Country names as each kind of form shows them. */
export const COUNTRY_ENGLISH = { KR: 'South Korea', US: 'United States', GB: 'United Kingdom', CA: 'Canada', AU: 'Australia', DE: 'Germany',
  AT: 'Austria', CH: 'Switzerland', ES: 'Spain', MX: 'Mexico', FR: 'France', CN: 'China', TW: 'Taiwan', HK: 'Hong Kong', JP: 'Japan' };
export const COUNTRY_GERMAN = { KR: 'Südkorea', US: 'USA', GB: 'Großbritannien', CA: 'Kanada', AU: 'Australien', DE: 'Deutschland',
  AT: 'Österreich', CH: 'Schweiz', ES: 'Spanien', MX: 'Mexiko', FR: 'Frankreich', CN: 'China', TW: 'Taiwan', HK: 'Hongkong', JP: 'Japan' };
/** What people type into a free-text "Country" question (Google Forms), most usual first. */
export const COUNTRY_TYPED = {
  KR: ['대한민국', '한국', 'South Korea', 'Korea', 'Republic of Korea'], US: ['USA', 'United States', 'US', 'U.S.A.', 'America'],
  GB: ['UK', 'United Kingdom', 'England', 'Scotland'], CA: ['Canada'], AU: ['Australia'], DE: ['Deutschland', 'Germany'],
  AT: ['Österreich', 'Austria'], CH: ['Schweiz', 'Switzerland'], ES: ['España', 'Spain', 'Espana'], MX: ['México', 'Mexico'],
  FR: ['France'], CN: ['中国', 'China'], TW: ['台灣', 'Taiwan'], HK: ['Hong Kong', '香港'], JP: ['日本', 'Japan'],
};

const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** A postcode of the given shape, drawn with `random`. */
export function drawPostcode(random, shape) {
  const digit = () => Math.floor(random() * 10);
  const letter = () => UK_LETTERS[Math.floor(random() * UK_LETTERS.length)];
  switch (shape[0]) {
    case 'range': {
      const [, first, last, digits] = shape;
      return String(first + Math.floor(random() * (last - first + 1))).padStart(digits, '0');
    }
    case 'uk': return `${shape[1][Math.floor(random() * shape[1].length)]} ${digit()}${letter()}${letter()}`;
    case 'ca': return `${shape[1][Math.floor(random() * shape[1].length)]} ${digit()}${'ABCEGHJKLMNPRSTVWXYZ'[Math.floor(random() * 20)]}${digit()}`;
    case 'jp': return `${shape[1] + Math.floor(random() * (shape[2] - shape[1] + 1))}-${String(Math.floor(random() * 10000)).padStart(4, '0')}`;
    default: return '';
  }
}
