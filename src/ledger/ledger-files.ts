// Where a campaign keeps its own records: `.petition/` beside campaign.yaml (ledger, batch state, status state).
import { dirname, join, resolve } from 'node:path';

export const STATE_DIR = '.petition';

export function stateDir(campaignFile: string): string {
  return join(dirname(resolve(campaignFile)), STATE_DIR);
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
