// A row that heads a section of a list typed up from paper ("— 부산 집회 3월 5일 —", "Rally, 9 March") instead of
// holding a signer: its one cell sits in the name column and would be counted as a person. In a workbook the merge
// over the table says so (src/read/workbook/merged-cells.ts); here only the text can, so only text that cannot be a
// name is taken for one: a signer who gave nothing but a name, the other cells left empty, is common on paper.
import type { RawSignature } from '../types.js';
import { hasLetter } from '../normalize/has-letter.js';

export type SectionTitleSign = 'decoration' | 'date' | 'counter' | 'words' | 'long';

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
/**
 * Korean words for a gathering, looked for anywhere (they take particles with no space). Alone they prove nothing:
 * a name of 2–4 syllables can hold one (이행사, 서명운동 typed as a name), so only a cell that cannot be a Korean name
 * by its shape ("광화문 촛불집회": a space, more syllables) is taken for a title by them.
 */
const EVENT_KOREAN = ['집회', '서명운동', '서명 운동', '캠페인', '행사', '시위', '추모제', '기자회견', '토론회', '간담회', '설명회', '거리서명'];
/** A Korean name as typed: 2–4 Hangul syllables with no space (김가람, 남궁민수). */
const KOREAN_NAME = /^[\uAC00-\uD7A3]{2,4}$/u;
/**
 * Whole words for a gathering in the languages sheets are typed in. Each is also a family or given name somewhere
 * (Jorge Vigil, Rally Ng, Luis Jornada, Heidi Mahnwache), so a word of these alone never makes a title: it takes a
 * lowercase linking word no name holds ("Rally at Leeds station", "Concentración en Madrid") or a number after it
 * ("Rally 2", see COUNTER); a date or a frame is a sign by itself.
 */
const EVENT_WORDS = new Set([
  'rally', 'rallies', 'vigil', 'protest', 'demonstration', 'meeting', 'event', 'session', 'stall', 'booth',
  'concentración', 'concentracion', 'manifestación', 'manifestacion', 'jornada', 'evento', 'reunión', 'vigilia', 'protesta', 'mitin',
  'kundgebung', 'mahnwache', 'veranstaltung', 'rassemblement', 'manifestation',
]);
/** Lowercase as typed, so "Kim In" (a given name) is not one; no name particle (de, la, y, van, von, bin) is here. */
const LINKING_WORDS = new Set(['at', 'in', 'on', 'for', 'outside', 'near', 'en', 'para', 'por', 'bei', 'im', 'für', 'vor']);
/**
 * A lone page, day or part of a list, numbered ("Day 2", "Page 2", "Second day", "Rally 2", "2쪽", "3일차"): the whole
 * cell is the word and its number, which no name is ("Anna 2" has no such word and stays a name).
 */
const COUNTED = 'days?|pages?|sheet|session|part|round|week|d[ií]a|p[aá]gina|hoja|sesi[oó]n|semana|parte|tag|seite|blatt|woche|teil|'
  + [...EVENT_WORDS].join('|');
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\\d{1,2}(?:st|nd|rd|th|º|ª|\\.)|'
  + 'primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|[uú]ltim[oa]|erste[rn]?|zweite[rn]?|dritte[rn]?|letzte[rn]?';
const NUMBER = '(?:no\\.?\\s*|n[º°]\\s*|#\\s*)?(?:\\d{1,3}|one|two|three|four|five|uno|dos|tres|cuatro|cinco|eins|zwei|drei|vier|f[üu]nf)';
const COUNTER = new RegExp(`^(?:(?:the\\s+|el\\s+|la\\s+|der\\s+|die\\s+)?(?:${ORDINAL})\\s*(?:${COUNTED})|(?:${COUNTED})\\s*${NUMBER})[.:]?$`, 'iu');
const COUNTER_KOREAN = /^(?:제\s*)?\d{1,3}\s*(?:쪽|페이지|장|일차|일째|회차|차|부)$|^(?:첫|둘|셋|넷|다섯)째\s*날$|^첫\s*날$/u;
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
  if (filledCells(raw.fields, filledCells(raw.extra, 0)) !== 1) return null;
  const text = name.trim();
  if (text === '' || !hasLetter(text) || FORMULA_START.test(text)) return null;
  return titleSign(text.normalize('NFC'));
}

/** `before` plus the filled cells of `cells`, counted up to 2 (a title is a row of one cell): no array per row. */
function filledCells(cells: Readonly<Record<string, string | undefined>>, before: number): number {
  let filled = before;
  for (const key in cells) {
    if (filled >= 2) break;
    if ((cells[key] ?? '').trim() !== '') filled++;
  }
  return filled;
}

export function titleSign(text: string): SectionTitleSign | null {
  if (SYMBOL.test(text) || FRAME.test(text)) return 'decoration';
  if (DATE.test(text)) return 'date';
  if (COUNTER.test(text) || COUNTER_KOREAN.test(text)) return 'counter';
  const folded = text.toLowerCase();
  if (EVENT_KOREAN.some((word) => folded.includes(word)) && !KOREAN_NAME.test(text)) return 'words';
  const words = text.split(/[^\p{L}\p{M}]+/u);
  if (words.some((word) => EVENT_WORDS.has(word.toLowerCase())) && words.some((word) => LINKING_WORDS.has(word))) return 'words';
  if ([...text].length > LONGEST_NAME || text.split(/\s+/u).length > MOST_WORDS) return 'long';
  return null;
}

/** A word of a name: letters, with an inner apostrophe, hyphen or dot ("O'Neil", "Anne-Marie", "J.R.R."). */
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*,?$/u;

/**
 * Whether text has the shape of a personal name: 2–4 Hangul syllables, or 1–4 words of letters with no digit, no
 * frame or mark and no word for a gathering. A merge across the table does not outweigh it (a volunteer widens a
 * signer's cell as often as a title's), so such a row stays a signer.
 */
export function isNameShaped(text: string): boolean {
  const trimmed = text.trim().normalize('NFC');
  if (KOREAN_NAME.test(trimmed)) return true;
  if (trimmed === '' || titleSign(trimmed) !== null) return false;
  const folded = trimmed.toLowerCase();
  if (EVENT_KOREAN.some((word) => folded.includes(word))) return false;
  const words = trimmed.split(/\s+/u);
  return words.length <= 4 && words.every((word) => NAME_WORD.test(word) && !EVENT_WORDS.has(word.replace(/[.,]+$/u, '').toLowerCase()));
}
