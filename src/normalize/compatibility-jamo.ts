// A jamo standing alone in a printed name ("권ㅁㅈ", a family name and the initials of the given name) in the form a
// Korean keyboard types it. cleanText folds compatibility jamo as NFKC does, into conjoining jamo, so that a name typed
// jamo by jamo composes into syllables; a conjoining jamo left without its syllable prints broken ("권ᄆᄌ"), drawn as
// the first third of a syllable's box.

/** Conjoining jamo: a name holding none (nearly every name) is returned as it is. */
const CONJOINING = /[\u1100-\u11FF]/gu;

/** Each conjoining jamo that a compatibility jamo folds to (NFKC), mapped back to that compatibility jamo. */
const COMPATIBILITY_OF = ((): Map<string, string> => {
  const forms = new Map<string, string>();
  for (let code = 0x3131; code <= 0x318e; code++) {
    const compatibility = String.fromCharCode(code);
    const conjoining = compatibility.normalize('NFKC');
    if (conjoining !== compatibility && conjoining.length === 1 && !forms.has(conjoining)) forms.set(conjoining, compatibility);
  }
  return forms;
})();

/** The text with each conjoining jamo it still holds (after NFC, so none that composes a syllable) as typed on a keyboard. */
export function withCompatibilityJamo(text: string): string {
  CONJOINING.lastIndex = 0;
  if (!CONJOINING.test(text)) return text;
  return text.replace(CONJOINING, (jamo) => COMPATIBILITY_OF.get(jamo) ?? jamo);
}
