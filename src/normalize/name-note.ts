// A note typed beside a name (verifyS2 F1): "Jane Doe (volunteer)", "Kang Il, defector", "정미란 - 탈북 2015년". It is no
// part of the name, so no document prints it; a note saying why the signer is at risk (a defector, a refugee, family in
// the North: "김철수 (탈북민)", "Han Mi (family still in Hyesan)") also hides the name. A second name is no note: "Kim
// (Minsu)", "María (Maru) López", "김철수 (Kim Chulsoo)", "Smith, John", "John Smith, Jr." keep every word.
import { FAMILY_PARTICLES } from './split-name.js';
import { nameHoldsContact } from './contact-in-place.js';

export type NameNote = 'note' | 'risk';

export interface NameNoteReading {
  /** The name without its notes. */
  name: string;
  /** What the notes taken off said: 'risk' when one says why the signer is at risk, null when there was none. */
  note: NameNote | null;
}

/**
 * What tells a signer at risk in this petition's languages, as a note's words (lower case): a defector, escapee or
 * refugee, North Korea named, family left there. Beside a name, it is the reason the name must not be printed.
 */
const RISK = new RegExp([
  '\\b(?:defect(?:or|ors|ed|ing)|escapees?|escaped|refugees?|asylum[ -]seekers?|asylee|exiles?)\\b', '\\bnorth[ -]?korea\\p{L}*', '\\bdprk\\b', '\\bnk\\b',
  '\\bfamil(?:y|ies)\\b.*\\b(?:in|at)\\b', '\\brelatives?\\b.*\\b(?:in|at)\\b', '\\bthe north\\b',
  'перебежчи\\p{L}*', 'беженец', 'беженц\\p{L}*', 'беженк\\p{L}*', 'кндр', 'северн\\p{L}* коре\\p{L}*', 'біжен\\p{L}*',
  '\\b(?:desertor\\p{L}*|refugiad\\p{L}*|exiliad\\p{L}*|transfuges?|r[ée]fugi[ée]e?s?|fl[üu]chtling\\p{L}*|gefl[üu]chtet\\p{L}*|[üu]berl[äa]ufer\\p{L}*|rifugiat\\p{L}*|disertor\\p{L}*)\\b',
  'corea del norte', 'cor[ée]e du nord', 'nordkorea\\p{L}*', 'corea del nord', 'coreia do norte',
  '탈북', '새터민', '이탈주민', '북향민', '귀순', '북한', '북에', '북녘', '난민', '조선족',
  '脱北', '脫北', '难民', '難民', '北朝鲜', '北朝鮮', '朝鲜', '朝鮮', '北韩', '北韓',
].join('|'), 'u');
/** Risk words no name is made of, read without brackets or a comma too: "Sora Lee North Korean defector", "김철수 탈북민". */
const RISK_UNMARKED = /(?:(?<![\p{L}\p{M}])(?:north[ -]korean |nk |dprk )?(?:defector|escapee|refugee)s?(?![\p{L}\p{M}])|(?<!\p{L})(?:탈북(?:민|자|인)|새터민|북한이탈주민|북향민)|脱北者|脫北者)/iu;
/** Most names hold none of these: no bracket, comma or spaced dash, no unmarked risk word. Skips the reading. */
const MAY_HOLD_NOTE = /[()[\]{}（）［］｛｝【】〔〕〈〉《》「」『』«»〖〗,，、]|\s[-–—]\s|defector|escapee|refugee|탈북|새터민|이탈주민|북향민|脱北|脫北/iu;

const CLOSERS: Record<string, string> = {
  '(': ')', '[': ']', '{': '}', '（': '）', '［': '］', '｛': '｝', '【': '】', '〔': '〕', '〈': '〉', '《': '》', '「': '」', '『': '』', '«': '»', '〖': '〗',
};
/** Where a note after a name starts outside brackets: a comma (full-width and ideographic too) or a spaced dash. */
const SEPARATOR = /\s*(?:[,，、]|\s[-–—])\s*/gu;
/** Contact data in a note is cut by the contact rules (contact-in-place.ts), which say so in their own warning. */
const CONTACT_SIGN = /[\p{Nd}@＠]|:\/\/|[\p{L}\p{N}]\.[\p{L}]{2,}/u;
/** Words that introduce a name in brackets: "(née Smith)", "(geb. Müller)", "(aka Bob)" keep theirs. */
const NAME_INTRODUCERS = new Set(['née', 'nee', 'né', 'ne', 'geb', 'geb.', 'geborene', 'aka', 'a.k.a.', 'dite', 'dit', 'genannt', 'alias', 'born', 'formerly', 'ex']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’.-]*$/u;
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
const HAN_OR_KANA_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
/** A Korean name has at most five syllables (남궁 and a given name of three); a Chinese or Japanese one six characters. */
const MAX_HANGUL_NAME = 5;
const MAX_HAN_NAME = 6;

/** Reads the notes beside a name: in brackets anywhere, after a comma or a spaced dash, or a risk word after the name. */
export function readNameNote(cell: string): NameNoteReading {
  if (!MAY_HOLD_NOTE.test(cell)) return { name: cell, note: null };
  let note: NameNote | null = null;
  const mark = (kind: NameNote): void => {
    if (note !== 'risk') note = kind;
  };
  let name = withoutBracketNotes(cell, mark);
  name = withoutTrailingNotes(name, mark);
  const risk = RISK_UNMARKED.exec(name);
  if (risk && /\p{L}/u.test(name.slice(0, risk.index))) {
    mark('risk');
    name = name.slice(0, risk.index).replace(/[\s\p{P}]+$/u, '');
  }
  if (note === null || !/\p{L}/u.test(name)) return { name: cell, note: null };
  // Words in brackets beside contact data may spell it out ("jane [dot] roe [at] gmail [dot] com"): the contact rules
  // cut them, with their own warning. Only the cost of a cell with a note: most names have none.
  if (note === 'note' && nameHoldsContact(cell)) return { name: cell, note: null };
  return { name: name.replace(/\s+/gu, ' ').trim(), note };
}

/** The cell without its bracketed notes; a bracket at the start of the cell, or that is the whole cell, is left. */
function withoutBracketNotes(cell: string, mark: (kind: NameNote) => void): string {
  let rest = '';
  let at = 0;
  for (let i = 0; i < cell.length; i++) {
    const closer = CLOSERS[cell[i]];
    if (closer === undefined) continue;
    const end = cell.indexOf(closer, i + 1);
    if (end < 0) break;
    const before = rest + cell.slice(at, i);
    const kind = /\p{L}/u.test(before) ? noteKind(cell.slice(i + 1, end), before) : null;
    if (kind !== null) {
      mark(kind);
      rest = `${before} `;
      at = end + 1;
    }
    i = end;
  }
  return rest + cell.slice(at);
}

/** The name without the parts after a comma or a spaced dash that are notes, the last first ("Kang Il, defector"). */
function withoutTrailingNotes(name: string, mark: (kind: NameNote) => void): string {
  let text = name;
  for (;;) {
    const cuts = [...text.matchAll(SEPARATOR)];
    const last = cuts.at(-1);
    if (last === undefined || last.index === 0) return text;
    const before = text.slice(0, last.index);
    const kind = /\p{L}/u.test(before) ? noteKind(text.slice(last.index + last[0].length), before, false) : null;
    if (kind === null) return text;
    mark(kind);
    text = before;
  }
}

/**
 * Whether the words inside brackets (or after a comma) are a note, and which: a risk word makes it 'risk'; words
 * that are no name (a word in lower case after a name written with capitals, a phrase too long for a name in
 * Hangul or Han) make it 'note'. A comma's part needs two words in lower case: "Smith, john" is a name typed in haste.
 */
function noteKind(inside: string, before: string, bracketed = true): NameNote | null {
  const text = inside.trim();
  if (!/\p{L}/u.test(text)) return null;
  if (RISK.test(text.toLowerCase())) return 'risk';
  if (CONTACT_SIGN.test(text)) return null;
  const words = text.split(/[\s,;:/]+/u).filter((word) => word !== '');
  if (NAME_INTRODUCERS.has(words[0].toLowerCase())) return null;
  const lower = words.filter((word) => LOWER_WORD.test(word) && !FAMILY_PARTICLES.has(word));
  const capitalsBefore = /\p{Lu}/u.test(before);
  if (bracketed ? lower.length > 0 && (capitalsBefore || words.length > 1) : lower.length > 1 && capitalsBefore) return 'note';
  const hangul = words.filter((word) => HANGUL_WORD.test(word));
  if (hangul.length > 2 || hangul.some((word) => word.length > MAX_HANGUL_NAME)) return 'note';
  if (words.some((word) => HAN_OR_KANA_RUN.test(word) && word.length > MAX_HAN_NAME)) return 'note';
  return null;
}
