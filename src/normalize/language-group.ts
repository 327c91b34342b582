// languageGroup: the language a signer's language cell names ("es_ES", "Spanish", "español" are all `es`), or that it
// names none. The normalizer counts a cell that names none under "unknown" (it may hold an e-mail or a phone number,
// and the counts are written into the packet); the summary groups the rest by this code.
const primaryLanguage = (tag: string): string => (tag.split(/[-_]/u)[0] ?? '').toLowerCase();

/** The group of language values that name no language ("zz", "Klingonish"). */
export const UNRECOGNISED_LANGUAGE = 'unrecognised';
const TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/u;
/** Languages whose names a language column is likely written in: English, the summary's languages, and each language's own. */
const NAMING_LOCALES = ['en', 'ko', 'de', 'fr', 'es', 'zh'];
const knownLanguages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
let codesByName: Map<string, string> | undefined;

/** "korean", "Deutsch", "español" → their ISO 639-1 code, from the CLDR names of every two-letter code. */
function codeOfName(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        if (!knownLanguages.of(code)) continue;
        for (const locale of [...NAMING_LOCALES, code]) {
          const written = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code)?.toLocaleLowerCase();
          if (written && written !== code && !codesByName.has(written)) codesByName.set(written, code);
        }
      }
    }
  }
  return codesByName.get(name.toLocaleLowerCase());
}

/**
 * The primary language a signer's language value names, as the summary groups them: `es_ES`, `es-MX`, `ES`, `es`,
 * "Spanish" and "español" are all `es`. UNRECOGNISED_LANGUAGE when the value names no language.
 */
export function languageGroup(value: string): string {
  const trimmed = value.trim();
  if (TAG.test(trimmed)) {
    const code = primaryLanguage(trimmed);
    try {
      if (knownLanguages.of(code)) return code;
    } catch {
      // not a well-formed language subtag: try it as a name
    }
  }
  return codeOfName(trimmed) ?? UNRECOGNISED_LANGUAGE;
}

