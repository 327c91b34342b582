// What a name cell says about its signer's anonymity: a note asking for it ("김철수 (비공개)", "(익명) 김차연",
// "Dee Oh no publicar"), or nothing but the anonymity words ("익명", "Anonymous (North Korea)").
import { commentAsksAnonymity } from './comment-asks-anonymity.js';
import { CJK, COMBINING_MARK, STRONG_NOTE, TRAILING_WEAK_NOTE, WEAK_NOTE, foldWords, onlyFillerWords, withMarksAsWords } from './anonymity-words.js';

const CLOSERS: Record<string, string> = {
  '(': ')', '[': ']', '{': '}', '【': '】', '〔': '〕', '〈': '〉', '《': '》', '「': '」', '『': '』', '<': '>', '«': '»', '〖': '〗',
};
/** What separates words of a name cell: space, punctuation and symbols, except an apostrophe and the crosses of 공개X. */
const SEPARATOR = /[\s\p{P}\p{S}]/u;
const WORD_SYMBOL = /['×✕✖✗✘╳]/u;
const SEPARATORS = /(?:(?!['×✕✖✗✘╳])[\s\p{P}\p{S}])+/gu;
const BRACKETS = '()\\[\\]{}【】〔〕〈〉《》「」『』<>«»〖〗';
const LEADING_MARKS = new RegExp(`^[^\\p{L}\\p{N}${BRACKETS}]+`, 'u');
const TRAILING_MARKS = new RegExp(`[^\\p{L}\\p{N}.${BRACKETS}]+$`, 'u');
const LONE_MARKS = new RegExp(`(?<=\\s)[^\\p{L}\\p{N}\\s${BRACKETS}]+(?=\\s)`, 'gu');
const STRONG = new RegExp(`(?<=^| )(?:${STRONG_NOTE})(?= |$)`, 'gu');
const WEAK = new RegExp(`(?<=^| )(?:${WEAK_NOTE})(?= |$)`, 'gu');
const TRAILING_WEAK = new RegExp(`^(?:${TRAILING_WEAK_NOTE})$`, 'u');
/**
 * A whole cell of the weak words no surname is spelled as, or of "not shown" ("Private", "Withheld", "Not shown",
 * "Private / not listed"): nobody's name. "Anon", "Hide", "Hidden" alone stay names (Anon is a Thai given name).
 */
const ONLY_WEAK = new RegExp(`^(?:(?:${TRAILING_WEAK_NOTE}|not (?:shown|listed|public|published|displayed))(?: |$))+$`, 'u');
/**
 * Any note holds one of these, lower-cased as typed (accented and full-width letters, marks): most names hold
 * none, and skip the fold and the closer reading. Without the i and u flags: they made this test 7 µs a name.
 */
const MAY_HOLD_NOTE = /an+[oóô]n|비공개|익명|공개|이름|실명|성명|본명|신원|신상|명의|priv|confid|vertraul|hid|secret|geheim|withh|sigil|riserv|reserv|ocult|nascost|unlist|not|n['’]t|dont|never|\bno\b|n[aã]o|nicht|keinesfalls|\bpas\b|\bnon\b|\bsin\b|\bsem\b|sans|senza|ohne|omit|redact|conceal|mask|remove|keep|匿名|公開|公开|名前|氏名|実名|名字|姓名|显示|顯示|隐藏|隱藏|保密|伏せ|namen?\b|prefer|rather|[\uff01-\uff5e]|nym|비공|공게|익[마-밓]|[ẩẨ]n|an danh|an ten|khong|không|đừng|itago|huwag|[\u0600-\u06ff]|аноним|не |скры|\uD83D[\uDE48\uDD12\uDD10]/;
/** 비공개 or 익명 with its request typed onto a Korean name without a space: "김카연비공개" (a name has 2 to 4 syllables). */
const GLUED_KOREAN = /^(\p{Script=Hangul}{2,4}?)((?:이름)?비공개(?:요청|희망|처리)?|익명(?:요청|희망|처리|으로)?)$/u;
/** A Chinese or Japanese note typed onto a name in Han without a space: "王小明请勿公开姓名", "山田太郎匿名希望". */
const GLUED_HAN = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:${CJK})$`, 'u');

interface Piece {
  start: number;
  end: number;
  /** Folded text: the words of a bracket's inside, or one word. */
  folded: string;
  bracket: boolean;
  /** A mark other than a space stands between this piece and the one before (`김라연 ※비공개`, `Bo Lee - private`). */
  setApart: boolean;
}

export interface NameCellReading {
  /** The name without the anonymity notes, or the whole cell when it holds nothing else. */
  name: string;
  /** A note asking for anonymity was taken off the name. */
  noted: boolean;
  /** The cell holds only anonymity words (and brackets): a signer asking not to be named, with no name given. */
  onlyAnonymity: boolean;
}

/**
 * Reads the anonymity notes of a name cell: in brackets or not, before or after the name, set apart by any mark,
 * followed by other notes. A note is the signer's tick: the name is hidden rather than printed with the word
 * "private" beside it. Words that are also names (Private, Hide) count only as a note set apart or after the name.
 */
export function readNameCell(cell: string): NameCellReading {
  const plain = { name: cell, noted: false, onlyAnonymity: false };
  if (cell === '') return plain;
  if (!MAY_HOLD_NOTE.test(cell.toLowerCase()) && !COMBINING_MARK.test(cell)) return plain;
  const text = withMarksAsWords(cell.normalize('NFKC')).trim();
  const pieces = piecesOf(text);
  if (ONLY_WEAK.test(pieces.map((piece) => piece.folded).join(' '))) return { name: cell, noted: false, onlyAnonymity: true };
  const notes = notePieces(text, pieces);
  if (notes.length === 0) return plain;
  const rest = withoutPieces(text, notes);
  const outside = withoutPieces(rest, piecesOf(rest).filter((piece) => piece.bracket));
  if (!/\p{L}/u.test(outside) || onlyFillerWords(foldWords(outside))) return { name: cell, noted: false, onlyAnonymity: true };
  return { name: rest, noted: true, onlyAnonymity: false };
}

/** The name without a note for "hide my name", and whether there was one. */
export function withoutAnonymityNote(cell: string): { name: string; asked: boolean } {
  const reading = readNameCell(cell);
  return reading.noted ? { name: reading.name, asked: true } : { name: cell, asked: false };
}

/**
 * Whoever writes only the anonymity words as their name ("익명", "Anonymous (North Korea)") asks not to be named;
 * printed as written, their line would pass for one the tool anonymised.
 */
export function nameAsksAnonymity(name: string): boolean {
  return readNameCell(name.trim()).onlyAnonymity;
}

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let setApart = false;
  let at = 0;
  while (at < text.length) {
    const ch = text[at];
    const closer = CLOSERS[ch];
    const end = closer ? text.indexOf(closer, at + 1) : -1;
    if (end > at) {
      pieces.push({ start: at, end: end + 1, folded: wordsOf(text.slice(at + 1, end)), bracket: true, setApart });
      setApart = false;
      at = end + 1;
    } else if (SEPARATOR.test(ch) && !WORD_SYMBOL.test(ch)) {
      if (!/\s/u.test(ch)) setApart = true;
      at++;
    } else {
      let stop = at + 1;
      while (stop < text.length && !CLOSERS[text[stop]] && (!SEPARATOR.test(text[stop]) || WORD_SYMBOL.test(text[stop]))) stop++;
      pieces.push({ start: at, end: stop, folded: foldWords(text.slice(at, stop)), bracket: false, setApart });
      setApart = false;
      at = stop;
    }
  }
  return pieces;
}

/** A bracket's inside as folded words separated by single spaces. */
function wordsOf(inside: string): string {
  return foldWords(inside).replace(SEPARATORS, ' ').trim();
}

/** The pieces that are notes: a bracket holding a note word, or the words of a note phrase outside brackets. */
function notePieces(text: string, pieces: Piece[]): Piece[] {
  // A bracket holding a note word, or a request in words of its own ("(no quiero que aparezca mi nombre)").
  const notes: Piece[] = pieces.filter((piece) => piece.bracket
    && (matches(STRONG, piece.folded) || matches(WEAK, piece.folded) || commentAsksAnonymity(text.slice(piece.start + 1, piece.end - 1))));
  const words = pieces.filter((piece) => !piece.bracket);
  const line = words.map((word) => word.folded).join(' ');
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.folded.length + 1;
  }
  const noteWords = new Set<Piece>();
  for (const found of line.matchAll(STRONG)) {
    const first = starts.indexOf(found.index);
    const last = starts.findLastIndex((start) => start < found.index + found[0].length);
    for (let i = first; i >= 0 && i <= last; i++) noteWords.add(words[i]);
  }
  words.forEach((word, i) => {
    // "Bo Lee - private", "Bo Lee private": a weak word set apart, or after the name; "Private Ryan" is a name.
    if (matches(WEAK, word.folded) && i > 0 && (word.setApart || (i === words.length - 1 && TRAILING_WEAK.test(word.folded)))) noteWords.add(word);
  });
  for (const word of words) {
    const glued = noteWords.has(word) ? null : GLUED_KOREAN.exec(word.folded) ?? GLUED_HAN.exec(word.folded);
    if (glued) notes.push({ ...word, start: word.start + glued[1].length });
  }
  return [...notes, ...noteWords];
}

function matches(pattern: RegExp, folded: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(folded);
  pattern.lastIndex = 0;
  return found;
}

/** The text without the pieces, and without the marks a removed note leaves at either end or standing alone. */
function withoutPieces(text: string, pieces: Piece[]): string {
  let rest = '';
  let at = 0;
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    rest += `${text.slice(at, piece.start)} `;
    at = piece.end;
  }
  rest += text.slice(at);
  return rest.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(LONE_MARKS, '').replace(/\s+/gu, ' ').trim();
}
