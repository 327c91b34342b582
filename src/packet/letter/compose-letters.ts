// Entry point for letter content: loads the template library (built-in, campaign's, caller's) and composes.
import type { Campaign, Target } from '../../campaign/campaign-schema.js';
import type { Message } from '../../i18n/message.js';
import { owners, untranslatedParts } from './untranslated.js';
import { composeLettersFromLibrary } from './compose-letters-from-library.js';
import type { LetterContent, LetterFacts } from './letter-facts.js';
import { loadLetterLibrary } from './load-letter-library.js';
import { findOffice, resolveOfficeForms, type ResolvedForms } from './resolve-office-forms.js';
import { DELIVERY_DEFAULTS } from '../../campaign/campaign-schema.js';
import { UserError } from '../../errors.js';

export type { LetterContent, LetterFacts, LetterKind } from './letter-facts.js';

/**
 * The letters of one delivery: one per letter language, and for an embassy preset a covering letter
 * to the ambassador per language before them. Templates come from the package, overlaid by the
 * campaign's `templates` folder, overlaid by `options.templateDir`. Reads template files (cached), writes nothing.
 */
export function composeLetters(
  campaign: Campaign, deliveryId: string, facts: LetterFacts, options: { templateDir?: string } = {},
): LetterContent[] {
  const overlays = [campaign.templates, options.templateDir].filter((dir): dir is string => dir !== undefined);
  return composeLettersFromLibrary(loadLetterLibrary(overlays), campaign, deliveryId, facts);
}

/**
 * The official of a delivery as a letter in `language` names them in running text ("His Excellency Mr. …, President
 * of …"); undefined when the office preset has no forms in that language.
 */
export function officialIn(campaign: Campaign, deliveryId: string, language: string): string | undefined {
  return officialFormsIn(campaign, deliveryId, language)?.forms.styled;
}

/**
 * What a press kit in `language` would print of the official (name and title) in another script: the check the
 * letters make (untranslatedParts), for the one form a kit prints.
 */
export function untranslatedOfficial(campaign: Campaign, deliveryId: string, language: string): Message[] {
  const official = officialFormsIn(campaign, deliveryId, language);
  return official ? untranslatedParts(owners.target(official.target.id), official.target, official.forms, language, ['styled']) : [];
}

/**
 * The embassy a delivery is handed to when the office preset goes through one (the first line of the ambassador's
 * address in `language`: "Embassy of the People's Republic of China"); undefined when it does not, or has no forms in
 * that language. The petition is then addressed to the official and delivered to this embassy, which the kit says.
 */
export function embassyIn(campaign: Campaign, deliveryId: string, language: string): string | undefined {
  const delivery = campaign.deliveries.find((d) => d.id === deliveryId);
  const target = campaign.targets.find((t) => t.id === delivery?.target);
  if (!delivery || !target?.ambassador) return undefined;
  const library = loadLetterLibrary(campaign.templates === undefined ? [] : [campaign.templates]);
  const { office, file } = findOffice(library, target, campaign.file);
  if (!office.ambassador) return undefined;
  try {
    return resolveOfficeForms(office.ambassador, target.ambassador, language, delivery.register ?? DELIVERY_DEFAULTS.register, file).address[0];
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

function officialFormsIn(campaign: Campaign, deliveryId: string, language: string): { target: Target; forms: ResolvedForms } | undefined {
  const delivery = campaign.deliveries.find((d) => d.id === deliveryId);
  const target = campaign.targets.find((t) => t.id === delivery?.target);
  if (!delivery || !target) return undefined;
  const library = loadLetterLibrary(campaign.templates === undefined ? [] : [campaign.templates]);
  const { office, file } = findOffice(library, target, campaign.file);
  try {
    return { target, forms: resolveOfficeForms(office.official, target, language, delivery.register ?? DELIVERY_DEFAULTS.register, file) };
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}
