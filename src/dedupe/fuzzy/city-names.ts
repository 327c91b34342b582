// One key for a city written in another script or language: a Japanese signer writes 東京 on a Japanese form and
// Tokyo on an English one, a Taiwanese 臺北 or 台北 or Taipei, a German München or Munich. Hangul is romanized
// instead (name-forms.ts), since its romanization is regular; Han and kana readings are not, so the cities where
// such signers live are listed here with their names as people write them. Keys are folded (fold.ts): lower case,
// no accents, punctuation as spaces.

const CITY_NAMES: Record<string, string[]> = {
  // Japan
  tokyo: ['東京', '東京都', 'とうきょう', 'トウキョウ', '东京'],
  yokohama: ['横浜', '横滨'],
  osaka: ['大阪', '大阪府'],
  nagoya: ['名古屋'],
  sapporo: ['札幌'],
  fukuoka: ['福岡', '福冈'],
  kobe: ['神戸', '神户'],
  kyoto: ['京都', '京都府'],
  kawasaki: ['川崎'],
  saitama: ['さいたま', '埼玉'],
  hiroshima: ['広島', '广岛'],
  sendai: ['仙台'],
  chiba: ['千葉', '千叶'],
  kitakyushu: ['北九州'],
  niigata: ['新潟'],
  hamamatsu: ['浜松'],
  kumamoto: ['熊本'],
  okayama: ['岡山'],
  shizuoka: ['静岡'],
  nara: ['奈良'],
  naha: ['那覇'],
  // China
  beijing: ['北京', 'peking'],
  shanghai: ['上海'],
  guangzhou: ['广州', '廣州', 'canton'],
  shenzhen: ['深圳'],
  tianjin: ['天津'],
  chongqing: ['重庆', '重慶'],
  chengdu: ['成都'],
  wuhan: ['武汉', '武漢'],
  nanjing: ['南京', 'nanking'],
  hangzhou: ['杭州'],
  xian: ['西安', 'xi an'],
  shenyang: ['沈阳', '瀋陽', 'mukden'],
  dalian: ['大连', '大連'],
  harbin: ['哈尔滨', '哈爾濱'],
  changchun: ['长春', '長春'],
  jilin: ['吉林'],
  yanji: ['延吉', '연길', 'yeongil'],
  dandong: ['丹东', '丹東', '단둥'],
  tumen: ['图们', '圖們'],
  hunchun: ['珲春', '琿春'],
  qingdao: ['青岛', '青島', 'tsingtao'],
  jinan: ['济南', '濟南'],
  zhengzhou: ['郑州', '鄭州'],
  suzhou: ['苏州', '蘇州'],
  xiamen: ['厦门', '廈門', 'amoy'],
  fuzhou: ['福州'],
  kunming: ['昆明'],
  changsha: ['长沙', '長沙'],
  hefei: ['合肥'],
  // Taiwan, Hong Kong, Macau
  taipei: ['臺北', '台北', '臺北市', '台北市'],
  'new taipei': ['新北', '新北市', 'xinbei'],
  taoyuan: ['桃園', '桃园'],
  taichung: ['臺中', '台中'],
  tainan: ['臺南', '台南'],
  kaohsiung: ['高雄'],
  hsinchu: ['新竹'],
  keelung: ['基隆'],
  'hong kong': ['香港', 'hongkong', '홍콩'],
  kowloon: ['九龍', '九龙'],
  macau: ['澳門', '澳门', 'macao'],
  // Korea, where its own romanization differs from the usual English name
  pyongyang: ['평양', '平壤', 'pyeongyang'],
  seoul: ['首尔', '首爾', '漢城', '汉城', 'ソウル'],
  busan: ['pusan', '釜山', 'プサン'],
  incheon: ['inchon', '仁川'],
  daegu: ['taegu', '大邱'],
  gwangju: ['kwangju', '光州'],
  daejeon: ['taejon', '大田'],
  // Elsewhere: the city's own name and its English one
  'mexico city': ['ciudad de mexico', 'cdmx', 'mexico df', 'mexico d f'],
  munich: ['munchen', 'muenchen'],
  cologne: ['koln', 'koeln'],
  nuremberg: ['nurnberg', 'nuernberg'],
  vienna: ['wien'],
  zurich: ['zuerich'],
  geneva: ['geneve', 'genf', 'ginevra'],
  brussels: ['bruxelles', 'brussel'],
  'the hague': ['den haag', 's gravenhage'],
  copenhagen: ['kobenhavn'],
  prague: ['praha', 'prag'],
  warsaw: ['warszawa', 'warschau'],
  rome: ['roma', 'rom'],
  milan: ['milano', 'mailand'],
  naples: ['napoli'],
  florence: ['firenze'],
  venice: ['venezia'],
  turin: ['torino'],
  lisbon: ['lisboa'],
  seville: ['sevilla'],
  athens: ['athina', 'αθηνα'],
  moscow: ['moskva', 'москва'],
  'saint petersburg': ['st petersburg', 'sankt peterburg', 'санкт петербург'],
  kyiv: ['kiev', 'київ', 'киев'],
  'new york': ['new york city', 'nyc', 'ニューヨーク', '纽约', '紐約', '뉴욕'],
  'los angeles': ['ロサンゼルス', '洛杉矶', '洛杉磯', '로스앤젤레스'],
  'washington': ['washington dc', 'washington d c', 'ワシントン', '华盛顿', '華盛頓', '워싱턴'],
  london: ['londres', 'londra', 'ロンドン', '伦敦', '倫敦', '런던'],
  paris: ['パリ', '巴黎', '파리'],
  berlin: ['ベルリン', '柏林', '베를린'],
};

const KEY_OF_NAME = new Map<string, string>();
for (const [key, names] of Object.entries(CITY_NAMES)) {
  KEY_OF_NAME.set(key, key);
  for (const name of names) KEY_OF_NAME.set(name, key);
}

const HAN_CITY_SUFFIX = /(市|都|府)$/u;

/** The city's key when it is one of the listed cities under any of its names; else the folded name itself. */
export function cityNameKey(folded: string): string {
  return KEY_OF_NAME.get(folded) ?? KEY_OF_NAME.get(folded.replace(HAN_CITY_SUFFIX, '')) ?? folded;
}
