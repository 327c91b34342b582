// What the petition text and the letters state in words, for the packet fingerprint at their foot to cover.
import type { Campaign } from '../../campaign/campaign-schema.js';
import type { LetterContent } from '../letter/letter-facts.js';
import type { StatedFacts } from './packet-fingerprint.js';

/** The petition and its sender as the campaign gives them, and every letter as composed, its build warnings left out. */
export function statedFacts(campaign: Pick<Campaign, 'petition' | 'organizer'>, letters: readonly LetterContent[]): StatedFacts {
  return {
    petition: campaign.petition,
    organizer: campaign.organizer,
    letters: letters.map(({ untranslated: _warnings, ...stated }) => stated),
  };
}
