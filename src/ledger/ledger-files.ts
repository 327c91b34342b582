// Where a campaign keeps its own records (ledger, batch state, status state): in `.petition/` beside the campaign
// file. Two campaign files in one folder must not share them (one's delivery would count as the other's), so each
// file but the default campaign.yaml has its own folder, `.petition/NAME.yaml/` — unless the folder's records in
// `.petition/` itself record this campaign's deliveries: then they are its ledger, whatever other files sit beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

export const STATE_DIR = '.petition';

/** Campaign files whose records stay directly in .petition/, where every version has kept them. */
const DEFAULT_CAMPAIGN_FILES = new Set(['campaign.yaml', 'campaign.yml']);
const RECORD_FILES = ['ledger.jsonl', 'batch-state.json', 'status-state.json'];

/**
 * The folder of a campaign's records, and `other`: a second folder whose ledger also records deliveries of this
 * campaign (same delivery id, same exports), so that which one is its history is for the organizer to say.
 */
export interface LedgerHome {
  dir: string;
  other?: string;
}

export function ledgerHome(campaignFile: string): LedgerHome {
  const path = resolve(campaignFile);
  const shared = join(dirname(path), STATE_DIR);
  const name = basename(path);
  // campaign.yml beside a campaign.yaml is a second campaign (or a copy): campaign.yaml keeps the folder's records.
  const defaultFile = DEFAULT_CAMPAIGN_FILES.has(name) && !(name === 'campaign.yml' && existsSync(join(dirname(path), 'campaign.yaml')));
  if (defaultFile) return { dir: shared };
  const own = join(shared, name);
  if (!hasRecords(shared)) return renamedFrom(shared, dirname(path), name, path) ?? { dir: own };
  // Bound by what the ledger records, not by how many campaign files the folder holds: a second campaign, a backup
  // copy or a renamed file appearing beside it must not start a fresh ledger that delivers everyone again.
  const sharedRecordsIt = recordsCampaign(join(shared, 'ledger.jsonl'), path);
  if (hasRecords(own)) return sharedRecordsIt ? { dir: own, other: shared } : { dir: own };
  if (sharedRecordsIt) return { dir: shared };
  // Records from before they were kept per campaign, with no delivery yet to tell whose they are.
  if (ledgerLines(join(shared, 'ledger.jsonl')).length === 0 && onlyCampaignFile(dirname(path), name)) return { dir: shared };
  return renamedFrom(shared, dirname(path), name, path) ?? { dir: own };
}

/**
 * The records of this campaign kept under another file name that is gone from the folder: the campaign file was
 * renamed (`x.yaml` to `x2026.yaml`), and a fresh ledger would deliver everyone again (verifyS2 F14). Only where this
 * name has no records of its own; two such folders are both named, so that marking into either is refused.
 */
function renamedFrom(shared: string, folder: string, name: string, campaignFile: string): LedgerHome | undefined {
  if (hasRecords(join(shared, name))) return undefined;
  let entries: string[];
  try {
    entries = readdirSync(shared);
  } catch {
    return undefined;
  }
  const homes = entries.filter((entry) => entry !== name && /\.ya?ml$/iu.test(entry) && !existsSync(join(folder, entry))
    && recordsCampaign(join(shared, entry, 'ledger.jsonl'), campaignFile)).sort();
  if (homes.length === 0) return undefined;
  return homes.length === 1 ? { dir: join(shared, homes[0]) } : { dir: join(shared, homes[0]), other: join(shared, homes[1]) };
}

export function stateDir(campaignFile: string): string {
  return ledgerHome(campaignFile).dir;
}

function hasRecords(dir: string): boolean {
  return RECORD_FILES.some((file) => existsSync(join(dir, file)));
}

function onlyCampaignFile(folder: string, name: string): boolean {
  return readdirSync(folder).every((file) => file === name || !/\.ya?ml$/i.test(file));
}

interface RecordedDelivery {
  delivery?: unknown;
  sources?: unknown;
}

function ledgerLines(file: string): RecordedDelivery[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines: RecordedDelivery[] = [];
  for (const line of text.split('\n')) {
    try {
      const value: unknown = JSON.parse(line);
      if (value && typeof value === 'object') lines.push(value as RecordedDelivery);
    } catch {
      // A damaged line is reported where the ledger is read; here it tells nothing of whose the ledger is.
    }
  }
  return lines;
}

/** Whether a ledger line delivered one of this campaign's deliveries from one of its exports. */
function recordsCampaign(ledgerFile: string, campaignFile: string): boolean {
  const lines = ledgerLines(ledgerFile);
  if (!lines.length) return false;
  const { deliveries, sources } = campaignNames(campaignFile);
  return lines.some((line) => typeof line.delivery === 'string' && deliveries.has(line.delivery)
    && Array.isArray(line.sources) && line.sources.some((source) => typeof source === 'string' && sources.has(source)));
}

function campaignNames(campaignFile: string): { deliveries: Set<string>; sources: Set<string> } {
  const names = { deliveries: new Set<string>(), sources: new Set<string>() };
  let data: unknown;
  try {
    data = parse(readFileSync(campaignFile, 'utf8'));
  } catch {
    return names;
  }
  const list = (key: string, field: string): string[] => {
    const items = (data as Record<string, unknown> | null)?.[key];
    return Array.isArray(items) ? items.map((item) => (item as Record<string, unknown> | null)?.[field]).filter((v): v is string => typeof v === 'string') : [];
  };
  for (const id of list('deliveries', 'id')) names.deliveries.add(id);
  for (const source of list('sources', 'path')) names.sources.add(source);
  return names;
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

/** Marking a delivery into one of two ledgers that both record this campaign would split its history in two. */
export function refuseTwoLedgers(campaignFile: string): void {
  const home = ledgerHome(campaignFile);
  if (home.other === undefined) return;
  throw new UserError(msg('ledger.two-ledgers', { first: join(home.other, 'ledger.jsonl'), second: join(home.dir, 'ledger.jsonl') }), { file: campaignFile });
}
