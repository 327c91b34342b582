// One reading of a short cell for matching against word lists, where the lists are written in lower case without
// accents ("pagina", "senor"). Only Latin, Greek and Cyrillic accents go: kana's voicing marks are letters' parts (ページ).

/** NFKC, lower case, combining accents (U+0300–U+036F) taken off, recomposed. */
export function lowerWithoutAccents(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036F]+/gu, '').normalize('NFC');
}
