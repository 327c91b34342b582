// Whether a printed name withholds part of itself (verifyR2 F3): "김○○", "김*수", "이 OO", "K***", initials only ("J. S.",
// "Y.K.", "И. П."), a family name cut to its initial ("Kari N."), or a form of address with the family name alone
// ("Mrs Smith", "김 씨"). Beside a fuller name of the same signer the mask is the more private choice and wins; and a
// mask is never a second person of a household on one email.
import { TITLES } from './anonymous-name.js';

/**
 * Symbols typed in place of letters: asterisks, circles (〇 is the CJK one), squares, triangles, stars, crosses, an
 * ellipsis and a run of underscores, a blank to fill in ("권△△", "권〇〇", "Kwon ___"); not "?": a letter an encoding lost.
 */
const MASK_SYMBOLS = /[*＊○◯●◎〇□■◇◆△▲▽▼☆★×✕…]|__/u;
/**
 * A Hangul jamo beside a syllable: the initial consonant (초성) typed for a syllable withheld, "권ㅁㅈ", "권 ㅁㅈ", "권민ㅈ"
 * (either jamo block: NFKC makes the keyboard's compatibility jamo conjoining). A name of jamo alone is no name at all
 * (validate/placeholder-name.ts).
 */
const JAMO = /[\u1100-\u11FF\u3131-\u318E]/u;
const SYLLABLE = /[\uAC00-\uD7A3]/u;
/** 某 ("a certain") after a family name in Han or Hangul: the Chinese mask of a given name, "李某", "李某某", "권某". */
const SOMEONE_MASKED = /^[\p{Script=Han}\p{Script=Hangul}]{1,2}\s*某{1,2}$/u;
/** A name's last word only a dash or underscores, or a letter with one after it: the rest withheld ("권 -", "María S-"). */
const DASHED_END = /(?:^|\s)\p{L}?[-‐‑–—_]+$/u;
/** A Korean family name followed by stand-ins for the given name: 김OO, 이 OO, 박 ㅇㅇ (either jamo block), 김XX. */
const HANGUL_MASKED = /^\p{Script=Hangul}\s*(?:[Oo0Xxㅇᄋ]{1,3})$/u;
/** A Korean family name with an honorific instead of the given name: 김 씨, 최씨, 이 님, 박 양, 정 군. */
const HANGUL_HONORIFIC = /^\p{Script=Hangul}\s*(?:씨|님|양|군|氏)$/u;
/** One letter, maybe with a full stop or hyphen between initials ("M.-J."): an initial. */
const INITIAL = /^(?:\p{L}\.?-?){1,2}\.?$/u;
/** Initials typed together ("Y.K.", "JS" in capitals without a vowel). */
const JOINED_INITIALS = /^(?:\p{L}\.){2,3}$|^[B-DF-HJ-NP-TV-XZ]{2,3}$/u;

/** Every mask holds a full stop, a mask symbol or a word of at most three characters: most names skip the reading. */
const MAY_BE_MASKED = /[.*＊○◯●◎〇□■◇◆△▲▽▼☆★×✕…_\-‐‑–—某\u1100-\u11FF\u3131-\u318E]|(?:^|\s)\S{1,3}(?=\s|$)/;

export function isMaskedName(name: string): boolean {
  if (!MAY_BE_MASKED.test(name)) return false;
  const text = name.trim();
  if (text === '' || !/\p{L}/u.test(text)) return false;
  if (MASK_SYMBOLS.test(text) || HANGUL_MASKED.test(text) || HANGUL_HONORIFIC.test(text)) return true;
  if ((JAMO.test(text) && SYLLABLE.test(text)) || SOMEONE_MASKED.test(text) || DASHED_END.test(text)) return true;
  const words = text.split(/\s+/u);
  if (words.length === 1) return JOINED_INITIALS.test(text) || (INITIAL.test(text) && text.endsWith('.'));
  const titled = TITLES.has(words[0].toLowerCase().replace(/\.$/u, ''));
  const rest = titled ? words.slice(1) : words;
  // "Mrs Smith", "Dr. H.": a form of address and one word; "J. S.", "Kari N.", "Park M.": the last word an initial.
  if (titled && rest.length === 1) return true;
  return rest.length > 0 && isInitial(rest[rest.length - 1]);
}

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word) || (INITIAL.test(word) && word.includes('.'));
}
