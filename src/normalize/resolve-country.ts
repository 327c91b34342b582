// resolveCountry: free-text country (names in en/ko/es/de/fr/ja/zh, ISO codes, common variants) → ISO 3166-1 alpha-2.
import countries from 'i18n-iso-countries/index.js';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { COUNTRY_ALIASES } from './country-aliases.js';
import { cleanText } from './clean-text.js';
import { foldText } from './fold.js';

export type CountryCode = string;

const LOCALES = [en, ko, es, de, fr, ja, zh];
const PLACE_SEPARATOR = /\s*[,/;]\s*/;
const LEADING_ARTICLE = /^(?:the|la|le|les|el|los|las|die|der|das|l) /;

let byFoldedName: Map<string, CountryCode> | null = null;
/** Raw cell → code, so a million rows cost a million Map lookups, not a million folds. */
const byRawText = new Map<string, CountryCode>();
const RAW_CACHE_LIMIT = 20_000;

/** Built once, on first use: ISO codes first, then locale names in the order above, then aliases; first one wins. */
function folded(): Map<string, CountryCode> {
  if (byFoldedName) return byFoldedName;
  const map = new Map<string, CountryCode>();
  const add = (text: string, code: string): void => {
    const key = foldText(text);
    if (key && !map.has(key)) map.set(key, code);
  };
  for (const locale of LOCALES) countries.registerLocale(locale);
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    add(alpha2, alpha2);
    add(alpha3, alpha2);
  }
  add('UK', 'GB');
  for (const locale of LOCALES) {
    for (const [code, names] of Object.entries(countries.getNames(locale.locale, { select: 'all' }))) {
      for (const name of names) add(name, code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(alias, code);
  byFoldedName = map;
  return map;
}

/** The ISO 3166-1 alpha-2 code for a country as typed, or 'unknown' (also for an empty cell). */
export function resolveCountry(text: string | undefined): CountryCode | 'unknown' {
  if (text === undefined || text === '') return 'unknown';
  const cached = byRawText.get(text);
  if (cached !== undefined) return cached;
  const code = lookUp(text);
  if (byRawText.size >= RAW_CACHE_LIMIT) byRawText.clear();
  byRawText.set(text, code);
  return code;
}

function lookUp(text: string): CountryCode | 'unknown' {
  const cleaned = cleanText(text);
  const code = lookUpFolded(foldText(cleaned));
  if (code !== 'unknown') return code;
  // "Seoul, South Korea", "Berlin / Deutschland": a place before the country.
  const parts = cleaned.split(PLACE_SEPARATOR);
  return parts.length > 1 ? lookUpFolded(foldText(parts[parts.length - 1])) : 'unknown';
}

function lookUpFolded(key: string): CountryCode | 'unknown' {
  if (key === '') return 'unknown';
  const map = folded();
  const found = map.get(key) ?? map.get(key.replace(LEADING_ARTICLE, ''));
  if (found) return found;
  // "U.S.A." folds to "u s a": try it without spaces, but not when that leaves a two-letter code ("n/a" is not Namibia).
  const compact = key.replaceAll(' ', '');
  return (compact.length > 2 && map.get(compact)) || 'unknown';
}
