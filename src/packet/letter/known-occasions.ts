// Names of well-known observances in each letter language, so `occasion: Human Rights Day` needs no translation.
import { foldText } from '../../normalize/fold.js';

/** Official UN names; Spanish and French with their article, since the letter says "se conmemora el Día …". */
const OCCASIONS: Record<string, Record<string, string>> = {
  'human-rights-day': {
    en: 'Human Rights Day', ko: '세계 인권의 날', es: 'el Día de los Derechos Humanos', zh: '人权日',
    de: 'Tag der Menschenrechte', fr: 'la Journée des droits de l’homme',
  },
  'world-refugee-day': {
    en: 'World Refugee Day', ko: '세계 난민의 날', es: 'el Día Mundial de los Refugiados', zh: '世界难民日',
    de: 'Weltflüchtlingstag', fr: 'la Journée mondiale des réfugiés',
  },
  'international-day-in-support-of-victims-of-torture': {
    en: 'the International Day in Support of Victims of Torture', ko: '국제 고문 피해자 지원의 날',
    es: 'el Día Internacional en Apoyo de las Víctimas de la Tortura', zh: '国际支持酷刑受害者日',
    de: 'Internationaler Tag zur Unterstützung der Folteropfer', fr: 'la Journée internationale pour le soutien aux victimes de la torture',
  },
};

/** The day of the year each observance falls on (MM-DD): the UN's fixed dates. */
const OBSERVED_ON: Record<string, string> = {
  'human-rights-day': '12-10',
  'world-refugee-day': '06-20',
  'international-day-in-support-of-victims-of-torture': '06-26',
};

const BY_FOLDED_NAME = new Map<string, string>();
for (const [id, names] of Object.entries(OCCASIONS)) {
  BY_FOLDED_NAME.set(foldText(id), id);
  for (const name of Object.values(names)) BY_FOLDED_NAME.set(foldText(withoutArticle(name)), id);
}

/**
 * The occasion in `language`: the organizer's own translation first, then the known name of an
 * observance written by id or in any language, then the text as the organizer wrote it.
 */
export function occasionIn(language: string, occasion: string | undefined, translations: Record<string, string> | undefined): string | null {
  if (occasion === undefined) return null;
  const own = translations?.[language];
  if (own !== undefined) return own;
  const id = BY_FOLDED_NAME.get(foldText(withoutArticle(occasion)));
  return (id !== undefined ? OCCASIONS[id][language] : undefined) ?? occasion;
}

/** Whether `occasion` names an observance whose name this file has in every letter language. */
export function isKnownOccasion(occasion: string): boolean {
  return BY_FOLDED_NAME.has(foldText(withoutArticle(occasion)));
}

/**
 * A known observance named for a delivery on another day than its own ("on World Refugee Day, 1 October 2026": a
 * delivery block copied and re-dated): the occasion and the day it falls on, or null.
 */
export function occasionDateMismatch(occasion: string | undefined, date: string): { occasion: string; day: string } | null {
  if (occasion === undefined) return null;
  const id = BY_FOLDED_NAME.get(foldText(withoutArticle(occasion)));
  const day = id === undefined ? undefined : OBSERVED_ON[id];
  return day === undefined || date.slice(5, 10) === day ? null : { occasion, day };
}

/** "Human Rights Day" from "the Human Rights Day", "el Día …", "la Journée …": how a title or a cover names it. */
export function withoutArticle(occasion: string): string {
  return occasion.replace(/^(the|el|la) /i, '');
}
