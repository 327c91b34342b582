// Entry point for letter content: loads the template library (built-in, campaign's, caller's) and composes.
import type { Campaign } from '../../campaign/campaign-schema.js';
import { composeLettersFromLibrary } from './compose-letters-from-library.js';
import type { LetterContent, LetterFacts } from './letter-facts.js';
import { loadLetterLibrary } from './load-letter-library.js';

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
