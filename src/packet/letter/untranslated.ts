// Finds what a letter would print in another language's script: a name with no translation for the letter
// language ("中华人民共和国主席Xi Jinping阁下"), or a title or address line left in English in a Korean letter.
import type { Campaign, Delivery } from '../../campaign/campaign-schema.js';
import type { AddressedPerson, ResolvedForms } from './resolve-office-forms.js';
import { primaryLanguage } from '../pages/writing-direction.js';
import { isKnownOccasion } from './known-occasions.js';

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
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageLabel(code: string): string {
  try {
    return `${englishNames.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}

/**
 * What is missing to write `forms` wholly in `language`, one sentence each for the organizer; [] when nothing is.
 * A postal line (it carries a digit: street, postcode) may stay in Latin letters so the letter can be posted.
 */
export function untranslatedParts(who: string, person: AddressedPerson, forms: ResolvedForms, language: string): string[] {
  const script = scriptOf(language);
  if (!script) return [];
  const label = languageLabel(language);
  const missing: string[] = [];
  const name = person.names?.[language] ?? person.name;
  if (needsTranslation(name, language)) {
    missing.push(`${who}: the name in ${label} is missing: add names: { ${language}: … } (now "${name}")`);
  }
  const lines: Array<[string, string]> = [
    ...forms.recipient.map((line): [string, string] => ['recipient', line]),
    ...forms.address.map((line): [string, string] => ['address', line]),
    ['styled', forms.styled], ['salutation', forms.salutation], ['close', forms.close],
  ];
  for (const [part, line] of lines) {
    const words = line.replace(name, '');
    if (LETTER.test(words) && !script.test(words) && !/\d/.test(words)) missing.push(`${who}: the ${part} line "${line}" is not in ${label}`);
  }
  return missing;
}

/**
 * Sources labelled per language but not in the packet's language: the summary would print another language's label.
 * A label given as one text is the organizer's choice for every language.
 */
export function untranslatedLabels(campaign: Campaign, language: string): string[] {
  const label = languageLabel(language);
  return campaign.sources.flatMap((source) => {
    if (source.label === undefined || typeof source.label === 'string' || source.label[language] !== undefined) return [];
    const now = Object.values(source.label)[0];
    return [`source "${source.pathAsWritten}": the label in ${label} is missing: add label: { ${language}: … }${now === undefined ? '' : ` (now "${now}")`}`];
  });
}

/**
 * What the campaign file gives in one language and not in the letter's, which the letter would otherwise drop or
 * print in another language: the role under the signature, the place, the occasion, the title and the summary.
 * `occasion` is what the letter prints for the occasion (a known observance is translated without help).
 */
export function untranslatedCampaignText(campaign: Campaign, delivery: Delivery, language: string, occasion: string | null): string[] {
  const label = languageLabel(language);
  const missing: string[] = [];
  const { organizer, petition } = campaign;
  const absent = (owner: string, what: string, key: string, now?: string) => missing.push(
    `${owner}: the ${what} in ${label} is missing: add ${key}: { ${language}: … }${now === undefined ? '' : ` (now "${now}")`}`,
  );
  // A role in the petition's first language's script is taken to be in that language: a letter in any other
  // language prints it untranslated. One in the letter's script ("Coordinator" in an English letter) is its own.
  const firstLanguage = petition.languages?.[0] ?? 'en';
  const roleLanguage = primaryLanguage(firstLanguage);
  const inFirstLanguage = (text: string) => primaryLanguage(language) !== roleLanguage && !needsTranslation(text, firstLanguage);
  if (organizer.role && organizer.roles?.[language] === undefined && (needsTranslation(organizer.role, language) || inFirstLanguage(organizer.role))) {
    absent('organizer', 'role', 'roles', organizer.role);
  }
  // A sender's name in Latin letters is printed as it is in any letter; one in another script is not read there.
  const otherScript = (text: string) => needsTranslation(text, language) && !LATIN.test(text);
  if (organizer.organizations?.[language] === undefined && otherScript(organizer.organization)) {
    absent('organizer', 'organization', 'organizations', organizer.organization);
  }
  if (organizer.signatories?.[language] === undefined && otherScript(organizer.signatory)) {
    absent('organizer', 'signatory', 'signatories', organizer.signatory);
  }
  const owner = `delivery "${delivery.id}"`;
  // A Latin-script letter prints the place as written; another script's letter drops it unless it is translated.
  if (delivery.places?.[language] === undefined && needsTranslation(delivery.place, language)) absent(owner, 'place', 'places', delivery.place);
  // An occasion that is no known observance is, like the role, written in the petition's first language.
  const unknownOccasion = delivery.occasion !== undefined && delivery.occasions?.[language] === undefined && !isKnownOccasion(delivery.occasion);
  if (occasion !== null && (needsTranslation(occasion, language) || (unknownOccasion && inFirstLanguage(occasion)))) {
    absent(owner, 'occasion', 'occasions', occasion);
  }
  const title = petition.title[firstLanguage] ?? Object.values(petition.title)[0];
  if (petition.title[language] === undefined && title !== undefined && needsTranslation(title, language)) {
    absent('petition', 'title', 'title', textIn(petition.title, language, petition.languages ?? [firstLanguage]));
  }
  if (petition.summary && petition.summary[language] === undefined) absent('petition', 'summary', 'summary');
  return missing;
}

/**
 * What a press kit in `language` prints in another language: the title, the occasion and the quote it is not given in
 * (a kit has no other words to fall back on than the petition's first language), and a place in another script.
 * A quote given as one text is the organizer's choice for every language.
 */
export function untranslatedPressText(campaign: Campaign, delivery: Delivery, language: string): string[] {
  const label = languageLabel(language);
  const firstLanguage = campaign.petition.languages?.[0] ?? 'en';
  if (primaryLanguage(language) === primaryLanguage(firstLanguage)) return [];
  const missing: string[] = [];
  const absent = (owner: string, what: string, key: string, now: string | undefined) => missing.push(
    `${owner}: the ${what} in ${label} is missing: add ${key}: { ${language}: … }${now === undefined ? '' : ` (now "${now}")`}`,
  );
  const { petition, press } = campaign;
  if (petition.title[language] === undefined) absent('petition', 'title', 'title', petition.title[firstLanguage] ?? Object.values(petition.title)[0]);
  const owner = `delivery "${delivery.id}"`;
  if (delivery.occasion !== undefined && delivery.occasions?.[language] === undefined && !isKnownOccasion(delivery.occasion)) {
    absent(owner, 'occasion', 'occasions', delivery.occasion);
  }
  if (delivery.places?.[language] === undefined && needsTranslation(delivery.place, language)) absent(owner, 'place', 'places', delivery.place);
  const quote = press?.quote?.text;
  if (quote !== undefined && typeof quote !== 'string' && quote[language] === undefined) absent('press', 'quote', 'press.quote.text', undefined);
  return missing;
}
