// A name that is the list's own placeholder for an anonymous signer ("Anonymous (North Korea)", "익명").

/**
 * "Anonymous" in the languages signers write it in, alone or followed by something in brackets. Only the word for
 * anonymous: "Private" or "Hide" are names too (Private Ryan, Hide Tanaka).
 */
const PLACEHOLDER = /^(?:anonymous|anon|anonym|anonyme|an[oó]nim[oa]|anonimn[oa]|анонимн?[оа]?|аноним|익명|무명|匿名)(?:\s*[(（[].*[)）\]])?$/iu;

/**
 * Whoever writes the placeholder as their name asks not to be named; printed as written, their line would pass for
 * one the tool anonymised, with a country of their own choosing in the brackets.
 */
export function nameAsksAnonymity(name: string): boolean {
  return PLACEHOLDER.test(name.trim());
}

/** Notes for "hide my name" a volunteer writes after the name instead of ticking the anonymity column. */
const NOTE_WORDS = '(?:이름\\s*)?비공개(?:\\s*(?:요청|희망))?|익명(?:\\s*(?:요청|희망))?|이름\\s*숨김|anonymous|anon|an[oó]nim[oa]|private|hide(?:\\s+(?:my\\s+)?name)?|hidden|do\\s+not\\s+(?:show|publish)|don\'?t\\s+(?:show|publish)|匿名|非公開|非公开';
/** The note in brackets, or after a dash, slash, comma, colon or asterisk, at the end of the name cell. */
const NOTE_AFTER_NAME = new RegExp(`^(.*?\\S)\\s*(?:[(（[【]\\s*\\*?\\s*(?:${NOTE_WORDS})\\s*\\*?\\s*[)）\\]】]|[-–—/,:*]\\s*(?:${NOTE_WORDS})\\s*\\*?)\\s*$`, 'iu');

/**
 * The name without a trailing "(비공개)", "- 이름 비공개", "(anonymous)" note, and whether there was one: the note is
 * the signer's tick, so the name is hidden rather than printed with the word "private" beside it.
 */
export function withoutAnonymityNote(cell: string): { name: string; asked: boolean } {
  const found = cell.length > 0 ? NOTE_AFTER_NAME.exec(cell) : null;
  return found ? { name: found[1], asked: true } : { name: cell, asked: false };
}
