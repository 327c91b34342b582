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
