// Every language has every message, with the same placeholders: a translation that drops {count} or renames {file}
// would print a sentence without its number, or fail on the organizer's screen only.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGUAGES } from '../../src/i18n/language.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function catalog(language: string): Record<string, string> {
  return JSON.parse(readFileSync(join(ROOT, 'locales', `${language}.json`), 'utf8')) as Record<string, string>;
}

/** The parts of a parsed message that carry arguments (the parser's AST, walked without its types). */
interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
}

/**
 * The argument names of a message, including inside plural and select branches. Korean needs no plural where English
 * has one, so the kind may differ, except a date: a date given to a plain placeholder would print as Date.toString().
 */
function argumentsOf(message: string, language: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      // 0 literal, 7 pound (#) and 8 tag have no name of their own; the others are arguments.
      if (element.value !== undefined && ![0, 7, 8].includes(element.type)) names.add(element.type === DATE ? `${element.value}:date` : element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
  return [...names].sort();
}

const DATE = 3;

/** Keys the source asks for by name: t('…'), known('…'), msg('…'), h('…') (help). Keys made from data (`reason.${code}`) are checked where they are made. */
function keysUsedInSource(): Array<{ key: string; file: string }> {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  return files(join(ROOT, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:t|known|msg|h)\(\s*'([a-z][\w.-]*)'/g)]
    .map((match) => ({ key: match[1], file: file.slice(ROOT.length) })));
}

describe('the message catalogs', () => {
  const english = catalog('en');

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key and no other', (language) => {
    const other = catalog(language);
    expect(Object.keys(english).filter((key) => !(key in other))).toEqual([]);
    expect(Object.keys(other).filter((key) => !(key in english))).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s gives each message the same placeholders as English', (language) => {
    const other = catalog(language);
    const differ = Object.keys(english).filter((key) => key in other)
      .map((key) => ({ key, en: argumentsOf(english[key], 'en'), [language]: argumentsOf(other[key], language) }))
      .filter((entry) => JSON.stringify(entry.en) !== JSON.stringify(entry[language]));
    expect(differ).toEqual([]);
  });

  it('has an English message for every key the source names', () => {
    expect(keysUsedInSource().filter(({ key }) => !(key in english))).toEqual([]);
  });

  it('parses the placeholder names of a message, inside plural branches too', () => {
    expect(argumentsOf('{n, plural, one {# row in {file}} other {# rows}} on {day, date, day}', 'en')).toEqual(['day:date', 'file', 'n']);
  });
});
