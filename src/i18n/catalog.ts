// The message catalogs: plain JSON files in locales/ (one per language, key → ICU MessageFormat), read from the package at run time.
import { readFileSync } from 'node:fs';
import type { Language } from './language.js';

export type Catalog = Readonly<Record<string, string>>;

/** locales/ at the package root: two folders up from src/i18n and from dist/i18n alike. */
export const LOCALES_DIR = new URL('../../locales/', import.meta.url);

const loaded = new Map<Language, Catalog>();

export function loadCatalog(language: Language): Catalog {
  let catalog = loaded.get(language);
  if (!catalog) {
    catalog = JSON.parse(readFileSync(new URL(`${language}.json`, LOCALES_DIR), 'utf8')) as Catalog;
    loaded.set(language, catalog);
  }
  return catalog;
}
