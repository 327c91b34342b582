// Country spellings people type that i18n-iso-countries' locale names do not cover (checked against en, ko, es, de, fr, ja, zh).

/** Alias → ISO 3166-1 alpha-2. Keys are folded by the resolver, so case, accents and punctuation do not matter. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  // Korea: "Korea" alone is read as the Republic of Korea, which is what signers mean in practice.
  'Korea': 'KR', 'S. Korea': 'KR', 'Korea South': 'KR', 'Korea (South)': 'KR', 'ROK': 'KR', 'Republic Korea': 'KR',
  '한국': 'KR', '남한': 'KR', '대한 민국': 'KR', '韓国': 'KR', '韓國': 'KR', '南韩': 'KR', '南韓': 'KR', '大韩民国': 'KR',
  'Corea del Sur': 'KR', 'Corea': 'KR', 'República de Corea del Sur': 'KR', 'Republik Korea': 'KR', 'Süd-Korea': 'KR',
  'Corée': 'KR', 'République de Corée': 'KR', 'Coree du Sud': 'KR',
  'N. Korea': 'KP', 'Korea North': 'KP', 'Korea (North)': 'KP', 'DPRK': 'KP', 'DPR Korea': 'KP', '조선': 'KP',
  '북조선': 'KP', '조선민주주의인민공화국': 'KP', '北朝鮮': 'KP', '北韩': 'KP', '北韓': 'KP', 'Corea del Norte': 'KP',
  'Nord-Korea': 'KP', "Korea, Democratic People's Republic of": 'KP', "Democratic People's Republic of Korea": 'KP',
  'Korea, DPR': 'KP', 'Corée du Nord': 'KP', 'République populaire démocratique de Corée': 'KP',
  // United States
  'United States of America': 'US', 'America': 'US', 'U.S.A': 'US', 'EE.UU.': 'US', 'EEUU': 'US', 'EE. UU.': 'US',
  'Estados Unidos de América': 'US', 'États-Unis': 'US', 'Etats Unis': 'US', 'USA America': 'US', '미합중국': 'US',
  'アメリカ': 'US', '米国': 'US', '美國': 'US', 'Amerika': 'US',
  // United Kingdom and its nations
  'U.K.': 'GB', 'Britain': 'GB', 'England': 'GB', 'Scotland': 'GB', 'Wales': 'GB', 'Northern Ireland': 'GB',
  'Inglaterra': 'GB', 'Escocia': 'GB', 'Gales': 'GB', 'Angleterre': 'GB', 'Écosse': 'GB', 'Pays de Galles': 'GB',
  'Grande-Bretagne': 'GB', 'Gran Bretaña': 'GB', 'England UK': 'GB', 'Schottland': 'GB', 'Vereinigtes Koenigreich': 'GB',
  '잉글랜드': 'GB', '英國': 'GB',
  // ISO 3166 short names written "Name, Qualifier of"
  'Iran, Islamic Republic of': 'IR', 'Congo, The Democratic Republic of the': 'CD', 'Congo, Democratic Republic of the': 'CD',
  'Tanzania, United Republic of': 'TZ', 'Moldova, Republic of': 'MD', 'Venezuela, Bolivarian Republic of': 'VE',
  'Bolivia, Plurinational State of': 'BO', 'Micronesia, Federated States of': 'FM', 'Palestine, State of': 'PS',
  'Virgin Islands, British': 'VG', 'Virgin Islands, U.S.': 'VI', "Lao People's Democratic Republic": 'LA',
  // Others often written another way
  'Holland': 'NL', 'The Netherlands': 'NL', 'Niederlande': 'NL', 'Russia': 'RU', 'Россия': 'RU', 'Czechia': 'CZ',
  'Czech Republic': 'CZ', 'Turkey': 'TR', 'Türkiye': 'TR', 'Turkiye': 'TR', 'Ivory Coast': 'CI', 'Burma': 'MM',
  'Vatican': 'VA', 'Taiwan ROC': 'TW', '台灣': 'TW', '臺灣': 'TW', '台湾': 'TW', '中國': 'CN', '中华人民共和国': 'CN',
  'PRC': 'CN', 'Mainland China': 'CN', 'Hongkong': 'HK', '香港': 'HK', 'UAE': 'AE', 'Deutschland BRD': 'DE', 'BRD': 'DE',
  'Bundesrepublik Deutschland': 'DE', 'Schweiz Suisse Svizzera': 'CH', 'Suisse': 'CH', 'Svizzera': 'CH', 'España': 'ES',
  'Italia': 'IT', 'Nippon': 'JP', 'Nihon': 'JP', 'Brasil': 'BR', 'México': 'MX', 'Perú': 'PE', 'Polska': 'PL',
  'Sverige': 'SE', 'Norge': 'NO', 'Danmark': 'DK', 'Suomi': 'FI', 'Österreich': 'AT', 'Nederland': 'NL',
  'België': 'BE', 'Belgique': 'BE', 'Ελλάδα': 'GR', 'Україна': 'UA', 'Eire': 'IE', 'Éire': 'IE', 'Česko': 'CZ',
  'Magyarország': 'HU', 'Lietuva': 'LT', 'Latvija': 'LV', 'Eesti': 'EE', 'Hrvatska': 'HR', 'Slovensko': 'SK',
  'Slovenija': 'SI', 'România': 'RO', 'България': 'BG', 'Srbija': 'RS', 'Србија': 'RS',
  'Aotearoa': 'NZ', 'Aotearoa New Zealand': 'NZ', 'New Zealand Aotearoa': 'NZ', 'Macedonia': 'MK', 'Bosnia': 'BA', 'Swaziland': 'SZ',
  'East Timor': 'TL', 'Cape Verde': 'CV', 'Palestine': 'PS', 'Kosovo': 'XK', 'Vatican City': 'VA', 'Burma Myanmar': 'MM',
  'Syria': 'SY', 'Moldova': 'MD', 'Brunei': 'BN', 'Hong Kong SAR': 'HK', 'Macau': 'MO', 'Macau SAR': 'MO', 'Iran': 'IR',
};
