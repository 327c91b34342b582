// Defaults init offers: the next Human Rights Day, ids made from names, the occasion a date suggests.
import { occasionIn, withoutArticle } from '../packet/letter/known-occasions.js';

const HUMAN_RIGHTS_DAY = '12-10';

/** The next 10 December on or after `today` (YYYY-MM-DD). */
export function nextHumanRightsDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${HUMAN_RIGHTS_DAY}`;
  return today <= thisYear ? thisYear : `${year + 1}-${HUMAN_RIGHTS_DAY}`;
}

/**
 * The observance on `date`, named in the organizer's `language` (a Korean organizer is offered 세계 인권의 날): the
 * letters in every other language still name it in theirs, since known-occasions.ts knows it by any of its names.
 */
export function occasionFor(date: string, language: string): string {
  const id = date.endsWith(`-${HUMAN_RIGHTS_DAY}`) ? 'human-rights-day'
    : date.endsWith('-06-20') ? 'world-refugee-day'
      : date.endsWith('-06-26') ? 'international-day-in-support-of-victims-of-torture' : undefined;
  return id === undefined ? '' : withoutArticle(occasionIn(language, id, undefined) ?? '');
}

/** "Xi Jinping" → "xi-jinping"; letters outside a–z are dropped, so a Hangul name falls back to `fallback`. */
export function idFrom(text: string, fallback: string): string {
  const slug = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** An id not yet taken: `base`, else `base-2`, `base-3`… */
export function uniqueId(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
