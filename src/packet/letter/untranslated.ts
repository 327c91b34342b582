// Finds what a letter would print in another language's script: a name with no translation for the letter
// language ("中华人民共和国主席Xi Jinping阁下"), or a title or address line left in English in a Korean letter.
import type { Campaign, Delivery } from '../../campaign/campaign-schema.js';
import type { AddressedPerson, ResolvedForms } from './resolve-office-forms.js';
import { primaryLanguage } from '../pages/writing-direction.js';
import { isKnownOccasion } from './known-occasions.js';
import { languageNamed, msg, type Message } from '../../i18n/message.js';

/** ISO 15924 scripts CLDR gives a language, as the Unicode scripts its words are written in. */
const SCRIPTS_OF: Record<string, string[]> = { Kore: ['Hang', 'Hani'], Jpan: ['Hira', 'Kana', 'Hani'], Hans: ['Hani'], Hant: ['Hani'] };
const cache = new Map<string, RegExp | null>();

/** Letters of the language's own script; null for a Latin-script language or one the CLDR does not know. */
function scriptOf(language: string): RegExp | null {
  if (cache.has(language)) return cache.get(language) ?? null;
  let pattern: RegExp | null = null;
  try {
    const script = new Intl.Locale(language).maximize().script;
    if (script && script !== 'Latn') pattern = new RegExp((SCRIPTS_OF[script] ?? [script]).map((s) => `\\p{Script=${s}}`).join('|'), 'u');
  } catch {
    pattern = null;
  }
  cache.set(language, pattern);
  return pattern;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latn}/u;

/** Letters of the language's script, Latin ones included; null for a language the CLDR does not know. */
function lettersOf(language: string): RegExp | null {
  const script = scriptOf(language);
  if (script) return script;
  try {
    return new Intl.Locale(language).maximize().script === 'Latn' ? LATIN : null;
  } catch {
    return null;
  }
}

/** Whether `text` needs its own translation for letters in `language`: it has letters, none of them in the language's script. */
export function needsTranslation(text: string, language: string): boolean {
  const script = lettersOf(language);
  return script !== null && LETTER.test(text) && !script.test(text);
}

/**
 * What a letter in `language` prints for a text given per language: its own, else the first given in its script
 * (the petition's languages first), else the one in the petition's first language.
 */
export function textIn(texts: Readonly<Record<string, string>>, language: string, order: readonly string[]): string | undefined {
  if (texts[language] !== undefined) return texts[language];
  const codes = [...new Set([...order, ...Object.keys(texts)])].filter((code) => texts[code] !== undefined);
  return texts[codes.find((code) => !needsTranslation(texts[code], language)) ?? order[0]] ?? texts[codes[0]];
}

/** A one-language text (a place, an organization) as a letter in `language` prints it: its translation, or itself when in the letter's script. */
export function oneTextIn(text: string, translations: Readonly<Record<string, string>> | undefined, language: string): string | undefined {
  return translations?.[language] ?? (needsTranslation(text, language) ? undefined : text);
}
/** Who in the campaign file a missing translation belongs to: the catalog names them in the organizer's language. */
export const owners = {
  target: (id: string) => msg('untranslated.owner.target', { id }),
  ambassador: (id: string) => msg('untranslated.owner.ambassador', { id }),
  delivery: (id: string) => msg('untranslated.owner.delivery', { id }),
  source: (path: string) => msg('untranslated.owner.source', { path }),
  organizer: msg('untranslated.owner.organizer'),
  petition: msg('untranslated.owner.petition'),
  press: msg('untranslated.owner.press'),
};

type Missing = 'name' | 'role' | 'organization' | 'signatory' | 'place' | 'occasion' | 'title' | 'summary' | 'quote' | 'label';

/** "delivery "un-2026": the place in Korean (ko) is missing: add places: { ko: … } (now "New York")", as a message. */
function absent(owner: Message, what: Missing, key: string, language: string, now?: string): Message {
  const values = { owner, what: msg(`untranslated.what.${what}`), key, code: language, language: languageNamed(language) };
  return now === undefined ? msg('untranslated.missing', values) : msg('untranslated.missing-now', { ...values, now });
}

/**
 * What is missing to write `forms` wholly in `language`, one sentence each for the organizer; [] when nothing is.
 * A postal line (it carries a digit: street, postcode) may stay in Latin letters so the letter can be posted.
 */
export function untranslatedParts(
  who: Message, person: AddressedPerson, forms: ResolvedForms, language: string, printed: readonly FormPart[] = FORM_PARTS,
): Message[] {
  const script = scriptOf(language);
  if (!script) return [];
  const missing: Message[] = [];
  const name = person.names?.[language] ?? person.name;
  if (needsTranslation(name, language)) missing.push(absent(who, 'name', 'names', language, name));
  const lines: Array<[FormPart, string]> = [
    ...forms.recipient.map((line): [FormPart, string] => ['recipient', line]),
    ...forms.address.map((line): [FormPart, string] => ['address', line]),
    ['styled', forms.styled], ['salutation', forms.salutation], ['close', forms.close],
  ];
  for (const [part, line] of lines) {
    const words = line.replace(name, '');
    if (printed.includes(part) && LETTER.test(words) && !script.test(words) && !/\d/.test(words)) {
      missing.push(msg('untranslated.line', { owner: who, part: msg(`untranslated.part.${part}`), line, language: languageNamed(language) }));
    }
  }
  return missing;
}

/** The forms of address a letter prints; a press kit prints only `styled` (the official by name and title). */
export const FORM_PARTS = ['recipient', 'address', 'styled', 'salutation', 'close'] as const;
export type FormPart = typeof FORM_PARTS[number];

/**
 * Sources labelled per language but not in the packet's language: the summary would print another language's label.
 * A label given as one text is the organizer's choice for every language.
 */
export function untranslatedLabels(campaign: Campaign, language: string): Message[] {
  return campaign.sources.flatMap((source) => {
    if (source.label === undefined || typeof source.label === 'string' || source.label[language] !== undefined) return [];
    return [absent(owners.source(source.pathAsWritten), 'label', 'label', language, Object.values(source.label)[0])];
  });
}

/**
 * What the campaign file gives in one language and not in the letter's, which the letter would otherwise drop or
 * print in another language: the role under the signature, the place, the occasion, the title and the summary.
 * `occasion` is what the letter prints for the occasion (a known observance is translated without help).
 */
export function untranslatedCampaignText(campaign: Campaign, delivery: Delivery, language: string, occasion: string | null): Message[] {
  const missing: Message[] = [];
  const { organizer, petition } = campaign;
  const lacks = (owner: Message, what: Missing, key: string, now?: string) => missing.push(absent(owner, what, key, language, now));
  // A role in the petition's first language's script is taken to be in that language: a letter in any other
  // language prints it untranslated. One in the letter's script ("Coordinator" in an English letter) is its own.
  const firstLanguage = petition.languages?.[0] ?? 'en';
  const roleLanguage = primaryLanguage(firstLanguage);
  const inFirstLanguage = (text: string) => primaryLanguage(language) !== roleLanguage && !needsTranslation(text, firstLanguage);
  if (organizer.role && organizer.roles?.[language] === undefined && (needsTranslation(organizer.role, language) || inFirstLanguage(organizer.role))) {
    lacks(owners.organizer, 'role', 'roles', organizer.role);
  }
  // A sender's name in Latin letters is printed as it is in any letter; one in another script is not read there.
  missing.push(...untranslatedOrganization(campaign, language));
  const otherScript = (text: string) => needsTranslation(text, language) && !LATIN.test(text);
  if (organizer.signatories?.[language] === undefined && otherScript(organizer.signatory)) {
    lacks(owners.organizer, 'signatory', 'signatories', organizer.signatory);
  }
  const owner = owners.delivery(delivery.id);
  // A Latin-script letter prints the place as written; another script's letter drops it unless it is translated.
  if (delivery.places?.[language] === undefined && needsTranslation(delivery.place, language)) lacks(owner, 'place', 'places', delivery.place);
  // An occasion that is no known observance is, like the role, written in the petition's first language.
  const unknownOccasion = delivery.occasion !== undefined && delivery.occasions?.[language] === undefined && !isKnownOccasion(delivery.occasion);
  if (occasion !== null && (needsTranslation(occasion, language) || (unknownOccasion && inFirstLanguage(occasion)))) {
    lacks(owner, 'occasion', 'occasions', occasion);
  }
  const title = petition.title[firstLanguage] ?? Object.values(petition.title)[0];
  // A title in another language of the same script (English in a Spanish letter) is as untranslated as one in another
  // script: the press kit says so too (untranslatedPressText).
  const titleInOtherLanguage = primaryLanguage(language) !== primaryLanguage(firstLanguage) || needsTranslation(title ?? '', language);
  if (petition.title[language] === undefined && title !== undefined && titleInOtherLanguage) {
    lacks(owners.petition, 'title', 'title', textIn(petition.title, language, petition.languages ?? [firstLanguage]));
  }
  if (petition.summary && petition.summary[language] === undefined) lacks(owners.petition, 'summary', 'summary');
  return missing;
}

/**
 * What a press kit in `language` prints in another language: the title, the occasion and the quote it is not given in
 * (a kit has no other words to fall back on than the petition's first language), and a place in another script.
 * A quote given as one text is the organizer's choice for every language.
 */
export function untranslatedPressText(campaign: Campaign, delivery: Delivery, language: string): Message[] {
  const firstLanguage = campaign.petition.languages?.[0] ?? 'en';
  if (primaryLanguage(language) === primaryLanguage(firstLanguage)) return [];
  const missing: Message[] = [];
  const lacks = (owner: Message, what: Missing, key: string, now: string | undefined) => missing.push(absent(owner, what, key, language, now));
  const { petition, press } = campaign;
  if (petition.title[language] === undefined) lacks(owners.petition, 'title', 'title', petition.title[firstLanguage] ?? Object.values(petition.title)[0]);
  const owner = owners.delivery(delivery.id);
  if (delivery.occasion !== undefined && delivery.occasions?.[language] === undefined && !isKnownOccasion(delivery.occasion)) {
    lacks(owner, 'occasion', 'occasions', delivery.occasion);
  }
  if (delivery.places?.[language] === undefined && needsTranslation(delivery.place, language)) lacks(owner, 'place', 'places', delivery.place);
  const quote = press?.quote?.text;
  if (quote !== undefined && typeof quote !== 'string' && quote[language] === undefined) lacks(owners.press, 'quote', 'press.quote.text', undefined);
  return missing;
}

/**
 * The organization as a letter or kit in `language` prints it: its translation, else as written. One in Latin
 * letters is printed as it is in any language; one in another script is not read there, so it is missing.
 */
export function organizationIn(campaign: Campaign, language: string): string {
  return campaign.organizer.organizations?.[language] ?? campaign.organizer.organization;
}

export function untranslatedOrganization(campaign: Campaign, language: string): Message[] {
  const { organization, organizations } = campaign.organizer;
  const otherScript = needsTranslation(organization, language) && !LATIN.test(organization);
  return organizations?.[language] === undefined && otherScript ? [absent(owners.organizer, 'organization', 'organizations', language, organization)] : [];
}
