// What a name cell says about its signer's anonymity: a note asking for it ("김철수 (비공개)", "(익명) 김차연",
// "Dee Oh no publicar"), or nothing but the anonymity words ("익명", "Anonymous (North Korea)").
import { commentAsksAnonymity, sentenceAsksAnonymity } from './comment-asks-anonymity.js';
import { CJK, COMBINING_MARK, FILLER_WORDS, NOTE_NAME_WORD, SIGNATURE_WORDS, STRONG_NOTE, TRAILING_WEAK_NOTE, WEAK_NOTE, foldWords, mayHoldLanguageNote, onlyFillerWords, withMarksAsWords } from './anonymity-words.js';
import { confusableSkeleton } from './confusable-skeleton.js';
import { isPlausiblePersonName } from './plausible-name.js';
import { givesSafetyReason } from './safety-reason.js';
import { nameHoldsContact, nameWithoutContact } from './contact-in-place.js';

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
const ONLY_WEAK = new RegExp(`^(?:(?:${TRAILING_WEAK_NOTE}|privat|not (?:shown|listed|public|published|displayed))(?: |$))+$`, 'u');
/**
 * A whole cell that declines to give a name (outside tester G, F4): "Prefer not to say", "Keine Angabe", "Name not
 * given", "N/A", "(none)", "anon", "Geheim", in the languages of our signers. The signer gave no name, so none is
 * printed and their row merges by email with the named one, as "Anonymous" does; placeholders among them ("N/A",
 * "none") are still rejected as no name by validate/placeholder-name.ts, and their wish carried by email.
 */
const DECLINED = new RegExp(`^(?:${[
  // The cell as its pieces fold: "N/A", "n.a." and "#N/A" are "n a" ("Na" is a name).
  'n a', 'none', 'nil', 'geheim', 'nameless', 'unnamed', 'noname',
  "(?:(?:i )?(?:would|'d) )?(?:prefer(?:red)?|rather) not (?:to )?(?:say|answer|give|disclose|share|tell)(?: (?:it|my name))?",
  'declined?(?: to (?:say|answer|give|disclose))?', '(?:name )?not (?:given|provided|stated|disclosed|specified|supplied)', 'no name(?: (?:given|provided|stated))?',
  'keine angaben?', 'ohne angaben?', 'nicht angegeben', 'mochte ich nicht (?:sagen|angeben)', 'keine? namen?(?: angegeben)?',
  'prefiero no (?:decir|decirlo|dar(?:lo)?|contestar|responder|darlo)', 'no (?:especificado|indicado|proporcionado|facilitado)', 'sin especificar',
  "(?:je )?prefere ne pas (?:dire|repondre|le dire)", 'non (?:communique|renseigne|precise|indique|specificato|indicato|fornito)',
  'preferisco non (?:dire|rispondere|dirlo)', 'prefiro nao (?:dizer|responder|informar)', 'nao (?:informado|informar)',
  'belirtmek istemiyorum', 'belirtilmemis', 'zeg ik liever niet', 'liever niet', 'wil ik niet zeggen', 'niet opgegeven',
  'не указано', 'не указан', 'предпочитаю не (?:говорить|указывать)',
  // "Nameless", "no name" as Korean, Chinese and Japanese signers write it; "이름없음" is a volunteer's placeholder too.
  '무명', '무기명', '이름 ?없음', '無名', '无名', '名無し', '無記名',
].join('|')})$`, 'u');
/**
 * A whole cell of a word that hides ("Anon", "ANON", "Hidden", "Secret", "Redacted", "Geheim", "Oculto"), maybe
 * numbered ("Anon 2") or typed twice, is a refusal, not a name (verifyQ H2): read as a given name, it made the
 * same email's full name a second person of a household, counted twice and printed. "Anon" alone is a Thai given
 * name too; its signer is then shown as anonymous, counted once, which costs less than printing a name someone
 * withheld. After a name ("Anon Suksai", "Pat Hidden") the word stays a name; "Hide" alone is a Japanese name.
 */
const REFUSAL_WORDS = 'anon|hidden|secret|secreto|secreta|segreto|segreta|redacted|oculto|oculta|nascosto|nascosta|versteckt|verborgen|cache|masque|скрыто|секретно|засекречено';
const WHOLE_REFUSAL = new RegExp(`^(?:(?:${REFUSAL_WORDS})(?: |$))+$`, 'u');
/**
 * Words that hide, or say the name is unknown or made up, in the languages of our signers (verifyR2 F1: "Undisclosed",
 * "Скрыть", "Skrytý", "Ukryty", "Άγνωστος", "Nepoznat", "비밀", "숨김", "가명"), folded as foldWords folds them. A cell
 * of these with only filler or signature words, initials, or the language table's note words that are names too
 * ("Gizli Kişi", "Ukryty Podpis", "Secret signer", "Hidden name", "Anon Y.") names nobody; beside a name ("Pat Hidden")
 * they are a name's part.
 */
const HIDING_WORD = new RegExp(`^(?:${[
  REFUSAL_WORDS, 'undisclosed', 'unrevealed', 'withheld', 'concealed', 'pseudonym\\p{L}*',
  'скры\\p{L}*', 'укры\\p{L}*', 'псевдоним\\p{L}*', 'неизвестн\\p{L}*', 'skryt\\p{L}*', 'ukryt\\p{L}*', 'prywatn\\p{L}*', 'nieznan\\p{L}*',
  'neznam\\p{L}*', 'nepoznat\\p{L}*', 'αγνωστ\\p{L}*', 'κρυφ\\p{L}*', 'desconocid[oa]', 'sconosciut[oa]', 'inconnue?', 'bilinmeyen', 'gizli',
  '비밀', '숨김', '숨겨짐', '가명', '무명씨?', '미상', '秘密', '匿名者',
].join('|')})$`, 'u');
/** What a number typed after a hiding word leaves of the cell: "Anon 2", "익명1", "Hidden #3" are numbered refusals. */
const TRAILING_NUMBER = /(?<=\p{L})\s*#?\p{Nd}+$/u;
/** Forms of address that name nobody: "Mr. Anonymous", "Ms Anonymous", "Frau Anonym" say no more than "Anonymous". */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madam', 'herr', 'frau', 'sr', 'sra', 'srta', 'don', 'dona', 'm', 'mme', 'mlle', 'monsieur',
  'madame', 'sig', 'signor', 'signora', 'pan', 'pani', 'gospodin', 'господин', 'госпожа',
]);

/**
 * What a request says besides its anonymity words ("Keep me anonymous please", "Anonym bleiben", "Ich möchte anonym
 * bleiben"): the words of a sentence, no one's name. A cell left with only these once its note is off names nobody.
 */
const REQUEST_WORDS = new Set([
  'i', 'me', 'my', 'myself', "i'd", "i'm", 'im', 'am', 'be', 'being', 'to', 'keep', 'stay', 'remain', 'want', 'wish', 'would', 'like', 'prefer', 'rather',
  'please', 'pls', 'plz', 'let', 'leave', 'sign', 'signed', 'as', 'go', 'will', 'thanks', 'thank', 'you', 'it', 'is', 'fine', 'only',
  'ich', 'mich', 'mein', 'meinen', 'bleiben', 'bleibe', 'mochte', 'sein', 'als', 'lassen', 'bitte', 'gerne', 'gern', 'unterschreiben', 'danke',
  'quiero', 'deseo', 'prefiero', 'permanecer', 'quedar', 'quedarme', 'seguir', 'ser', 'mantener', 'mantenerme', 'como', 'firmar', 'firmo', 'yo', 'gracias',
  'je', 'moi', 'veux', 'souhaite', 'prefere', 'rester', 'reste', 'etre', 'garder', 'signer', 'signe', 'comme', 'merci', 'voudrais',
  'voglio', 'vorrei', 'preferisco', 'restare', 'rimanere', 'essere', 'io', 'firmare', 'grazie',
  'quero', 'prefiro', 'gostaria', 'ficar', 'eu', 'assinar', 'obrigado', 'obrigada',
  'ik', 'wil', 'blijven', 'blijf', 'graag', 'liever', 'teken', 'tekenen', 'zijn',
  'kalmak', 'istiyorum', 'olmak', 'olarak', 'lutfen', 'kalayim', 'imzaliyorum',
  'я', 'хочу', 'остаться', 'быть', 'прошу', 'пожалуйста', 'подписываю',
].map((word) => foldWords(word))); // as the cell's words are folded: "пожалуйста" is "пожалуиста" there
/** A name has at most this many words ("María José García de la Fuente"); a cell with a note and more is a sentence. */
const MAX_NAME_WORDS = 6;
/**
 * Any note holds one of these, lower-cased as typed (accented and full-width letters, marks): most names hold
 * none, and skip the fold and the closer reading. Without the i and u flags: they made this test 7 µs a name.
 */
const MAY_HOLD_NOTE = /an+[oóô]n|versteck|verborg|cach|masqu|segret|секрет|засекреч|비공개|익명|공개|이름|실명|성명|본명|신원|신상|명의|priv|confid|vertraul|hid|secret|geheim|withh|sigil|riserv|reserv|ocult|nascost|unlist|not|n['’]t|dont|never|\bno\b|n[aã]o|nicht|keinesfalls|\bpas\b|\bnon\b|\bsin\b|\bsem\b|sans|senza|ohne|omit|redact|conceal|mask|remove|keep|匿名|公開|公开|名前|氏名|実名|名字|姓名|显示|顯示|隐藏|隱藏|保密|伏せ|namen?\b|prefer|rather|[\uff01-\uff5e]|nym|비공|공게|익[마-밓]|[ẩẨ]n|an danh|an ten|khong|không|đừng|itago|huwag|[\u0600-\u06ff]|аноним|не |скры|\uD83D[\uDE48\uDD12\uDD10]|n\/a|n\.a|none|nil|angabe|angegeben|given|provided|stated|disclos|specif|supplied|nameless|unnamed|noname|declin|indicad|proporcion|facilitad|communiqu|renseign|precis|indiqu|indicat|fornit|informa|belirt|liever|zeg|opgegeven|указ|предпоч|niet|anoniem|isim|ad[iı]m|yay[iı]n|무명|무기명|없음|無名|无名|名無|無記名/;
/** Whether a text holds a word a name cell's note may be made of (MAY_HOLD_NOTE): the cheap check before reading it. */
export function mayHoldNameNote(text: string): boolean {
  return MAY_HOLD_NOTE.test(text.toLowerCase());
}
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
  if (cell === '') return { name: cell, noted: false, onlyAnonymity: false };
  // Lookalike letters, emoji and spaced-out letters are folded for reading only (verifyR2 F1): a cell they hide a
  // request in names nobody; any other cell is read as typed, so a name keeps its letters.
  const folded = foldedForReading(cell);
  if (folded !== cell && readCell(folded).onlyAnonymity) return { name: cell, noted: false, onlyAnonymity: true };
  const reading = readCell(cell);
  return reading.noted && onlyAnonymityBesideContact(cell) ? { name: cell, noted: false, onlyAnonymity: true } : reading;
}

/**
 * A request with contact data beside it and no name ("Anonymous jane@x.com", "익명 카톡 abc123", "비공개 kakao: abc"):
 * a signer without a name, as "익명 010-1234-5678" is (verifyS2 F10). Read as the name, the contact data rejected
 * the row; the normalizer cuts it with its own warning and the request is left.
 */
function onlyAnonymityBesideContact(cell: string): boolean {
  if (!nameHoldsContact(cell)) return false;
  const kept = nameWithoutContact(cell);
  return kept !== cell && /\p{L}/u.test(kept) && readCell(kept).onlyAnonymity;
}

function readCell(cell: string): NameCellReading {
  const plain = { name: cell, noted: false, onlyAnonymity: false };
  const only = { name: cell, noted: false, onlyAnonymity: true };
  if (cell === '') return plain;
  // A reason given instead of a name ("탈북민", "Family in North Korea", "신변 위협"): the signer is at risk if named.
  if (givesSafetyReason(cell)) return only;
  const mark = MARK_AFTER_NAME.exec(cell) ?? BI_AFTER_NAME.exec(cell);
  const named = mark ? cell.slice(0, mark.index) : '';
  if (mark && (mark[0].includes('비') ? /\p{Script=Hangul}/u : /\p{L}/u).test(named)) {
    const inner = readCell(named);
    return inner.onlyAnonymity ? inner : { name: inner.name, noted: true, onlyAnonymity: false };
  }
  const lower = cell.toLowerCase();
  if (!MAY_HOLD_NOTE.test(lower) && !MAY_HIDE.test(lower) && !COMBINING_MARK.test(cell) && !STAND_IN_WORDS.has(lower.trim()) && !mayHoldLanguageNote(cell)) return plain;
  const text = withMarksAsWords(cell.normalize('NFKC')).trim().replace(TRAILING_NUMBER, '');
  const pieces = piecesOf(text);
  const whole = pieces.map((piece) => piece.folded).join(' ');
  if (ONLY_WEAK.test(whole) || DECLINED.test(whole.replace(/[.\s]+$/u, '')) || WHOLE_REFUSAL.test(whole) || onlyHidingWords(whole) || isStandIn(text)) return only;
  if (requestBesideReason(text, pieces)) return only;
  const notes = notePieces(text, pieces);
  // A sentence asking not to be named with no anonymity word of a name note in it ("No quiero dar mi nombre").
  if (notes.length === 0) return isRequestSentence(text) ? only : plain;
  const rest = withoutPieces(text, notes);
  const outside = withoutPieces(rest, piecesOf(rest).filter((piece) => piece.bracket));
  if (!/\p{L}/u.test(outside) || onlyFillerWords(foldWords(outside)) || onlyTitles(outside) || isSentence(outside)) return only;
  return { name: rest, noted: true, onlyAnonymity: false };
}

/**
 * A cross or check typed after a name ("김성수 ✗", "Ann Lee ✓", "Bo (✗)") is a tick, not a letter (verifyS2 F14): read as
 * the anonymity column reads it, it hides the name and is reported, never printed as an "X".
 */
const MARK_AFTER_NAME = /[\s,;:/-]*[([（［]?\s*[✗✘❌❎✕✖☓╳✓✔☑☒✅\u{1F5F8}\u{1F5F9}]\uFE0F?\s*[)\]）］]?$/u;
/** "김석수(비)": 비 is 비공개 cut short, after a Korean name in brackets (verifyS2 F14). */
const BI_AFTER_NAME = /\s*[([（［]\s*비\s*[)\]）］]$/u;

/** Emoji and their modifiers: no name holds one ("Anonymous🙏"). 🙈 🔒 are read as "anonymous" before they go. */
const PICTOGRAPHS = /(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D)+/gu;
const PLAIN_ASCII = /^[\x20-\x2e\x30-\x7e]*$/;
/** Emoji (surrogates, dingbats, selectors), a slash, or a letter spaced from the next: what the fold may change. */
const MAY_NEED_FOLD = /[\u{10000}-\u{10ffff}\u2600-\u27bf/]|\ufe0f|\u200d|^\S \S /u;
const LATIN = /[A-Za-z]/;
const CYRILLIC_OR_GREEK = /[\u0370-\u052f]/;
/** Four or more single letters with a space between each: a word spaced out ("A n o n y m o u s"). */
const SPACED_LETTERS = /^(?:\p{L} ){3,}\p{L}$/u;
/** A gender ending typed after a slash ("Anónimo/a", "Anonym/e"): one word for either reader. */
const GENDER_ENDING = /(?<=\p{L})\/(?:a|o|e|x|as|os|in|r)(?![\p{L}])/gu;

/** The cell with lookalike letters in the script of the word's other letters, emoji off and spaced letters joined. */
function foldedForReading(cell: string): string {
  // Printable ASCII holds no lookalike, emoji or mark, and a name in one script no lookalike: most names skip the replacements.
  if (PLAIN_ASCII.test(cell)) return SPACED_LETTERS.test(cell) ? cell.replace(/ /gu, '') : cell;
  if (!MAY_NEED_FOLD.test(cell) && !(LATIN.test(cell) && CYRILLIC_OR_GREEK.test(cell))) return cell;
  const text = confusableSkeleton(withMarksAsWords(cell).replace(PICTOGRAPHS, ' ').replace(GENDER_ENDING, '')).replace(/\s+/gu, ' ').trim();
  return SPACED_LETTERS.test(text) ? text.replace(/ /gu, '') : text;
}

/**
 * Whether a folded cell is only words that hide (HIDING_WORD, or a note word that is a name too: "gizli", "비밀"), with
 * filler or signature words and initials: "Secret signer", "Gizli Kişi", "Ukryty Podpis", "Anon Y.", "Hidden name".
 */
function onlyHidingWords(whole: string): boolean {
  const words = whole.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
  let hiding = 0;
  for (const word of words) {
    if (HIDING_WORD.test(word) || NOTE_NAME_WORD.test(word)) hiding++;
    else if (!FILLER_WORDS.has(word) && !SIGNATURE_WORDS.has(word) && [...word].length > 1) return false;
  }
  return hiding > 0;
}

/**
 * Stand-ins for a name that name nobody (verifyR2 F1): "Guest", "Somebody", "Supporter", a title with only "X" ("Mr X"),
 * and a phrase an article or "someone" begins, of words typed in lower case ("A concerned citizen", "A friend",
 * "Someone who cares"). "A Smith" (an initial and a name) and "Guest Smith" stay names.
 */
function isStandIn(text: string): boolean {
  const typed = text.split(/[\s.,;:!?]+/u).filter((word) => word !== '');
  if (typed.length === 0) return false;
  const words = typed.map((word) => foldWords(word));
  if (words.length === 1) return STAND_IN_WORDS.has(words[0]);
  if (words.every((word, i) => (i === words.length - 1 ? word === 'x' : TITLES.has(word)))) return true;
  return STAND_IN_OPENERS.has(words[0]) && typed.slice(1).every((word) => !/\p{Lu}/u.test(word) && /\p{Ll}/u.test(word));
}
/** One-word stand-ins in the languages of our signers, folded. */
const STAND_IN_WORDS = new Set([
  'gość', 'unterstützer', 'invité', 'кто-то', 'quelqu’un',
  'guest', 'visitor', 'supporter', 'someone', 'somebody', 'anyone', 'anybody', 'citizen', 'gast', 'jemand', 'unterstutzer', 'invitado', 'invitada',
  'alguien', 'simpatizante', 'invite', 'invitee', 'quelquun', "quelqu'un", 'ospite', 'qualcuno', 'gosc', 'ktos', 'misafir', 'birisi', 'гость', 'ктото',
  'кто-то', 'некто', 'сторонник', '손님', '누군가', '지지자', '시민', 'ゲスト', '某人', '访客',
]);
/** Words a phrase standing in for a name begins with: an article, "some", "someone", "just". */
const STAND_IN_OPENERS = new Set(['a', 'an', 'the', 'some', 'someone', 'somebody', 'just', 'one', 'un', 'una', 'une', 'uno', 'ein', 'eine', 'einer']);
/** Any stand-in phrase or HIDING_WORD not caught by MAY_HOLD_NOTE holds one of these, lower-cased as typed. */
const MAY_HIDE = /^(?:a|an|the|some|someone|somebody|just|one|un|una|une|uno|ein|eine|einer) |\bx\.?$|숨|가명|미상|skry|ukry|γνωστ|nepoznat|неизвест|nieznan|neznám|neznam|desconoc|inconnu|sconosciut|bilinmeyen|秘密/;

/**
 * Words that begin a reason given for a request (verifyR2 F1): "Anonymous for safety", "Anónimo por seguridad", "Name
 * withheld for safety reasons"; in Korean the reason comes first and ends with one ("북한 가족 때문에 비공개").
 */
const REASON_OPENERS = new Set(['for', 'because', 'due', 'since', 'por', 'porque', 'para', 'pour', 'parce', 'wegen', 'weil', 'perche', 'dla', 'icin', 'için', 'из-за', 'ради', 'потому', 'kvuli', 'vi']);
const REASON_CLOSERS = /(?:때문에|때문|위해서?|위하여|관계로|사정으로|우려로|이유로|탓에)$/u;

/**
 * A request followed (or, in Korean, preceded) by its reason, or with a remark in brackets: the request read alone
 * names nobody, so the cell does ("Withheld (family in NK)", "Anonymous for safety", "북한 가족 때문에 비공개").
 */
function requestBesideReason(text: string, pieces: Piece[]): boolean {
  const bracketed = pieces.some((piece) => piece.bracket);
  if (bracketed) {
    const outside = withoutPieces(text, pieces.filter((piece) => piece.bracket));
    if (/\p{L}/u.test(outside) && readCell(outside).onlyAnonymity) return true;
  }
  const words = pieces.filter((piece) => !piece.bracket);
  const opener = words.findIndex((word, i) => i > 0 && REASON_OPENERS.has(word.folded));
  if (opener > 0 && readCell(text.slice(0, words[opener].start).trim()).onlyAnonymity) return true;
  const closer = words.findLastIndex((word) => REASON_CLOSERS.test(word.folded));
  return closer >= 0 && closer < words.length - 1 && readCell(text.slice(words[closer].end).trim()).onlyAnonymity;
}

/**
 * Whether a cell is only a word that hides and is a name part too ("Anon", "Hidden"): in a first or last name column
 * beside a name it is that name's part ("Anon" + "Suksai"), as "Tom Anon" in one cell is a name.
 */
export function isHidingWordAlone(cell: string): boolean {
  const whole = piecesOf(cell.normalize('NFKC').trim().replace(TRAILING_NUMBER, '')).map((piece) => piece.folded).join(' ');
  return WHOLE_REFUSAL.test(whole) || (!whole.includes(' ') && (HIDING_WORD.test(whole) || NOTE_NAME_WORD.test(whole)));
}

/** Whether what is left of a cell is only forms of address ("Mr.", "Ms", "Frau"): no name. */
function onlyTitles(rest: string): boolean {
  const words = foldedWordsOf(rest);
  return words.length > 0 && words.every((word) => TITLES.has(word));
}

/** The words of a name cell, folded ("Keep me" → keep, me). */
function foldedWordsOf(text: string): string[] {
  return foldWords(text).split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
}

/**
 * What is left of a cell once its note is off is the rest of a sentence, not a name: only a request's words
 * ("Keep me", "bleiben", "Ich möchte"), or more words than a name has. "Anna Keep" keeps a word no request has.
 */
function isSentence(rest: string): boolean {
  const words = foldedWordsOf(rest);
  return words.length > 0 && (words.every((word) => REQUEST_WORDS.has(word)) || words.length > MAX_NAME_WORDS);
}

/**
 * A whole cell that is a request in words of its own, of three words or more with one a request's ("No quiero dar mi
 * nombre", "Please hide me"), or of words no name is made of: no two-word name is read as one.
 */
function isRequestSentence(text: string): boolean {
  const words = foldedWordsOf(text);
  const phrase = (words.length >= 3 && words.some((word) => REQUEST_WORDS.has(word) || FIRST_PERSON.has(word)))
    // Words that can be no one's name ("이름 공개 곤란", "Cannot disclose", "이름은 못 밝힘"): verifyS2 F3.
    || (words.length >= 2 && !isPlausiblePersonName(text));
  return phrase && sentenceAsksAnonymity(text);
}
/** Words of a speaker about their own name, in a request without an anonymity word ("mi nombre", "my name"). */
const FIRST_PERSON = new Set(['mi', 'mis', 'meu', 'mon', 'mio', 'mijn', 'adimi', 'adımı', 'ismimi', 'no', 'not', "don't", 'dont', 'nicht', 'niet', 'nao', 'ne', 'pas', 'non']);

/** The name without a note for "hide my name", and whether there was one. */
export function withoutAnonymityNote(cell: string): { name: string; asked: boolean } {
  const reading = readNameCell(cell);
  return reading.noted ? { name: reading.name, asked: true } : { name: cell, asked: false };
}

/**
 * Whoever writes only the anonymity words as their name ("익명", "Anonymous (North Korea)") asks not to be named;
 * printed as written, their line would pass for one the tool anonymised.
 */
/** Whether a whole cell declines to give a name ("N/A", "Prefer not to say"): in a comment box, no request. */
export function declinesName(cell: string): boolean {
  const whole = piecesOf(withMarksAsWords(cell.normalize('NFKC')).trim()).map((piece) => piece.folded).join(' ');
  return DECLINED.test(whole.replace(/[.\s]+$/u, ''));
}

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
      while (stop < text.length && !CLOSERS[text[stop]] && (!SEPARATOR.test(text[stop]) || WORD_SYMBOL.test(text[stop]) || joinsName(text, stop))) stop++;
      pieces.push({ start: at, end: stop, folded: foldWords(text.slice(at, stop)), bracket: false, setApart });
      setApart = false;
      at = stop;
    }
  }
  return pieces;
}

/** A hyphen between two letters joins one name ("Anonymous-Smith" is a family name, not a note: verifyR2 F11). */
function joinsName(text: string, at: number): boolean {
  return text[at] === '-' && /\p{L}/u.test(text[at - 1] ?? '') && /\p{L}/u.test(text[at + 1] ?? '');
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
    if (matches(WEAK, word.folded) && i > 0 && (word.setApart || (i === words.length - 1 && (TRAILING_WEAK.test(word.folded) || lowerAfterCapitals(text, words, i))))) {
      noteWords.add(word);
    }
  });
  const last = words.length - 1;
  if (last === 1 && pieces.length === 2 && noteWords.has(words[last]) && isOnlySurname(text, words, last)) noteWords.delete(words[last]);
  for (const word of words) {
    const glued = noteWords.has(word) ? null : GLUED_KOREAN.exec(word.folded) ?? GLUED_HAN.exec(word.folded);
    if (glued) notes.push({ ...word, start: word.start + glued[1].length });
  }
  return [...notes, ...noteWords];
}

/**
 * Note words that are family names too (verifyQ M4): Anonimo, Riservato and Incognito are Italian surnames, Privé and
 * Privat French, Anonim Polish and Turkish. Folded as foldWords folds them.
 */
const SURNAMES_TOO = new Set(['anonimo', 'anonim', 'riservato', 'incognito', 'prive', 'privat']);

/**
 * Whether the last word of a two-word cell, a note word that is also a surname, is this signer's family name: it
 * stands unbracketed and not set apart after one given name, so without it the row would have no family name, and
 * it is typed as a name is (not in lower case after a capitalised name: "Sofia anonimo" is a note). "Sofia Anonimo",
 * "Paul Privé" are names; "Sofia Rossi Anonimo", "Sofia (Anonimo)", "Sofia - Anonimo" hold a note.
 */
function isOnlySurname(text: string, words: Piece[], last: number): boolean {
  const word = words[last];
  return SURNAMES_TOO.has(word.folded) && !word.setApart && !lowerAfterCapitals(text, words, last);
}

/**
 * A weak word that is a surname too, typed in lower case at the end of a name written with capitals: "Yusuf Ak gizli",
 * "Bo Lee privat" are notes; "Ayşe Özel", "Edmond Privat" and "ayşe özel" are names (outside tester O, F3).
 */
function lowerAfterCapitals(text: string, words: Piece[], i: number): boolean {
  const typed = (piece: Piece): string => text.slice(piece.start, piece.end);
  return !/\p{Lu}/u.test(typed(words[i])) && /\p{Ll}/u.test(typed(words[i])) && words.slice(0, i).some((piece) => /\p{Lu}/u.test(typed(piece)));
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
