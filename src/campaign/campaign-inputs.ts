// The files a campaign reads: no output of a command may be written over one of them.
import { dirname, join } from 'node:path';
import type { Campaign } from './campaign-schema.js';
import { REGISTER_FILE } from '../sheets/sheet-register.js';
import { ledgerPath } from '../ledger/ledger-files.js';

/** The campaign file, its sources, its sheet register and its ledger (a link to the ledger is the ledger). */
export function campaignInputs(campaign: Pick<Campaign, 'sources'>, campaignFile: string): string[] {
  return [campaignFile, join(dirname(campaignFile), REGISTER_FILE), ledgerPath(campaignFile), ...campaign.sources.map((source) => source.path)];
}
