// A note a volunteer types on a row of a paper sheet instead of a signer (verifyR1 F-H2): the form's closing mark
// ("이하 여백", "以下余白", "End of list"), a page marker ("페이지 2", "Page 2 of 3", "Seite 2"), a "continued" line, a
// remarks field ("비고", "Bemerkungen") or statement ("※ 위 서명은 자필임"), and the line naming the volunteer who
// checked or wrote up the sheet ("확인자 김철수", "작성자: 박영희"). Counted, each was a "signer" (and "페이지 2" was
// printed as "페이지": the name cut at its first digit). A note of one word may be a name too ("Fin", "Ende", "Note"),
// and a typed-up row keeps its serial number and date, so such a word is a note only on a row where nothing belongs
// to a person: no e-mail, phone, address, country or identifier. A signer called Fin who gave an e-mail is counted.
// A note of more words or with a number names nobody wherever it stands, as a placeholder does ("N/A").
import type { CanonicalField, RawSignature } from '../types.js';
import { lowerWithoutAccents } from '../text/without-accents.js';

export type SheetNoteKind = 'end' | 'continued' | 'page' | 'remarks' | 'statement' | 'staff';

/** Cells only a person fills in: one of them filled makes the row a person's, whatever its name cell says. */
const PERSON_FIELDS: readonly CanonicalField[] = ['email', 'phone', 'street', 'city', 'region', 'postcode', 'country', 'birth_date', 'id_number'];

/** The closing marks of a list, compared compact (folded, without spaces or brackets). */
const END_MARKS = new Set([
  '이하여백', '이하빈칸', '이하공란', '이하생략', '이하없음', '끝', '以下余白', '以下空白', '以下空欄', '以下なし', '以下無し', '以下省略', '以下空白处',
  'endoflist', 'endofthelist', 'endofsignatures', 'endofpage', 'nomoresignatures', 'nomorenames', 'end', 'theend',
  'findelalista', 'findelista', 'fin', 'finliste', 'findelaliste', 'findeliste', 'ende', 'endederliste', 'listenende',
]);
/** The list goes on overleaf or on the next sheet. */
const CONTINUED_MARKS = new Set([
  'continued', 'cont', "cont'd", 'contd', 'continuedonnextpage', 'continuedonthenextpage', 'continuedoverleaf', 'continuedonback',
  'continuedonreverse', 'seeoverleaf', 'seenextpage', 'pto', 'p.t.o.', 'p.t.o', 'suite', 'suiteauverso', 'voirauverso', 'suitepagesuivante',
  'continua', 'continuaalreverso', 'continuaenlasiguientepagina', 'sigue', 'siguealdorso', 'fortsetzung', 'fortsetzungfolgt',
  'fortsetzungaufderruckseite', 'bittewenden', 'b.w.', 'sieheruckseite', '계속', '다음장', '다음장에계속', '뒷면계속', '뒷면에계속', '뒷장계속',
  '다음페이지에계속', '続く', '裏面へ続く', '次頁へ続く', '次ページへ続く', '续', '续下页', '接下页', '见背面', '續下頁', '見背面',
]);
/** The heading of a remarks field. */
const REMARKS_MARKS = new Set([
  '비고', '비고란', '메모', '참고', '特記事項', '備考', '备注', '備註', 'remarks', 'remark', 'notes', 'note', 'comments',
  'bemerkungen', 'bemerkung', 'anmerkungen', 'anmerkung', 'observaciones', 'observacion', 'notas', 'remarques', 'remarque', 'observations',
  'примечание', 'примечания',
]);
/** A statement about the signatures above: how one starts. */
const STATEMENT = /^(?:위|상기|이상의?)\s*서명|^(?:上記|以上)の?署名|^(?:以上|上述)签名|^(?:the|all)?\s*(?:above\s+)?signatures?\s+above|^(?:all\s+)?(?:the\s+)?above\s+signatures|^i\s+(?:hereby\s+)?(?:certify|confirm)|^(?:ich|wir)\s+(?:bestatige|bestatigen)|^(?:je|nous)\s+certifi|^(?:certifico|certificamos)\b|^las\s+firmas\s+anteriores|^les\s+signatures\s+ci-dessus|^die\s+(?:obigen\s+)?unterschriften\s+oben/u;
/** A page of the list and its number: "페이지 2", "2페이지", "Page 2 of 3", "Seite 2", "Página 2", "p. 3", "第2页". */
const PAGE = /^(?:page|pg|p|seite|s|pagina|pag|hoja|feuille|folio|blatt|bl|sheet|лист|страница|стр|페이지|쪽|ページ|頁|页)\s*\.?\s*(?:no\.?\s*|nr\.?\s*|#\s*)?\d{1,4}(?:\s*(?:of|von|de|sur|из|\/)\s*\d{1,4})?$|^\d{1,4}\s*(?:페이지|쪽|장|ページ目?|頁|页|枚目)(?:\s*(?:중|\/)\s*\d{1,4}\s*(?:페이지|쪽|장)?)?$|^\d{1,4}\s*(?:페이지|쪽|장)?\s*중\s*\d{1,4}\s*(?:페이지|쪽|장)$|^第\s*\d{1,4}\s*[页頁]$/u;
/**
 * The label of the volunteer who checked, wrote up or collected the sheet, then (after a space or colon) their name.
 * Korean, Japanese and Chinese labels are words no name is; a Latin word ("Collector", "Witness") may be a surname, so
 * it takes a colon or a "by".
 */
const STAFF = new RegExp('^(?:(?:확인자|작성자|담당자|입력자|기록자|검수자|수집자|서명수집자|책임자|확인자명|작성자명|'
  + '確認者|作成者|記入者|担当者|记录人|填表人|核对人|确认人|負責人|负责人|收集人|经办人)(?:\\s*[:：]|\\s|$)'
  + '|(?:확인|작성|담당|입력|검수|担当|確認)(?:\\s*[:：]|\\s)'
  + '|(?:checked|verified|collected|witnessed|entered|typed|compiled|prepared|circulated|gathered|counted|transcribed)\\s+by\\b'
  + '|(?:gepruft|gesammelt|erfasst|kontrolliert|abgeschrieben)\\s+von\\b|(?:verificado|revisado|recogido|recogidas|recolectado|transcrito)\\s+por\\b'
  + '|(?:verifie|collecte|recueilli|saisi|controle)e?s?\\s+par\\b'
  + '|(?:witness|collector|circulator|volunteer|verifier|checker|staff|sammler|prufer|erfasser|recolector|responsable|collecteur|benevole)\\s*:)', 'u');

/** Brackets, frames and marks around a note ("(이하 여백)", "- 이하 여백 -", "※ …"), taken off before it is compared. */
const AROUND = /^[\s()[\]{}（）【】〔〕<>〈〉《》«»「」『』"'“”‘’*※~=_\-–—.:·…]+|[\s()[\]{}（）【】〔〕<>〈〉《》«»「」『』"'“”‘’*※~=_\-–—:·…]+$/gu;

/**
 * What kind of note the row is, or null when it may be a signer: `typed` is the name as typed (before contact data
 * was cut from it, so "페이지 2" keeps its number); `kindOf` is noteKind, remembered per text by the validator.
 */
export function sheetNoteKind(raw: RawSignature, typed: string, kindOf: (text: string) => SheetNoteKind | null = noteKind): SheetNoteKind | null {
  const kind = kindOf(typed);
  if (kind === null || !ONE_WORD.test(typed.trim())) return kind;
  for (const field of PERSON_FIELDS) {
    if ((raw.fields[field] ?? '').trim() !== '') return null;
  }
  return kind;
}

/** A note of one word may be a name ("Fin", "Ende", "Note"); one of more words or with a number ("Page 2") is none. */
const ONE_WORD = /^[\p{L}\p{M}'’.:()（）-]+$/u;

/** What kind of note the text is, by the text alone (sheetNoteKind then reads the row). */
export function noteKind(typed: string): SheetNoteKind | null {
  const folded = lowerWithoutAccents(typed).replace(AROUND, '').replace(/\s+/gu, ' ');
  if (folded === '') return null;
  const compact = folded.replace(/[\s()[\]（）]+/gu, '');
  if (END_MARKS.has(compact) || END_MARKS.has(compact.replace(/[.。!]+$/u, ''))) return 'end';
  if (CONTINUED_MARKS.has(compact) || CONTINUED_MARKS.has(compact.replace(/\.+$/u, ''))) return 'continued';
  if (REMARKS_MARKS.has(compact.replace(/[.:]+$/u, ''))) return 'remarks';
  if (PAGE.test(folded)) return 'page';
  if (STATEMENT.test(folded)) return 'statement';
  if (STAFF.test(folded)) return 'staff';
  return null;
}
