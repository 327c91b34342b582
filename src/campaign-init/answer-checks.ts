// Checks for answers as they are typed (true, or what is wrong): the same rules the campaign schema applies.
import countries from 'i18n-iso-countries';

export type Check = (value: string) => true | string;

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export const required: Check = (value) => (value.trim() ? true : 'an answer is needed');

export const languageList: Check = (value) => {
  const codes = splitList(value);
  if (!codes.length) return 'give at least one language code, such as en or en,ko';
  const bad = codes.find((code) => !LANGUAGE.test(code));
  return bad === undefined ? true : `"${bad}" is not a language code such as en, ko, es or zh`;
};

export const id: Check = (value) => (ID.test(value.trim()) ? true : 'use lower-case letters, digits and hyphens, such as un-2026');

export const isoDate: Check = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'write the date as YYYY-MM-DD, such as 2026-12-10';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? true : `${value.trim()} is not a day of the calendar`;
};

export const countryCode: Check = (value) => {
  const code = value.trim().toUpperCase();
  return code === '' || (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) ? true : 'give an ISO 3166-1 alpha-2 code such as KR or US (or nothing)';
};

export const timeZone: Check = (value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value.trim() });
    return value.trim() ? true : 'give an IANA time zone such as Asia/Seoul';
  } catch {
    return `"${value.trim()}" is not an IANA time zone such as Asia/Seoul, Europe/Berlin or America/New_York`;
  }
};

export const optionalCount: Check = (value) => (value.trim() === '' || /^[1-9]\d*$/.test(value.trim().replace(/[,_ ]/g, '')) ? true : 'give a whole number of signatures, such as 200000 (or nothing)');

export function oneOf(values: readonly string[]): Check {
  return (value) => (values.includes(value.trim()) ? true : `one of ${values.join(', ')}`);
}

export function splitList(value: string): string[] {
  return value.split(/[,\s]+/).map((v) => v.trim()).filter(Boolean);
}
