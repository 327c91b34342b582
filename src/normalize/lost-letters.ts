// Whether a name lost letters before it reached us, and so must not be printed as it reads: "J�rgen" (bytes not valid
// in the file's encoding, or a "�" a program wrote in place of a letter) and "Nguy?n V?n An" (Korean Excel saves a
// letter CP949 cannot hold as "?"; Windows-1252 likewise). A "?" beside a letter is such a letter, not punctuation:
// a name cell has no question in it (verifyS1 F5, F6).

/** U+FFFD anywhere, or a "?" touching a letter: "Nguy?n", "?ahin", "박지?", "??ng". */
const LOST_LETTER = /\uFFFD|\p{L}\?|\?\p{L}/u;
/** Nothing but lost letters: "??" is "张伟" saved by Korean Excel, "�����" a CP949 name read as UTF-8. */
const ALL_LETTERS_LOST = /^[?\uFFFD\s]*[?\uFFFD][?\uFFFD\s]*$/u;

/** Quick test first: nearly every name holds neither a "?" nor a "�". */
const MAY_HAVE_LOST = /[?\uFFFD]/;

export function hasLostLetters(name: string): boolean {
  return MAY_HAVE_LOST.test(name) && LOST_LETTER.test(name);
}

export function lostAllLetters(name: string): boolean {
  return MAY_HAVE_LOST.test(name) && ALL_LETTERS_LOST.test(name);
}
