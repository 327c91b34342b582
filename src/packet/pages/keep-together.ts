// Units a reader takes in at one glance (a phone number, a date) must not be split across lines: their spaces become
// no-break spaces, which UAX #14 (break-lines.ts) never breaks at and which print as ordinary spaces.

const PHONE_NUMBER = /\+?\d[\d ().-]*\d/gu;

/** The text with every space a no-break space. */
export function keepTogether(text: string): string {
  return text.replace(/ /gu, '\u00a0');
}

/** The text with the spaces inside phone numbers ("+1 202 555 0100") no-break spaces. */
export function keepPhoneNumbersTogether(text: string): string {
  return text.replace(PHONE_NUMBER, keepTogether);
}
