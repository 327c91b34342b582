// Whether a given name written as its initials ("M.J.", "MJ", "M. J.") is the initials of another given name on the
// same email ("Minji", "Min-ji", "Min Ji"): one person writing their name two ways, not a second person of a
// household (verifyS2 F4: "M.J. Kwon" beside "Minji Kwon" was counted twice and both printed).
import { lowerWithoutAccents } from '../../text/without-accents.js';

/** Two or three initials, each one capital letter with or without a full stop, hyphen or space after it. */
const INITIALS = /^(?:\p{Lu}[.\-\s]*){2,3}$/u;

/**
 * The first initial is the name's first letter, and each further one a letter further on, in order: the start of
 * another part of the name ("Min Ji", "Min-ji"), or of a syllable written together ("Minji"). Latin letters only,
 * where initials are written so.
 */
export function initialsFitGiven(initials: string, given: string): boolean {
  const typed = initials.trim();
  if (!INITIALS.test(typed)) return false;
  const letters = [...lowerWithoutAccents(typed).replace(/[^\p{L}]/gu, '')];
  const name = lowerWithoutAccents(given).replace(/[^\p{L}]/gu, '');
  if (name.length <= letters.length || name[0] !== letters[0]) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
