// parseFlag / readAnonymous: yes-no cells in the languages signers use, and whether a signer asked to stay anonymous.
import type { AnonymityAnswer } from '../types.js';
import { cleanText } from './clean-text.js';
import { readSentenceAnswer, type SentenceStance } from './sentence-answer.js';

// The yes and no of every language whose show-name column is read (normalize/anonymity-words.ts, SHOW_NAME_WORDS): a
// column mapped by hand with --map anonymous="!Zobrazit jméno" must read "ano" and "ne", not hide both as unclear.
const YES = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', '☑', 'on', '예', '네', '응', 'o', 'sí', 'si', 'ja', 'j', 'oui', 'wahr', 'vrai', 'verdadero', 'はい', '是', 'да', 'sim', 'sì', 'có', 'oo', 'opo', 'نعم',
  'tak', 'igen', 'evet', 'ano', 'áno', 'ναι', 'ใช่', 'हाँ', 'हां', 'так', 'כן', 'ya', 'kyllä', 'jah', 'taip', 'jā', 'da', 'sì', 'vâng', 'đúng',
  'بله', 'آره', 'ہاں', 'হ্যাঁ', 'ndiyo', 'ndio', 'დიახ', 'კი', 'այո', 'አዎ',
  // A Korean consent column ("이름 공개 동의") is answered agree or not (verifyR2 F12).
  '동의', '동의함', '동의합니다', '동의해요',
  // And a Chinese or Japanese one (verifyS2 F11).
  '同意', '同意します', '同意する']);
const NO = new Set(['no', 'n', 'false', 'f', '0', '-', 'off', '아니요', '아니오', '아니', 'nein', 'non', 'falsch', 'faux', 'falso', 'nee', 'いいえ', '否', '✗', '✘', 'нет', 'não', 'nao', 'không', 'hindi', 'لا',
  'nie', 'nem', 'hayır', 'hayir', 'ne', 'όχι', 'οχι', 'ไม่', 'ไม่ใช่', 'नहीं', 'नही', 'ні', 'не', 'לא', 'tidak', 'ei', 'nej', 'nei', 'nu', 'iie',
  'نه', 'خیر', 'نہیں', 'না', 'hapana', 'არა', 'ոչ', 'አይ', 'አይደለም',
  '미동의', '비동의', '부동의', '동의하지 않음', '동의하지않음', '동의 안 함', '동의안함', '동의 안함', '동의하지 않습니다',
  '不同意', '同意しない', '同意しません']);

/** true / false for a recognised yes-no value, null for anything else. An empty cell is null too. */
export function parseFlag(text: string | undefined): boolean | null {
  const value = cleanText(text).toLowerCase();
  if (value === '') return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** A mapped `anonymous` value "visible: no": the format layer's way of saying the column meant visibility. */
const VISIBLE_PREFIX = /^(?:visible|public)\s*:\s*/i;

export interface AnonymousFlag {
  anonymous: boolean;
  /** The value that was neither a clear yes nor a clear no (as typed, NFC), for a problem report; '' when none. */
  unrecognised: string;
  column: string;
}

/**
 * Ticks people draw or type to mean "yes" in a tick-box column, beyond parseFlag's words: the circle that is the
 * usual Korean "yes" mark (○ ◯ O ㅇ) and check marks (V √). Compared after NFKC, so the
 * compatibility jamo ㅇ arrives as the conjoining ᄋ and a full-width Ｏ as O.
 */
const ANONYMITY_YES = new Set(['○', '◯', '⭕', '〇', '◎', 'v', '√', '✓', '✔', '✅', '🗸', '☑', '🗹', '☒', 'ᄋ']);
/**
 * Crosses say "no" in a yes/no column and "marked" in a box a volunteer ticked (Hide name: ✗): never a clear answer
 * about a name, in either kind of column, so they hide it and are reported. A crossed box (☒) is a marked box
 * in an anonymity column, but in a "show my name" column it may as well mean crossed out.
 */
const CROSS_MARKS = new Set(['✗', '✘', '❌', '❎', '✕', '✖', '☓', '×', '⨯', '🗙', '🗴', '🗵', '🗷', '⮽']);
/** Emoji and text presentation selectors: ☑️ is ☑. */
const PRESENTATION_SELECTORS = /[\uFE0E\uFE0F]/g;
/** Words that say "show my name" whatever the column: in an anonymity column a no, in a visibility column a yes. */
const PUBLIC_WORDS = new Set(['공개', 'public', 'öffentlich', 'publico', 'público', 'publique', 'show', '公开', '公開']);
/** 비공개 and its kind mean "not public" in either kind of column: never flipped by a visibility column. */
const PRIVATE_WORDS = new Set([
  '비공개', '익명', 'anonymous', 'anonym', 'anonyme', 'anónimo', 'anónima', 'anonimo', 'private', 'privat', 'privado', 'privada', 'privé', 'privée', 'hide',
  '匿名', '非公开', '非公開', '不公开', '不公開',
]);

/**
 * An X in a tick box is a tick to many, but in the O/X columns Korean volunteers fill it means "no": which one is
 * unknowable, so it is unclear like any mark we do not know (anonymous, and reported). Compared after NFKC (Ｘ is X).
 * A box on a sheet this tool printed is the exception: there x is a tick (isBoxMarkedX, withPaperBoxTicks).
 */
const UNCLEAR_TICKS = new Set(['x', '×']);

const NOT_ANONYMOUS: AnonymousFlag = { anonymous: false, unrecognised: '', column: '' };

/** A tick-box cell's value as typed for a message: NFC, so ㅇ is shown as ㅇ and not as the jamo NFKC makes of it. */
function asTyped(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * One cell of an anonymity column (`visibility` false) or of a column that means the opposite
 * (`visibility` true). What a signer asked for wins: anything that is not a clear "show my name" makes the
 * signer anonymous, and a value that is no clear yes either is reported.
 */
function readTick(cell: string, visibility: boolean, column: string): AnonymousFlag {
  const value = cleanText(cell).toLowerCase().replace(PRESENTATION_SELECTORS, '');
  // No answer to "Can we display your name?" is no consent to display it; no answer to "Anonymous?" asks for nothing.
  if (value === '') return visibility ? { anonymous: true, unrecognised: '', column } : NOT_ANONYMOUS;
  if (PRIVATE_WORDS.has(value)) return { anonymous: true, unrecognised: '', column };
  if (PUBLIC_WORDS.has(value)) return { anonymous: false, unrecognised: '', column };
  if (CROSS_MARKS.has(value) || (visibility && value === '☒')) {
    return { anonymous: true, unrecognised: asTyped(cell), column };
  }
  const flag = UNCLEAR_TICKS.has(value) ? null : ANONYMITY_YES.has(value) ? true : parseFlag(value);
  if (flag !== null) return { anonymous: visibility ? !flag : flag, unrecognised: '', column };
  // "Yes, display my name", "네 동의합니다", "익명 원하지 않음": a sentence read by its opening yes or no (verifyS2 F11).
  const stance = readSentenceAnswer(value, visibility, (word) => wordStance(word, visibility));
  if (stance === null) return { anonymous: true, unrecognised: asTyped(cell), column };
  return { anonymous: stance === 'hide', unrecognised: '', column };
}

/** What a column's own word opening a sentence says ("익명 원함", "공개 안 함"): hide, show, or null for no such word. */
function wordStance(word: string, visibility: boolean): SentenceStance {
  if (PRIVATE_WORDS.has(word)) return 'hide';
  if (PUBLIC_WORDS.has(word)) return 'show';
  const flag = parseFlag(word);
  return flag === null ? null : flag === visibility ? 'show' : 'hide';
}

/**
 * A signer is anonymous when any anonymity column of their row says so: the mapped `anonymous` cell and every further
 * one the record mapper found (src/formats/map-record.ts), so "Anonymous: no" beside "Hide my name: yes" hides the
 * name. A column worded the other way round ("Visible", "Can we display your name?") comes as "visible: <value>"
 * and is inverted here. A value that is neither a clear yes nor a clear no counts as anonymous (the signer may have
 * drawn a mark we do not know) and is reported, the first such value of the row.
 */
export function readAnonymous(anonymousCell: string | undefined, moreAnonymity: readonly AnonymityAnswer[] = []): AnonymousFlag {
  let flag = anonymousCell ? readAnswer(anonymousCell, 'anonymous') : NOT_ANONYMOUS;
  for (const { column, answer } of moreAnonymity) {
    const next = readAnswer(answer, column);
    if (next.anonymous && (!flag.anonymous || (next.unrecognised && !flag.unrecognised))) flag = next;
  }
  return flag;
}

function readAnswer(answer: string, column: string): AnonymousFlag {
  const prefix = VISIBLE_PREFIX.exec(answer);
  return readTick(prefix ? answer.slice(prefix[0].length) : answer, prefix !== null, column);
}

/** Brackets, quotes and end punctuation typed around a mark: "(O)", "[✓]", "O.", "'예'". */
const AROUND_MARK = /^[\s([{<（［【「『"'“‘]+|[\s)\]}>）］】」』"'”’.,!;:。、]+$/gu;
/** What a volunteer types for "nothing here" in any cell, or for "same as above": never a tick. */
const NOTHING_MARKS = new Set(['-', '–', '—', '?', '.', '/', '_', '=', '~', '^', '〃', '"', '|', '\\', '+']);
/** A drawn mark: one to three symbols and no letter or digit (●, ■, ★, ✓✓, *, ※). */
const DRAWN_MARK = /^[\p{S}*•·※]{1,3}$/u;

/**
 * Whether a cell of a printed sheet's tick box holds an x: there the box asks nothing to answer O or X to, it is a box
 * to mark, and an x in it is a tick (the O/X reading that keeps x unclear elsewhere does not apply). "(X)", "Ｘ" too.
 */
export function isBoxMarkedX(cell: string): boolean {
  return cleanText(cell).normalize('NFKC').toLowerCase().replace(PRESENTATION_SELECTORS, '').replace(AROUND_MARK, '') === 'x';
}

/**
 * Whether a cell holds nothing but an answer to a tick box: what readTick reads as an answer in an anonymity column
 * (a yes or a no, private or public, a circle, a check, a cross) or a drawn mark. Used for a tick typed into the
 * cell beside the box (src/formats/tick-slips.ts), so the vocabulary is the one the box itself is read with.
 */
export function isTickAnswer(cell: string): boolean {
  const value = cleanText(cell).normalize('NFKC').toLowerCase().replace(PRESENTATION_SELECTORS, '').replace(AROUND_MARK, '');
  if (value === '' || NOTHING_MARKS.has(value)) return false;
  return YES.has(value) || NO.has(value) || ANONYMITY_YES.has(value) || CROSS_MARKS.has(value) || UNCLEAR_TICKS.has(value)
    || PRIVATE_WORDS.has(value) || PUBLIC_WORDS.has(value) || DRAWN_MARK.test(value);
}
