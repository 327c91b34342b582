// The city of a Korean address ("서울특별시 종로구 …" → 서울): paper sheets have one address column and no city,
// and without a city a paper signer cannot be matched with the same person online.

const METROPOLITAN_SUFFIX = /(특별자치시|특별시|광역시)$/;
const METROPOLITAN = new Set(['서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종']);
const PROVINCE = /(특별자치도|도)$/;
const SHORT_PROVINCES = new Set(['경기', '강원', '충북', '충남', '전북', '전남', '경북', '경남', '제주']);
const HANGUL = /[\uac00-\ud7a3]/;

/** The city or county of a Korean address; '' when the text is not such an address. */
export function cityFromKoreanAddress(address: string): string {
  if (!HANGUL.test(address)) return '';
  const [first = '', second = ''] = address.trim().split(/\s+/);
  const metropolitan = first.replace(METROPOLITAN_SUFFIX, '').replace(/시$/, '');
  if (METROPOLITAN.has(metropolitan)) return metropolitan;
  if (PROVINCE.test(first) || SHORT_PROVINCES.has(first)) return municipality(second);
  return municipality(first);
}

/** 수원시 → 수원; a county (양평군) keeps its suffix, since "양평" alone names other places too. */
function municipality(token: string): string {
  if (/^[\uac00-\ud7a3]+시$/.test(token) && token.length > 2) return token.slice(0, -1);
  if (/^[\uac00-\ud7a3]+군$/.test(token)) return token;
  return '';
}

/**
 * The city and district (구, or 군 of a metropolitan city) of a Korean address, as "서울 금천구"; '' when it names no
 * district. Two rows of one city in different districts are two households: Seoul has 25 districts, and a name
 * shared in one city (김승경 in Seoul) is far more often two people than a name shared in one district.
 */
export function koreanDistrict(address: string): string {
  if (!HANGUL.test(address)) return '';
  const city = cityFromKoreanAddress(address);
  if (!city) return '';
  const words = address.trim().split(/\s+/);
  const start = words.findIndex((word) => word.startsWith(city.replace(/군$/, '')));
  const district = start >= 0 ? words[start + 1] ?? '' : '';
  return DISTRICT.test(district) ? `${city} ${district}` : '';
}

const DISTRICT = /^[\uac00-\ud7a3]+[구군]$/;
