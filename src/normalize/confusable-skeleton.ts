// Lookalike letters from another script inside one word ("Аnna" with a Cyrillic А, "Lеa" with a Cyrillic е): the
// UTS #39 skeleton idea, kept to what names need. A word that mixes Latin, Cyrillic and Greek letters is read in the
// script of most of its letters, its other letters replaced by their lookalikes there. A word written wholly in one
// script is left as it is: "Анна" is a real Russian name, and another spelling than "Anna".
//
// Why a table and not an npm package: the packages that fold confusables (unhomoglyph, confusables, decancer) fold
// every lookalike to Latin whatever the word, so "Анна" would become "Ahha" and a Russian signer would meet strangers;
// decancer is a native binary. Names need only the letters below, and only inside a mixed word.

/** Cyrillic and Greek letters that look like a Latin letter, and that letter. Fullwidth Latin is folded earlier (cleanText's NFKC). */
const TO_LATIN: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x',
  'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l', 'ү': 'y', 'ѵ': 'v',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
  'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W', 'Һ': 'H', 'Ӏ': 'I', 'Ү': 'Y', 'Ѵ': 'V',
  // Greek
  'α': 'a', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T',
  'Υ': 'Y', 'Χ': 'X',
};

type Script = 'latin' | 'cyrillic' | 'greek';

/** For a word mostly in Cyrillic or Greek: the Latin letters that look like one of that script's letters. */
const FROM_LATIN: Record<'cyrillic' | 'greek', Record<string, string>> = { cyrillic: {}, greek: {} };
for (const [letter, latin] of Object.entries(TO_LATIN)) {
  const table = FROM_LATIN[scriptOf(letter) as 'cyrillic' | 'greek'];
  if (!(latin in table)) table[latin] = letter;
}

function scriptOf(letter: string): Script | null {
  const code = letter.codePointAt(0) ?? 0;
  if (code >= 0x0370 && code <= 0x03ff) return 'greek';
  if (code >= 0x0400 && code <= 0x052f) return 'cyrillic';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return 'latin';
  return null;
}

/** Any Cyrillic or Greek letter: without one, no word can mix the three scripts (the fast path). */
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** The scripts' letter counts in one word, and whether it mixes two or more of them. */
function majorityScript(word: string): Script | null {
  let latin = 0;
  let cyrillic = 0;
  let greek = 0;
  for (const letter of word) {
    const script = scriptOf(letter);
    if (script === 'latin') latin++;
    else if (script === 'cyrillic') cyrillic++;
    else if (script === 'greek') greek++;
  }
  if ((latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) < 2) return null;
  // Ties go to Latin: the trick is a Latin name with a letter or two swapped.
  if (latin >= cyrillic && latin >= greek) return 'latin';
  return cyrillic >= greek ? 'cyrillic' : 'greek';
}

/** Whether some word of `text` mixes Latin, Cyrillic or Greek letters (an organizer should look at it). */
export function mixesScriptsInAWord(text: string): boolean {
  if (!CYRILLIC_OR_GREEK.test(text)) return false;
  for (const [word] of text.matchAll(WORD)) if (majorityScript(word) !== null) return true;
  return false;
}

/**
 * `text` with each word that mixes scripts written in the script of most of its letters (lookalikes replaced);
 * other words, and text without Cyrillic or Greek letters, come back unchanged.
 */
export function confusableSkeleton(text: string): string {
  if (!CYRILLIC_OR_GREEK.test(text)) return text;
  return text.replace(WORD, (word) => {
    const script = majorityScript(word);
    if (script === null) return word;
    let out = '';
    for (const letter of word) {
      const own = scriptOf(letter);
      if (own === null || own === script) out += letter;
      else if (script === 'latin') out += TO_LATIN[letter] ?? letter;
      else out += own === 'latin' ? (FROM_LATIN[script][letter] ?? letter) : letter;
    }
    return out;
  });
}
