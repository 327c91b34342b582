// The files a campaign reads: no output of a command may be written over one of them.
import { dirname, join } from 'node:path';
import type { Campaign } from './campaign-schema.js';
import { REGISTER_FILE } from '../sheets/sheet-register.js';

/** The campaign file, its sources and its sheet register. */
export function campaignInputs(campaign: Pick<Campaign, 'sources'>, campaignFile: string): string[] {
  return [campaignFile, join(dirname(campaignFile), REGISTER_FILE), ...campaign.sources.map((source) => source.path)];
}
