// canonicalEmail: the email as written (trimmed, lower case) and the key two addresses of one mailbox share.
import { domainToASCII } from 'node:url';
import { cleanText } from './clean-text.js';

export interface CanonicalEmail {
  /** Trimmed and lower-cased; '' when none was given. Kept even when invalid, so the user can see it. */
  email: string;
  /** Matching key; '' when missing or invalid, so an invalid address never matches another. */
  key: string;
  /** False for a non-empty address that is not syntactically an email. */
  valid: boolean;
}

/**
 * A practical address syntax (the dot-atom form of RFC 5322 without quoted locals or IP literals, which petition
 * signers do not type): local part of atext with single dots, a domain of letter/digit/hyphen labels
 * (international letters allowed) and a top-level domain of two or more letters.
 */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
/** The same syntax for ASCII addresses (nearly all), without the slower Unicode-aware regex. */
const ASCII_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * The form a mail client copies, `Display Name <addr>` (the name maybe quoted) or `<addr>`: the address is what is in
 * the brackets. The name is dropped, so it is neither matched on nor kept as the signer's email.
 */
const DISPLAY_NAME_FORM = /^(?:"[^"]*"\s*|[^"<>]*)<\s*([^<>\s]+)\s*>$/;
/** One mailbox system under two domains. */
const GMAIL = '@gmail.com';
const GOOGLEMAIL = '@googlemail.com';
const NONE: CanonicalEmail = { email: '', key: '', valid: true };

/**
 * Lower-cases and trims; for gmail.com and googlemail.com (one mailbox system) drops the dots and any `+tag`
 * of the local part and uses gmail.com, as UK Parliament e-petitions does. Elsewhere dots and tags count.
 */
export function canonicalEmail(text: string | undefined): CanonicalEmail {
  const lower = cleanText(text).toLowerCase();
  // The form ends with '>': most cells are tested no further.
  const bracketed = lower.endsWith('>') ? DISPLAY_NAME_FORM.exec(lower)?.[1] : undefined;
  const address = bracketed ?? lower;
  const email = address.startsWith('mailto:') ? address.slice(7) : address;
  if (email === '') return NONE;
  // An invalid address inside a display name is shown whole, as written, for the user to see what was typed.
  // Made only when needed: an object per row was garbage for nearly every row.
  const invalid = (): CanonicalEmail => ({ email: bracketed === undefined ? email : lower, key: '', valid: false });
  if (email.length > 254) return invalid();
  // ASCII_EMAIL matches ASCII text only: an address it takes has no domain to turn into punycode.
  const ascii = ASCII_EMAIL.test(email);
  if (!(ascii || (NON_ASCII.test(email) && EMAIL.test(email)))) return invalid();
  const at = email.indexOf('@'); // the syntax allows exactly one
  if (at > 64) return invalid();
  if (!(email.endsWith(GMAIL) || email.endsWith(GOOGLEMAIL))) return { email, key: ascii ? email : asciiDomainKey(email, at), valid: true };
  const plus = email.indexOf('+');
  let local = email.slice(0, plus >= 0 && plus < at ? plus : at);
  if (local.includes('.')) local = withoutDots(local);
  if (local === '') return invalid();
  return { email, key: `${local}@gmail.com`, valid: true };
}

/** user@bücher.de and user@xn--bcher-kva.de are one mailbox: the key holds the domain in its ASCII (punycode) form. */
function asciiDomainKey(email: string, at: number): string {
  const ascii = domainToASCII(email.slice(at + 1));
  return ascii ? `${email.slice(0, at + 1)}${ascii}` : email;
}

/** The text without its dots; slicing around them is several times faster than a replace on short local parts. */
function withoutDots(text: string): string {
  let out = '';
  let start = 0;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', start)) {
    out += text.slice(start, dot);
    start = dot + 1;
  }
  return out + text.slice(start);
}
