// A sheet's sum line: the name cell holds a total word (in any of the languages organizers type sheets in, or the
// label Excel writes in a table's Total Row), maybe qualified ("Page", "Sub-", "1쪽") and followed by a count
// ("2명", "hoja 1", "signatures: 40"). Decided by vocabulary over the whole cell, never by one exact string, and
// only when every word of the cell is such a word or a number: "Sum Ying" and "Total Anna" are people.

/** Words that say "sum / total / result" (lower case, hyphens and spaces removed when the cell is compared whole). */
const TOTAL_WORDS = new Set([
  'total', 'totals', 'subtotal', 'subtotals', 'grandtotal', 'pagetotal', 'sheettotal', 'sum', 'sums', 'summary',
  'summe', 'summen', 'zwischensumme', 'gesamtsumme', 'endsumme', 'gesamt', 'insgesamt', 'ergebnis', 'gesamtergebnis', 'teilergebnis', 'zwischenergebnis',
  'totales', 'subtotales', 'suma', 'sumas', 'totalgeneral', 'resultado', 'resumen',
  'somme', 'sommes', 'soustotal', 'totalgénéral', 'résultat',
  'totale', 'totali', 'subtotale', 'totaleparziale', 'somma', 'parziale', 'totalegenerale', 'complessivo',
  'soma', 'subtotais', 'totais', 'totalgeral',
  'totaal', 'subtotaal', 'som',
  'итого', 'итог', 'всего', 'сумма', 'промежуточныйитог',
  '합계', '총계', '소계', '계', '총', '총합', '총합계', '총원', '총인원', '인원합계', '요약', '누계', '합산', '총수', '총서명',
  '合计', '合計', '總計', '总计', '小计', '小計', '集計', '集计', '汇总', '匯總', '彙總', '総計', '計', '计', '合算', '總和', '总和',
]);
/** Words that qualify a total or count what it sums: they never make a sum line alone. */
const QUALIFIERS = new Set([
  'page', 'pages', 'sheet', 'sheets', 'grand', 'sub', 'partial', 'running', 'overall', 'count', 'of', 'the', 'on', 'this', 'per', 'no', 'nr',
  'signatures', 'signature', 'signers', 'signer', 'names', 'people', 'persons', 'rows', 'entries',
  'hoja', 'hojas', 'página', 'pagina', 'de', 'del', 'la', 'firmas', 'firmantes', 'personas', 'parcial', 'general',
  'seite', 'blatt', 'der', 'für', 'unterschriften', 'personen', 'zwischen',
  'feuille', 'sous', 'signataires', 'des', 'général', 'foglio', 'firme', 'persone', 'pagine', 'folha', 'assinaturas', 'pessoas', 'geral',
  'страница', 'лист', 'подписей', 'человек',
  '명', '인원', '사람', '서명', '서명자', '인', '건', '쪽', '장', '페이지', '시트', '면', '전체',
  '名', '人', '件', '頁', '页', '枚',
]);
const NUMBER = /^[0-9]+$/u;

/** True when the name cell is a sum line's label rather than a person. */
export function isTotalsLabel(name: string): boolean {
  const folded = name.normalize('NFKC').toLowerCase()
    .replace(/(\p{Nd})(?=[^\p{Nd}])|(\P{Nd})(?=\p{Nd})/gu, '$1$2 ')
    .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, ' ').trim();
  if (folded === '') return false;
  const words = folded.split(' ');
  if (TOTAL_WORDS.has(words.join(''))) return true;
  let sawTotal = false;
  for (const word of words) {
    if (TOTAL_WORDS.has(word)) sawTotal = true;
    else if (!QUALIFIERS.has(word) && !NUMBER.test(word)) return false;
  }
  return sawTotal;
}
