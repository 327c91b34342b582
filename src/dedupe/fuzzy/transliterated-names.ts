// One name part in its own script and in Latin letters ("Иван" and "Ivan", "Γιώργος" and "Giorgos", "محمد" and
// "Mohammed"), where no dictionary gives the reading. Hangul and Han are read by name-forms.ts.
import { jaroWinkler } from './jaro-winkler.js';
import { consonantSkeleton, ROMANIZED_SCRIPT, romanizedPart } from '../../normalize/name-skeleton.js';

/** Scripts that leave most vowels unwritten: only the consonants can be compared ("محمد", "mhmd", is "Mohammed"). */
const ABJAD_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Romanized name parts this alike (Papadopoylos, Papadopoulos; Ol'ga, Olga; Mariya, Maria) are one name across scripts. */
export const ALIKE_ACROSS_SCRIPTS = 0.9;

/**
 * Whether two name parts, one written in a script any-ascii romanizes and the other not, are one name: their
 * romanizations alike, or for an abjad their consonants the same. Two parts in one script are compared as written.
 */
export function transliteratedAlike(a: string, b: string): boolean {
  if (ROMANIZED_SCRIPT.test(a) === ROMANIZED_SCRIPT.test(b)) return false;
  if (ABJAD_SCRIPT.test(a) || ABJAD_SCRIPT.test(b)) {
    const skeleton = consonantSkeleton(a);
    return skeleton !== '' && skeleton === consonantSkeleton(b);
  }
  const x = romanizedPart(a);
  const y = romanizedPart(b);
  return x !== '' && y !== '' && jaroWinkler(x, y) >= ALIKE_ACROSS_SCRIPTS;
}
