// Which language the tool speaks: --lang, then PETITION_LANG, then the locale (LC_ALL, LC_MESSAGES, LANG), then English.

export const LANGUAGES = ['en', 'ko', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** "ko", "ko-KR", "ko_KR.UTF-8", "es_MX@euro" → the language we have a catalog for; null for "C", "POSIX", "fr_FR". */
export function supportedLanguage(tag: string | undefined): Language | null {
  const primary = (tag ?? '').trim().split(/[-_.@]/)[0].toLowerCase();
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/**
 * The language of messages. An unknown `--lang` is the caller's to refuse (it was asked for by name); an unknown
 * PETITION_LANG falls through to the locale. The locale follows POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is
 * set decides, so LC_ALL=C means English even when LANG says Korean.
 */
export function chooseLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  const fromFlag = supportedLanguage(flag);
  if (fromFlag) return fromFlag;
  const fromPetition = supportedLanguage(env.PETITION_LANG);
  if (fromPetition) return fromPetition;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return supportedLanguage(locale) ?? 'en';
}

/** The value of `--lang` in argv ("--lang ko" or "--lang=ko"), read before commander so help is built in that language. */
export function langFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') value = argv[++i];
    else if (argv[i].startsWith('--lang=')) value = argv[i].slice('--lang='.length);
  }
  return value;
}
