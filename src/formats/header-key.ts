// The comparison form of a column header: folded (case, accents, punctuation) with the spaces squeezed out.
import { foldText } from '../normalize/fold.js';

/** "E-Mail-Adresse", "email_address" and "EmailAddress" all become "emailadresse"/"emailaddress": one key per spelling family. */
export function headerKey(header: string): string {
  return foldText(header).replaceAll(' ', '');
}

/** The folded words of a header, for finding a known phrase inside a longer question ("Your email address (required)"). */
export function headerWords(header: string): string[] {
  const folded = foldText(header);
  return folded ? folded.split(' ') : [];
}
