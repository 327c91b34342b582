// Composes the letters of one delivery from an already-loaded template library: pure, no disk access.
import { UserError } from '../../errors.js';
import { suggestionText } from '../../campaign/did-you-mean.js';
import { DELIVERY_DEFAULTS } from '../../campaign/campaign-schema.js';
import type { Campaign, Delivery, Target } from '../../campaign/campaign-schema.js';
import { buildLetterContext } from './build-letter-context.js';
import { compileTemplate } from './compile-template.js';
import type { LetterContent, LetterFacts, LetterKind } from './letter-facts.js';
import { letterLanguage } from './letter-language.js';
import type { LetterLibrary } from './load-letter-library.js';
import { findOffice, resolveOfficeForms } from './resolve-office-forms.js';
import type { Register, ResolvedForms } from './resolve-office-forms.js';
import { oneTextIn, owners, untranslatedCampaignText, untranslatedParts } from './untranslated.js';
import { occasionIn } from './known-occasions.js';
import { msg } from '../../i18n/message.js';

/** A line holding only this marker starts the enclosure list in a rendered template. */
const ENCLOSURES_MARKER = /^==\s*enclosures\s*==$/m;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
const LINE_BREAK = /[ \t]*\n[ \t]*/g;

/**
 * One letter per letter language; for a preset that goes through an embassy, the covering letters to
 * the ambassador come first, then the letters to the official.
 */
export function composeLettersFromLibrary(
  library: LetterLibrary, campaign: Campaign, deliveryId: string, facts: LetterFacts,
): LetterContent[] {
  const delivery = findDelivery(campaign, deliveryId);
  const target = campaign.targets.find((t) => t.id === delivery.target);
  if (!target) throw new UserError(msg('letter.no-target', { delivery: delivery.id, target: delivery.target }), { file: campaign.file });
  if (delivery.since !== undefined && facts.previous === undefined) {
    throw new UserError(msg('letter.since-unknown', { delivery: delivery.id, since: delivery.since }), { file: campaign.file });
  }
  const { office, file: presetFile } = findOffice(library, target, campaign.file);
  const register: Register = delivery.register ?? DELIVERY_DEFAULTS.register;
  const languages = delivery.languages ?? [campaign.petition.languages[0]];
  const kinds: LetterKind[] = office.ambassador ? ['cover-to-ambassador', 'to-official'] : ['to-official'];
  if (office.ambassador && !target.ambassador) {
    throw new UserError(msg('letter.needs-ambassador', { target: target.id, preset: target.preset }), { file: campaign.file });
  }
  const letters: LetterContent[] = [];
  for (const kind of kinds) {
    for (const code of languages) {
      const official = resolveOfficeForms(office.official, target, code, register, presetFile, office.postalCountry?.official);
      const ambassador = office.ambassador && target.ambassador
        ? resolveOfficeForms(office.ambassador, target.ambassador, code, register, presetFile, office.postalCountry?.ambassador)
        : undefined;
      const addressee = kind === 'cover-to-ambassador' && ambassador ? ambassador : official;
      const untranslated = [
        ...untranslatedParts(owners.target(target.id), target, official, code),
        ...(ambassador && target.ambassador ? untranslatedParts(owners.ambassador(target.id), target.ambassador, ambassador, code) : []),
      ];
      if (kind === kinds[0]) untranslated.push(...untranslatedCampaignText(campaign, delivery, code, occasionIn(code, delivery.occasion, delivery.occasions)));
      letters.push({ ...composeOne({ library, campaign, delivery, target, facts, code, kind, register, official, ambassador, addressee, languages }), untranslated });
    }
  }
  return letters;
}

interface OneLetter {
  library: LetterLibrary;
  campaign: Campaign;
  delivery: Delivery;
  target: Target;
  facts: LetterFacts;
  code: string;
  kind: LetterKind;
  register: Register;
  official: ResolvedForms;
  ambassador: ResolvedForms | undefined;
  addressee: ResolvedForms;
  languages: readonly string[];
}

function composeOne(letter: OneLetter): Omit<LetterContent, 'untranslated'> {
  const { campaign, delivery, code, kind, addressee } = letter;
  const language = letterLanguage(code);
  const templateKey = kind === 'to-official' ? code : `${code}.${kind}`;
  const template = letter.library.templates.get(templateKey);
  if (!template) {
    const known = [...letter.library.templates.keys()].filter((k) => !k.includes('.'));
    throw new UserError(msg('letter.no-template', { kind, code, key: templateKey, suggestion: suggestionText(code, known), known: known.join(', ') }), { file: campaign.file });
  }
  const context = buildLetterContext({
    campaign, delivery, facts: letter.facts, language, register: letter.register,
    official: letter.official.styled, ambassador: letter.ambassador?.styled ?? null, letterLanguages: letter.languages,
  });
  const rendered = compileTemplate(template.value, template.file)(context).replace(/\r\n?/g, '\n');
  const [bodyText, enclosureText] = splitOnce(rendered, ENCLOSURES_MARKER);
  const enclosures = enclosureText === undefined ? undefined : lines(enclosureText);
  const place = oneTextIn(delivery.place, delivery.places, code);
  const { organizer } = campaign;
  const organization = organizer.organizations?.[code] ?? organizer.organization;
  return {
    language: code,
    kind,
    letterhead: [organization, ...organizer.address, organizer.contact],
    placeAndDate: language.placeAndDate(place, language.formatDate(delivery.date)),
    recipient: [...addressee.recipient, ...addressee.address].filter((line) => line !== ''),
    addressee: addressee.styled,
    salutation: addressee.salutation,
    body: paragraphs(bodyText, language.lineJoiner),
    closing: addressee.close,
    signature: [language.signedName(organizer.signatories?.[code] ?? organizer.signatory), organizer.roles?.[code] ?? organizer.role, organization]
      .filter((line): line is string => line !== undefined && line !== ''),
    ...(enclosures && enclosures.length > 0 ? { enclosures } : {}),
  };
}

function findDelivery(campaign: Campaign, deliveryId: string): Delivery {
  const delivery = campaign.deliveries.find((d) => d.id === deliveryId);
  if (delivery) return delivery;
  const ids = campaign.deliveries.map((d) => d.id);
  throw new UserError(msg('letter.no-delivery', { id: deliveryId, suggestion: suggestionText(deliveryId, ids), deliveries: ids.join(', ') }), { file: campaign.file });
}

function splitOnce(text: string, marker: RegExp): [string, string | undefined] {
  const match = marker.exec(text);
  if (!match) return [text, undefined];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

/** Blank lines separate paragraphs; the lines inside one are joined (with a space, or nothing in Chinese). */
function paragraphs(text: string, joiner: string): string[] {
  return text.split(PARAGRAPH_BREAK)
    .map((p) => p.trim().replace(LINE_BREAK, joiner).replace(/ {2,}/g, ' '))
    .filter((p) => p !== '');
}

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}
