// Masks personal contact data wherever the tool shows a row to a person (inspect, explain, review, messages).
import { nameHoldsContact, nameWithoutContact, screenCity, withSpelledEmails } from '../normalize/contact-in-place.js';

/**
 * What no address holds: spaces, unassigned code points, lone surrogates. A cell with one after "@" (rows run together
 * in a damaged file, bytes undecoded) would show other signers' addresses, byte-swapped, as its "domain": its domain is
 * masked too, as is one longer than a domain's label may be.
 */
const NOT_IN_AN_ADDRESS = /[\s\p{Cn}\p{Cs}\uFFFD]/u;
const MAX_SHOWN_DOMAIN = 64;

/** "kim.minjun@gmail.com" → "k…@gmail.com" */
export function maskEmail(email: string): string {
  if (!email) return '';
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  const domain = email.slice(at + 1);
  return `${email[0]}…@${domain.length <= MAX_SHOWN_DOMAIN && !NOT_IN_AN_ADDRESS.test(email) ? domain : '…'}`;
}

// Each pattern starts only where its run of word characters starts: begun inside a long run without an at sign, it
// read the run again from every position (a 51 KB export took 16 s in messages alone, fuzz run of session 11).
const EMAIL_IN_TEXT = /(?<![^\s@"'<>(),;:])[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
/**
 * An email written so that harvesters miss it, which a person reads all the same: "kim (at) example.kr",
 * "kim[at]example.kr", "kim ＠ example.kr", "kim @ example (dot) kr". A domain with a dot, so "meet at noon" is left.
 */
const WORD_CHAR = `[^\\s@＠"'<>(),;:\\[\\]{}]`;
const WORD = `${WORD_CHAR}+`;
const AT = String.raw`\s*(?:[(\[{<]\s*at\s*[)\]}>]|[@＠])\s*|\s+at\s+`;
const DOT = String.raw`\s*(?:[(\[{<]\s*dot\s*[)\]}>])\s*|\.`;
const OBFUSCATED_EMAIL = new RegExp(`(?<!${WORD_CHAR})(${WORD})(?:${AT})(${WORD}(?:(?:${DOT})${WORD})*(?:${DOT})[a-z]{2,})(?![a-z])`, 'giu');
const PHONE_IN_TEXT = /\+?\d[\d\s()./-]{5,}\d/g;
/** Digit runs that start like a date: "2024-01-01 10", "10.12.2025", not a phone. */
const DATE_START = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\D|$)/;
const MIN_PHONE_DIGITS = 7;

/** "+82 10 5550 1234" → "+…34", "010-5550-1234" → "…34": enough to tell two numbers apart, not to call one. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${phone.trimStart().startsWith('+') ? '+' : ''}…${digits.slice(-2)}`;
}

/**
 * A cell quoted in a message, with every email and phone number in it masked: a file without a header row, or a
 * row shifted by one column, puts contacts where a date, country or yes/no was expected.
 */
export function maskContact(text: string): string {
  return text.replace(EMAIL_IN_TEXT, maskEmail).replace(OBFUSCATED_EMAIL, (_, local: string, domain: string) => `${local[0]}…@${domain}`).replace(PHONE_IN_TEXT, (run) => {
    const digits = run.replace(/\D/g, '').length;
    return digits < MIN_PHONE_DIGITS || DATE_START.test(run) ? run : maskPhone(run);
  });
}

/**
 * A file's path as a document handed over names it (manifest.json): the emails and phone numbers in each of its parts
 * masked as messages mask them ("minjun.kim@gmail.com 서명.csv" → "m…@gmail.com 서명.csv", "김민준 010-1234-5678.csv" →
 * "김민준 …78.csv"). A run of digits with no separator is a phone only when it starts as one dials ("+", "0"): file
 * names carry export dates and ids ("export_20251102.csv", "signatures_1700000000.csv").
 */
export function maskContactInPath(path: string): string {
  // A workbook's sheet is named after a '#' ("rally.xlsx#minjun@naver.com"): each part is masked on its own.
  return path.split(/([/\\#])/u).map((part, i) => (i % 2 === 1 ? part : maskContactInPathPart(part))).join('');
}

function maskContactInPathPart(part: string): string {
  return part.replace(EMAIL_IN_TEXT, maskEmail).replace(OBFUSCATED_EMAIL, (_, local: string, domain: string) => `${local[0]}…@${domain}`).replace(PHONE_IN_TEXT, (run) => {
    const digits = run.replace(/\D/g, '').length;
    const dialled = /^[+0]/u.test(run) || /\d[\s()./-]+\d/u.test(run);
    return digits < MIN_PHONE_DIGITS || DATE_START.test(run) || !dialled ? run : maskPhone(run);
  });
}

/** What maskEmail and maskPhone write: "k…@gmail.com", "+…34". */
const MASKED_CONTACT = /\S?…@\S+|\+?…\d{2}/gu;
/** Punctuation a name keeps beside its words ("Muster," before "Hauptstraße 5"), left out when words are compared. */
const EDGE_PUNCTUATION = /^[,;:/|–-]+|[,;:/|–-]+$/gu;

/**
 * A name quoted in a message, with every contact detail in it masked: e-mails and phone numbers as maskContact does,
 * and the street addresses, messenger IDs and web addresses a name cell is read for (nameWithoutContact) to their
 * first letter or digit ("Ada t.me/adalove" → "Ada t…", "12 rue de Rivoli" → "1…"). The name around them stays, and the
 * message names the file and row, so the organizer finds the row without the message showing how to reach the signer.
 */
export function maskContactInName(name: string): string {
  if (!nameHoldsContact(name)) return maskContact(name);
  const kept = nameWithoutContact(name).split(/\s+/u).filter((word) => word !== '');
  const words = [...name.matchAll(/(\s*)(\S+)/gu)];
  let next = 0;
  let masked = '';
  let run = '';
  const endRun = (): void => {
    if (run === '') return;
    const space = /^\s*/u.exec(run)?.[0] ?? '';
    // "jane [dot] roe [at] gmail [dot] com" is masked as the address it spells, "j…@gmail.com", not word by word.
    const contact = withSpelledEmails(run.slice(space.length));
    const ownMask = maskContact(contact);
    // An e-mail or phone alone keeps maskContact's form ("s…@gmail.com", "…78"); anything else, or anything left beside
    // them ("010-1234-5678 t.me/adalove"), is shown by its first letter or digit, with the brackets before it ("(K…").
    const maskedAlone = ownMask !== contact && !nameHoldsContact(ownMask.replace(MASKED_CONTACT, ' '));
    masked += space + (maskedAlone ? ownMask : `${/^[^\p{L}\p{N}]*[\p{L}\p{N}]?/u.exec(contact)?.[0] ?? ''}…`);
    run = '';
  };
  for (const [, space, word] of words) {
    if (next < kept.length && word.replace(EDGE_PUNCTUATION, '') === kept[next]) {
      endRun();
      masked += space + maskContact(word);
      next++;
    } else {
      run += space + word;
    }
  }
  endRun();
  return masked;
}

/** Terminal escape sequences (CSI, OSC) and lone control characters. */
// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u001f\u007f-\u009f]/gu;

/**
 * A place or country cell quoted in a message: e-mails and phones masked as every message masks them ("+…34"), and
 * the whole cell shown only by its first character when what is left still holds a contact detail a place cell is
 * screened for (a handle, a web address, a street: "@eva" → "@…", "Storgata 5" → "S…").
 */
export function maskPlace(cell: string): string {
  const masked = maskContact(cell);
  // Screened without its masks and control sequences ("Ber␛[31mlin" is Berlin, not a street numbered 31).
  if (screenCity(masked.replace(MASKED_CONTACT, ' ').replace(CONTROL_SEQUENCES, '')).kind === 'clean') return masked;
  return `${[...cell.trim()][0] ?? ''}…`;
}
