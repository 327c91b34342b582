// A row that heads a section of a list typed up from paper ("— 부산 집회 3월 5일 —", "Rally, 9 March") instead of
// holding a signer: its one cell sits in the name column and would be counted as a person. In a workbook the merge
// over the table says so (src/read/workbook/merged-cells.ts); here only the text can, so only text that cannot be a
// name is taken for one: a signer who gave nothing but a name, the other cells left empty, is common on paper.
import type { RawSignature } from '../types.js';
import { hasLetter } from '../normalize/has-letter.js';

export type SectionTitleSign = 'decoration' | 'date' | 'words' | 'long';

/**
 * Signs of a heading that no name has: a symbol (a bullet, box, star, arrow, CJK bracket, an em dash or a bar), a
 * cell framed by a dash, rule or mark at both its ends ("- 부산 -", "* Rally *"), or a run of them ("==", "--").
 * One en dash or asterisk ("Smith–Jones", "Kim*", "김민지 -", a volunteer's mark) is no sign.
 */
const SYMBOL = /[\u2014\u2015\u2E3A\u2E3B■□▪▫●○◆◇◈★☆▶◀▷◁►◄※•♦♥♣♠❖✦✧✱✳✔✓→←⇒【】〈〉《》「」『』〔〕|]/u;
const FRAME = /^[\u2012\u2013*#~_].*[-\u2012\u2013=*#~_]$|[-\u2012\u2013=*#~_]{2,}/u;
/**
 * A date or a time ("3월 5일", "5/3", "2025-03-05", "9 March", "14:00"): no name holds one. A number alone does not
 * say so ("Anna 2", a volunteer telling two Annas apart, is a name).
 */
const DATE = /\d\s*(?:년|월|일|月|日|年)|\d{1,4}\s*[./-]\s*\d{1,2}|\d{1,2}:\d{2}|\d\s*(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\s+\d/iu;
const FORMULA_START = /^[=+\-@]/;
/** Korean words for a gathering, looked for anywhere (they take particles with no space): no name holds them. */
const EVENT_KOREAN = ['집회', '서명운동', '서명 운동', '캠페인', '행사', '시위', '추모제', '기자회견', '토론회', '간담회', '설명회', '거리서명'];
/** Whole words for a gathering in the languages sheets are typed in. */
const EVENT_WORDS = new Set([
  'rally', 'rallies', 'vigil', 'protest', 'demonstration', 'meeting', 'event', 'session', 'stall', 'booth',
  'concentración', 'concentracion', 'manifestación', 'manifestacion', 'jornada', 'evento', 'reunión', 'vigilia', 'protesta', 'mitin',
  'kundgebung', 'mahnwache', 'veranstaltung', 'rassemblement', 'manifestation',
]);
/** Longer than a name runs (María de los Ángeles Fernández de Córdoba y Montenegro is 54 characters, 9 words). */
const LONGEST_NAME = 70;
const MOST_WORDS = 10;

/**
 * Why a row reads as a section title, or null: the row holds one cell, in a name column, and the name read from it
 * (`name`, as normalized: an anonymity note such as "※비공개" or "★익명★" already taken out) has a letter (a row of
 * "-----" keeps its own reason) and a sign no name has. A row whose signer asked for anonymity is a signer.
 */
export function sectionTitleSign(raw: RawSignature, name: string, anonymous: boolean): SectionTitleSign | null {
  if (anonymous) return null;
  const filled = [...Object.values(raw.fields), ...Object.values(raw.extra)].filter((cell) => (cell ?? '').trim() !== '');
  if (filled.length !== 1) return null;
  const text = name.trim();
  if (text === '' || !hasLetter(text) || FORMULA_START.test(text)) return null;
  return titleSign(text.normalize('NFC'));
}

export function titleSign(text: string): SectionTitleSign | null {
  if (SYMBOL.test(text) || FRAME.test(text)) return 'decoration';
  if (DATE.test(text)) return 'date';
  const folded = text.toLowerCase();
  if (EVENT_KOREAN.some((word) => folded.includes(word)) || folded.split(/[^\p{L}\p{M}]+/u).some((word) => EVENT_WORDS.has(word))) return 'words';
  if ([...text].length > LONGEST_NAME || text.split(/\s+/u).length > MOST_WORDS) return 'long';
  return null;
}
