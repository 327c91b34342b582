// What one header means on its own: a canonical field (maybe inverted), a known column to ignore, or unknown.
import type { CanonicalField } from '../types.js';
import { FIELD_ALIASES, IGNORED_HEADERS, IGNORED_PHRASES, INVERTED_ANONYMOUS_ALIASES, LIST_HEADERS, NAME_HALF_ALIASES } from './header-aliases.js';
import { headerKey, headerWords, plainHeader } from './header-key.js';
import { headerAsksToShowName, headerSpeaksOfAnonymity } from '../normalize/anonymity-words.js';
import { namePolarity, type NamePolarity } from './name-display.js';
import { consentNegation } from './consent-negation.js';
import { AdaptiveMemo } from '../normalize/adaptive-memo.js';

export type HeaderClass =
  | {
      kind: 'field';
      field: CanonicalField;
      /** A "Visible"/"public" column: mapped to `anonymous` with its yes/no flipped. */
      inverted: boolean;
      /** 'exact' when the whole header is an alias, 'phrase' when an alias was found inside a longer header. */
      match: 'exact' | 'phrase';
      /** Set for words like "Nombre" that mean this half of the name when the other half has its own column. */
      halfOf?: 'given' | 'family';
    }
  | { kind: 'ignored'; reason: string }
  | { kind: 'unknown' };

interface FieldEntry {
  field: CanonicalField;
  inverted: boolean;
}

const FIELD_BY_KEY = new Map<string, FieldEntry>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as Array<[CanonicalField, readonly string[]]>) {
  for (const alias of aliases) addFirst(FIELD_BY_KEY, headerKey(alias), { field, inverted: false });
}
for (const alias of INVERTED_ANONYMOUS_ALIASES) addFirst(FIELD_BY_KEY, headerKey(alias), { field: 'anonymous', inverted: true });

const IGNORED_BY_KEY = new Map<string, string>();
for (const [reason, headers] of Object.entries(IGNORED_HEADERS)) {
  for (const header of headers) addFirst(IGNORED_BY_KEY, headerKey(header), reason);
}
const IGNORED_PHRASE_KEYS = new Set(IGNORED_PHRASES.map(headerKey));
const HALF_BY_KEY = new Map(NAME_HALF_ALIASES.map(({ alias, half }) => [headerKey(alias), half]));
/** No phrase longer than the longest known key can match one: this keeps a header of thousands of words linear. */
const MAX_KEY_LENGTH = Math.max(...[...FIELD_BY_KEY.keys(), ...IGNORED_BY_KEY.keys(), ...IGNORED_PHRASE_KEYS].map((key) => key.length));

/** The slot of an ASCII letter or digit in KEY_TRIE (a letter of either case is its lower case); -1 for other ASCII. */
const TRIE_SLOT = Int8Array.from({ length: 128 }, (_, code) => {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  if (code >= 65 && code <= 90) return code - 65 + 10;
  return -1;
});
const TRIE_WIDTH = 36;

/**
 * The ASCII starts of the known header keys (isKnownHeaderName), as a trie over letters and digits: node 0 is the
 * root, next[node * 36 + slot] the node after one more character (0: no key goes on so), whole[node] 1 where a
 * whole key ends. A key's first character beyond ASCII ends its path: cells reaching that far are folded.
 */
const KEY_TRIE = ((): { next: Int32Array; whole: Uint8Array } => {
  const next: number[] = [];
  const whole: number[] = [0];
  next.length = TRIE_WIDTH;
  next.fill(0);
  for (const key of [...FIELD_BY_KEY.keys(), ...IGNORED_BY_KEY.keys()]) {
    let node = 0;
    let ascii = true;
    for (const char of key) {
      const code = char.charCodeAt(0);
      const slot = code < 128 ? TRIE_SLOT[code] : -1;
      if (slot < 0) {
        ascii = false;
        break;
      }
      let child = next[node * TRIE_WIDTH + slot];
      if (child === 0) {
        child = whole.length;
        whole.push(0);
        for (let s = 0; s < TRIE_WIDTH; s++) next.push(0);
        next[node * TRIE_WIDTH + slot] = child;
      }
      node = child;
    }
    if (ascii) whole[node] = 1;
  }
  return { next: Int32Array.from(next), whole: Uint8Array.from(whole) };
})();

/**
 * Aliases that are safe as a whole header but too common as a word inside a longer one
 * ("Last updated" is no family name, "State of the campaign" no region).
 */
const NOT_A_PHRASE = new Set(
  ['first', 'last', 'signed', 'created', 'submitted', 'why', 'born', 'note', 'notes', 'mail', 'cell', 'land', 'ort', 'nom',
    'state', 'staat', 'estado', 'private', 'public', 'visible', 'hide', 'privat', 'privado', 'privada', 'prive', 'privee', 'publique', 'publico', 'postal', 'calle', 'rue', 'town', 'lang', 'locale',
    'mobile', 'handy', 'portable', 'region', 'number', 'nummer', 'numero', 'row', 'index', 'source', 'page', 'action', 'status',
    'url', 'tag', 'tags', 'labels', 'groups', 'signature', 'firma', 'petition', 'campaign', 'date', ...LIST_HEADERS].map(headerKey),
);

/**
 * "Display name?" asks whether to show the name; "Display name" without the question mark may be the name to show
 * itself, and stays unclear (read fail-closed).
 */
const SHOW_NAME_QUESTIONS = new Set(['display name', 'public name', 'show name on list', 'name displayed', 'name shown'].map(headerKey));
const QUESTION_MARK = /[?？]\s*$/u;

/** Folded words that negate what follows them ("don't" folds to "don t"). */
const NEGATIONS = new Set(['not', 'don', 'dont', 'never', 'no', 'nicht', 'kein', 'keine', 'nie', 'ne', 'non', 'niet', 'nunca']);
/**
 * Words that turn a consent wording into its opposite wherever they stand: "Publish without my name", "Publicar sin
 * nombre", "Ohne Namen veröffentlichen", "공개 X". A header that says both must never be read as consent: read the
 * other way, a tick would print the name of the signer who asked for it to be left out.
 */
const NEGATING_WORDS = new Set(['without', 'except', 'sin', 'sans', 'ohne', 'senza', 'sem', 'x', 'pas', 'refuse', 'refused', 'decline', 'declined']);
/** The same in scripts written without spaces between the parts of a word: 안 함, 않음, 거부, 불가, 원치, 없이, 빼고, 제외; 不, 无, 無, 非. */
const NEGATING_MORPHEMES = /(안\s*함|않|거부|불가|원치|없이|빼고|제외|금지|不|无|無|非|拒)/u;

/** A sub-phrase needs three letters (two for Hangul, whose syllables carry more) to count inside a longer header. */
function longEnoughForPhrase(key: string): boolean {
  return key.length >= 3 || (key.length === 2 && /\p{Script=Hangul}/u.test(key));
}

function addFirst<V>(map: Map<string, V>, key: string, value: V): void {
  if (key && !map.has(key)) map.set(key, value);
}

/** Classifies a header by its own words; the format layout and the other headers are the caller's business. */
export function classifyHeader(header: string): HeaderClass {
  if (QUESTION_MARK.test(header) && SHOW_NAME_QUESTIONS.has(headerKey(header))) return { kind: 'field', field: 'anonymous', inverted: true, match: 'exact' };
  const found = classifyWords(header);
  if (found.kind !== 'field' || found.field !== 'anonymous' || !found.inverted) return found;
  // A consent reading only from a header with no negation at all ("名前の公開を希望しない", "이름공개X").
  const negation = consentNegation(header);
  if (negation === 'hide') return { kind: 'field', field: 'anonymous', inverted: false, match: 'phrase' };
  if (negation === 'unclear') return { kind: 'ignored', reason: UNCLEAR_NAME_DISPLAY };
  return found;
}

function classifyWords(header: string): HeaderClass {
  const key = headerKey(header);
  if (!key) return /^[\s#№]*[#№][\s#№.]*$/u.test(header) ? { kind: 'ignored', reason: 'serial number' } : { kind: 'unknown' };

  const exact = FIELD_BY_KEY.get(key);
  if (exact) {
    const halfOf = HALF_BY_KEY.get(key);
    return halfOf ? { kind: 'field', ...exact, match: 'exact', halfOf } : { kind: 'field', ...exact, match: 'exact' };
  }
  const ignored = IGNORED_BY_KEY.get(key);
  if (ignored) return byNamePolarity(namePolarity(header)) ?? { kind: 'ignored', reason: ignored };
  const found = classifyByPhrase(headerWords(header));
  if (overruledByPolarity(found)) return byNamePolarity(namePolarity(header)) ?? talkOfShowingName(header, found);
  return talkOfShowingName(header, found);
}

/** Fields a longer header names in passing: "No mostrar apellido" is no surname column, "Nie publikować…" no Spanish NIE. */
const NAMED_IN_PASSING = new Set<CanonicalField>(['name', 'given', 'family', 'id_number']);

/**
 * A name or ID word found inside a header that speaks of showing, hiding or publishing a name ("Hide surname",
 * "Nie umieszczać na liście") is a question about the list, in words the reader can't settle: unread, and read
 * fail-closed (src/formats/unread-anonymity.ts), never a column of names or IDs whose "yes" prints the signer.
 */
function talkOfShowingName(header: string, found: HeaderClass): HeaderClass {
  if (found.kind !== 'field' || found.match === 'exact' || !NAMED_IN_PASSING.has(found.field)) return found;
  // Showing words alone stay a name column ("Name (as shown on your ID)"); negated or withheld, they ask about the list.
  const negated = headerWords(header).some((word) => NEGATIONS.has(word) || /^withh[eo]ld/u.test(word));
  const speaks = headerSpeaksOfAnonymity(plainHeader(header), header) || (negated && headerAsksToShowName(header));
  return speaks ? { kind: 'ignored', reason: UNCLEAR_NAME_DISPLAY } : found;
}

/**
 * The reason given for a column about privacy or showing the name whose yes could mean either ("visibility",
 * "Datenschutz", "Name display setting"): reported as unread, and read fail-closed (src/formats/unread-anonymity.ts).
 */
export const UNCLEAR_NAME_DISPLAY = 'privacy or name display, direction unclear';

/**
 * Whether a phrase match gives way to what the header says about showing the name: a name word found inside
 * "이름 표시" or "Name shown" is no second name column, "Datenschutz" no consent question, and a "show" reading
 * found inside a longer header must agree with the whole header's direction. A hiding reading and any other
 * field ("Private email", "Comment (shown publicly)") stand.
 */
function overruledByPolarity(found: HeaderClass): boolean {
  if (found.kind !== 'field') return true;
  if (found.field === 'anonymous') return found.inverted;
  return found.field === 'name' || found.field === 'given' || found.field === 'family';
}

function byNamePolarity(polarity: NamePolarity | null): HeaderClass | undefined {
  if (polarity === null) return undefined;
  if (polarity === 'unclear') return { kind: 'ignored', reason: UNCLEAR_NAME_DISPLAY };
  return { kind: 'field', field: 'anonymous', inverted: polarity === 'show', match: 'phrase' };
}

/**
 * Looks for an alias made of consecutive words of a longer header ("What is your email address?").
 * An anonymity wording wins over a consent wording ("I agree that my name is shown publicly"), a consent
 * wording over any field ("Send me email updates"), and otherwise the longest alias found wins.
 */
function classifyByPhrase(words: string[]): HeaderClass {
  let best: { entry: FieldEntry; length: number } | undefined;
  let bestIgnored: { reason: string; length: number } | undefined;
  let anonymity: { entry: FieldEntry; length: number; start: number } | undefined;
  let comment: FieldEntry | undefined;
  let consent = false;
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let end = start; end < words.length; end++) {
      key += words[end];
      if (key.length > MAX_KEY_LENGTH) break;
      if (IGNORED_PHRASE_KEYS.has(key)) consent = true;
      if (start === 0 && end === words.length - 1) break; // the whole header was already tried as an exact alias
      if (!longEnoughForPhrase(key) || NOT_A_PHRASE.has(key)) continue;
      const entry = FIELD_BY_KEY.get(key);
      if (entry) {
        if (entry.field === 'comment') comment = entry;
        if (entry.field === 'anonymous' && (!anonymity || key.length > anonymity.length)) anonymity = { entry, length: key.length, start };
        if (!best || key.length > best.length) best = { entry, length: key.length };
      }
      const reason = IGNORED_BY_KEY.get(key);
      if (reason && (!bestIgnored || key.length > bestIgnored.length)) bestIgnored = { reason, length: key.length };
    }
  }
  if (anonymity) {
    // "Do not show my name publicly" negates a show-my-name wording: it asks for anonymity outright.
    const negated = anonymity.entry.inverted && (words.slice(0, anonymity.start).some((word) => NEGATIONS.has(word))
      || words.some((word) => NEGATING_WORDS.has(word)) || NEGATING_MORPHEMES.test(words.join(' ')));
    // "Comment (shown publicly)" says where the comment goes: it is the comment, not a yes/no about the name.
    if (comment && anonymity.entry.inverted && !negated) return { kind: 'field', ...comment, match: 'phrase' };
    return { kind: 'field', field: 'anonymous', inverted: anonymity.entry.inverted && !negated, match: 'phrase' };
  }
  if (consent) return { kind: 'ignored', reason: 'opt-in or consent' };
  if (best && (!bestIgnored || best.length >= bestIgnored.length)) return { kind: 'field', ...best.entry, match: 'phrase' };
  if (bestIgnored) return { kind: 'ignored', reason: bestIgnored.reason };
  return { kind: 'unknown' };
}

/**
 * True when the whole cell is a header the detector knows (any alias of any field, or a known column to ignore):
 * a row of these is a header typed again, whatever its language or order. A long cell is no header: skipped unfolded.
 */
export function isKnownHeaderName(cell: string): boolean {
  if (cell.length > 4 * MAX_KEY_LENGTH) return false;
  // Asked of the first cells of every record: most are names and emails, told apart by their ASCII start alone,
  // without folding (folding every name and email was a fifth of `count --exact`). An ASCII character folds to
  // itself lower case, or to a separator the key drops, so the key starts with the ASCII start's letters and
  // digits: they are followed down KEY_TRIE, and a cell leaves it at the first one no known key has there.
  let node = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code >= 128) return knownBeyondAscii.get(cell);
    const slot = TRIE_SLOT[code];
    if (slot < 0) continue;
    node = KEY_TRIE.next[node * TRIE_WIDTH + slot];
    if (node === 0) return false;
  }
  return KEY_TRIE.whole[node] === 1;
}

function isKnownKey(key: string): boolean {
  return FIELD_BY_KEY.has(key) || IGNORED_BY_KEY.has(key);
}

/**
 * Cells that reach a character beyond ASCII on the trie, remembered (AdaptiveMemo): names in Hangul, Cyrillic or Han
 * repeat down a file, and folding each was a tenth of count --exact.
 */
const knownBeyondAscii = new AdaptiveMemo((cell: string) => isKnownKey(headerKey(cell)), 10_000);

/** True for a column whose yes means "show my name": the record mapper flips it into `anonymous`. */
export function isInvertedAnonymousHeader(header: string): boolean {
  const found = classifyHeader(header);
  return found.kind === 'field' && found.inverted;
}
