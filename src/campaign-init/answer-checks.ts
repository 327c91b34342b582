// Checks for answers as they are typed (true, or what is wrong): the same rules the campaign schema applies.
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { msg, type Message } from '../i18n/message.js';
import { DOCUMENT_NAME } from './petition-text-file.js';

/** True, or what is wrong (said in the organizer's language by the asker). */
export type Check = (value: string) => true | Message;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export const required: Check = (value) => (value.trim() ? true : msg('check.required'));

export const languageList: Check = (value) => {
  const codes = splitList(value);
  if (!codes.length) return msg('check.language-list');
  const bad = codes.find((code) => !LANGUAGE.test(code));
  return bad === undefined ? true : msg('check.language-code', { code: bad });
};

export const id: Check = (value) => (ID.test(value.trim()) ? true : msg('check.id'));

export const isoDate: Check = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return msg('check.date-format');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? true : msg('check.date-calendar', { date: value.trim() });
};

export const countryCode: Check = (value) => {
  const code = value.trim().toUpperCase();
  return code === '' || (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) ? true : msg('check.country');
};

export const timeZone: Check = (value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value.trim() });
    return value.trim() ? true : msg('check.timezone-empty');
  } catch {
    return msg('check.timezone', { zone: value.trim() });
  }
};

const URL_SCHEMA = z.string().url();

/** The online petition's address, as the campaign schema takes it. */
export const petitionUrl: Check = (value) => (URL_SCHEMA.safeParse(value.trim()).success ? true : msg('check.url'));

/** The code that starts every paper sheet's ID. */
export const sheetCode: Check = (value) => (/^[A-Za-z0-9]{1,8}$/.test(value.trim()) ? true : msg('check.sheet-code'));

export const optionalCount: Check = (value) => (value.trim() === '' || /^[1-9]\d*$/.test(value.trim().replace(/[,_ ]/g, '')) ? true : msg('check.goal'));

export function oneOf(values: readonly string[]): Check {
  return (value) => (values.includes(value.trim()) ? true : msg('check.one-of', { values: values.join(', ') }));
}

/**
 * Whether an answer that may be text or a file's path reads as a path: one word (no spaces, one line) that ends in
 * .txt or .md (or names a document: .pdf, .docx …) or holds a folder separator (not a web address). A petition's text has spaces; a path with spaces is
 * left to be text.
 */
export function looksLikeFilePath(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || /\s/u.test(trimmed) || trimmed.includes('://')) return false;
  return /\.(?:txt|md|markdown|text)$/iu.test(trimmed) || DOCUMENT_NAME.test(trimmed) || /[/\\]/u.test(trimmed);
}

export function splitList(value: string): string[] {
  return value.split(/[,\s]+/).map((v) => v.trim()).filter(Boolean);
}
