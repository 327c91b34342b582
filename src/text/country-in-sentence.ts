// A country's name inside a sentence: English says "the United States", "the Netherlands"; a label or a list does not.

/** Countries whose English name takes "the" in running text. */
const ENGLISH_WITH_THE = new Set(['US', 'GB', 'NL', 'PH', 'AE', 'BS', 'GM', 'DO', 'CF', 'CD', 'KY', 'MH', 'SB', 'KM', 'MV', 'FO', 'CK', 'VG', 'VI', 'FK', 'TC']);

/** `name` (the country's name in `language`) as running text puts it: "from the United States", "from South Korea". */
export function countryInSentence(code: string, name: string, language: string): string {
  return language.split('-')[0] === 'en' && ENGLISH_WITH_THE.has(code) ? `the ${name}` : name;
}
