// Where a campaign keeps its own records (ledger, batch state, status state): in `.petition/` beside the campaign
// file. Two campaign files in one folder must not share them (one's delivery would count as the other's), so each
// file but the default campaign.yaml has its own folder, `.petition/NAME.yaml/`.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export const STATE_DIR = '.petition';

/** Campaign files whose records stay directly in .petition/, where every version has kept them. */
const DEFAULT_CAMPAIGN_FILES = new Set(['campaign.yaml', 'campaign.yml']);
const RECORD_FILES = ['ledger.jsonl', 'batch-state.json', 'status-state.json'];

export function stateDir(campaignFile: string): string {
  const path = resolve(campaignFile);
  const shared = join(dirname(path), STATE_DIR);
  const name = basename(path);
  if (DEFAULT_CAMPAIGN_FILES.has(name)) return shared;
  const own = join(shared, name);
  // Records written before they were kept per campaign (in .petition/ itself) belong to this file when it is the only
  // campaign file in the folder: an existing campaign keeps its ledger, and so never delivers a signer twice.
  if (!existsSync(own) && RECORD_FILES.some((file) => existsSync(join(shared, file))) && onlyCampaignFile(dirname(path), name)) return shared;
  return own;
}

function onlyCampaignFile(folder: string, name: string): boolean {
  return readdirSync(folder).every((file) => file === name || !/\.ya?ml$/i.test(file));
}

export function ledgerPath(campaignFile: string): string {
  return join(stateDir(campaignFile), 'ledger.jsonl');
}

export function batchStatePath(campaignFile: string): string {
  return join(stateDir(campaignFile), 'batch-state.json');
}

export function statusStatePath(campaignFile: string): string {
  return join(stateDir(campaignFile), 'status-state.json');
}
