// Puts messages into words in one language with ICU MessageFormat (plural rules, numbers and dates of the language).
import { IntlMessageFormat } from 'intl-messageformat';
import { loadCatalog } from './catalog.js';
import { intlLocale } from '../packet/pages/locale-format.js';
import { chooseKoreanParticles } from '../text/korean-particles.js';
import type { Language } from './language.js';
import { isLanguageNamed, isMessage, type Message, type MessageValues } from './message.js';

export interface Translator {
  readonly language: Language;
  /** The message `key` with its values, in this language. */
  t(key: string, values?: MessageValues): string;
  /** The message `key` when a catalog has it (keys made from data: a reason code, a header kind); undefined otherwise. */
  known(key: string, values?: MessageValues): string | undefined;
  /** A Message in this language; a plain string (text not yet in the catalogs) as it is. */
  say(text: string | Message): string;
}

/** Named formats the catalogs use: `{day, date, day}` is a calendar day, never shifted by the machine's time zone. */
const FORMATS = { date: { day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } } } as const;

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  const existing = translators.get(language);
  if (existing) return existing;
  const catalog = loadCatalog(language);
  const formats = new Map<string, IntlMessageFormat>();
  const t = (key: string, values: MessageValues = {}): string => {
    let format = formats.get(key);
    if (!format) {
      // A key missing here is caught by test/i18n/catalogs.test.ts; at run time English is better than nothing.
      const source = catalog[key] ?? loadCatalog('en')[key];
      if (source === undefined) throw new Error(`no message "${key}" in the catalogs`);
      // The packet's locale for the language (en reads en-GB): a terminal message dates a day as the letters do.
      format = new IntlMessageFormat(source, intlLocale(language), FORMATS, { ignoreTag: true });
      formats.set(key, format);
    }
    const said: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(values)) {
      said[name] = isMessage(value) ? t(value.key, value.values) : isLanguageNamed(value) ? nameOfLanguage(value.languageNamed) : value;
    }
    const text = String(format.format(said));
    return language === 'ko' ? chooseKoreanParticles(text) : text;
  };
  const nameOfLanguage = (code: string): string => {
    let name = code;
    try {
      name = new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
    } catch {
      // An odd tag is named as written.
    }
    return t('language.named', { name, code });
  };
  const known = (key: string, values?: MessageValues) => (catalog[key] ?? loadCatalog('en')[key]) === undefined ? undefined : t(key, values);
  const made: Translator = { language, t, known, say: (text) => (isMessage(text) ? t(text.key, text.values) : text) };
  translators.set(language, made);
  return made;
}

/** English: the text of errors as thrown, and of machine-facing logs. */
export function english(): Translator {
  return translator('en');
}
