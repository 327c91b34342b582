// Builds the packets of a campaign one after another; a failure is recorded and the next packet is built all the same.
import { existsSync, promises as fsp } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadCampaign } from '../campaign/load-campaign.js';
import type { Campaign } from '../campaign/campaign-schema.js';
import { UserError } from '../errors.js';
import { buildPacket, EmptyFollowUpError, type PacketRequest, type PacketResult } from '../packet/build-packet.js';
import { hashFile } from '../packet/manifest/hash-file.js';
import { MANIFEST_FILE } from '../packet/manifest/build-manifest.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { batchStatePath, ledgerPath } from '../ledger/ledger-files.js';
import { readLedger } from '../ledger/read-ledger.js';
import { orphanedEntries, orphanedMessage, renamedAs } from '../ledger/orphaned-entries.js';
import { refuseUnreadableLedger } from '../ledger/unreadable-lines.js';
import { deliveredBefore, latestEntry } from '../ledger/delivered-before.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { readBatchState, writeBatchState, type BatchState, type BuiltPacket } from './batch-state.js';
import type { BatchPacket, BatchSummary } from './batch-summary.js';
import { inputFingerprint, type PacketInputs } from './input-fingerprint.js';
import { packetWarningMessages } from './packet-warnings.js';
import { english } from '../i18n/translator.js';
import { msg, type Message } from '../i18n/message.js';
import { pressKitInPacket } from '../press/build-press.js';

export interface BatchRequest {
  campaignPath: string;
  /** Only these deliveries (all when empty or left out). */
  deliveries?: string[];
  /** The folder that receives one packet folder per delivery. */
  outRoot: string;
  /** Paths in the summary are written relative to this folder. */
  cwd: string;
  now: Date;
  toolVersion: string;
  force?: boolean;
  exact?: boolean;
  decisionsPath?: string;
  decisions?: ReviewDecision[];
  /** Build follow-ups with no new signers too (as `packet --allow-empty`); otherwise each is a warning, not built. */
  allowEmpty?: boolean;
  /** Called after each packet, for the progress line. */
  onPacket?: (packet: BatchPacket, index: number, total: number) => void;
  /** The packet builder; tests pass one that fails on purpose. */
  build?: (request: PacketRequest) => Promise<PacketResult>;
}

export async function runBatch(request: BatchRequest): Promise<BatchSummary> {
  const campaign = await loadCampaign(request.campaignPath);
  const chosen = chooseDeliveries(campaign, request.deliveries ?? []);
  const named = new Set(request.deliveries ?? []);
  const statePath = batchStatePath(request.campaignPath);
  const state = await readBatchState(statePath);
  const ledger = await readLedger(ledgerPath(request.campaignPath));
  // An unreadable line may record a delivery whose folder would be rebuilt over what was handed over.
  refuseUnreadableLedger(ledger, ledgerPath(request.campaignPath));
  const shared = {
    toolVersion: request.toolVersion,
    campaignSha256: (await hashFile(resolve(request.campaignPath))).sha256,
    sources: await Promise.all(campaign.sources.map(async (s) => ({ path: s.pathAsWritten, sha256: await digestOrMark(s.path) }))),
    decisionsSha256: request.decisionsPath ? await digestOrMark(request.decisionsPath) : null,
    exact: Boolean(request.exact),
  };
  const build = request.build ?? buildPacket;
  const summary: BatchSummary = { campaign: request.campaignPath, packets: [], built: 0, unchanged: 0, delivered: 0, empty: 0, failed: 0 };
  const markedIds = new Set(ledger.entries.map((e) => e.delivery));
  const orphans = orphanedEntries(ledger.entries, campaign.deliveries.map((d) => d.id)).map((entry) => orphanedMessage(entry, campaign.file, renamedAs(entry, campaign.deliveries, markedIds)));
  if (orphans.length) {
    summary.warnings = orphans.map((text) => english().say(text));
    Object.defineProperty(summary, 'warningTexts', { value: orphans, enumerable: false });
  }

  for (const [index, id] of chosen.entries()) {
    const outDir = join(request.outRoot, id);
    const inputs: PacketInputs = { ...shared, delivery: id, outDir, ledgerChain: ledgerChain(campaign, id, ledger.entries) };
    const fingerprint = inputFingerprint(inputs);
    const shown = { outDir: shownPath(request.cwd, outDir), packet: shownPath(request.cwd, join(outDir, 'packet.pdf')) };
    let packet: BatchPacket;
    const previous = state.packets[id];
    const delivered = latestEntry(ledger.entries, id);
    if (delivered && !named.has(id)) {
      // What was handed over stays as it was: a delivered packet is rebuilt only when named with --delivery.
      // The delivered packet may have been built into another folder by `petition packet`, which the ledger does not
      // record: this folder is named only when it holds that packet (its manifest is the one the ledger recorded).
      const here = await holdsDeliveredPacket(outDir, delivered);
      packet = deliveredPacket(delivered, previous?.summary, { outDir: shown.outDir, packet: here ? shown.packet : null });
      summary.delivered++;
    } else if (!request.force && previous && previous.fingerprint === fingerprint && await stillThere(outDir, previous)) {
      packet = withTexts({ ...previous.summary, ...shown, status: 'unchanged', seconds: 0, error: null }, { warningTexts: previous.warningTexts });
      summary.unchanged++;
    } else {
      const press = campaign.deliveries.find((d) => d.id === id)?.press === true;
      packet = await buildOne(build, request, id, outDir, shown, press);
      if (packet.status === 'built' && packet.manifestSha256) {
        state.packets[id] = { fingerprint, manifestSha256: packet.manifestSha256, summary: packet, ...(packet.warningTexts ? { warningTexts: packet.warningTexts } : {}) };
        summary.built++;
      } else {
        delete state.packets[id];
        if (packet.status === 'empty') summary.empty++;
        else summary.failed++;
      }
      // Saved after every packet: a batch stopped half-way keeps what it finished.
      await saveState(statePath, state);
    }
    summary.packets.push(packet);
    request.onPacket?.(packet, index, chosen.length);
  }
  return summary;
}

async function buildOne(
  build: (request: PacketRequest) => Promise<PacketResult>, request: BatchRequest, id: string, outDir: string, shown: { outDir: string; packet: string }, press: boolean,
): Promise<BatchPacket> {
  const started = performance.now();
  const blank: BatchPacket = {
    delivery: id, status: 'failed', ...shown, signers: null, counts: null, follows: null, files: [], manifestSha256: null, warnings: [], error: null, seconds: 0,
  };
  const kitWarnings: Message[] = [];
  try {
    const result = await build({
      campaignPath: request.campaignPath, deliveryId: id, outDir, now: request.now, toolVersion: request.toolVersion,
      exact: request.exact, decisions: request.decisions, decisionsPath: request.decisionsPath, allowEmpty: request.allowEmpty, force: request.force,
      ...(press ? { alsoWrite: pressKitInPacket({}, (warnings) => kitWarnings.push(...warnings)) } : {}),
    });
    const { counts } = result.run;
    const warningTexts = [...packetWarningMessages(result), ...kitWarnings];
    return withTexts({
      ...blank,
      status: 'built',
      signers: result.signers,
      counts: { rows: counts.rows, rejected: counts.rejected, accepted: counts.accepted, duplicates: counts.duplicates, unique: counts.unique, pendingReview: counts.pendingReview },
      follows: result.manifest.follows ?? null,
      files: result.outputs.map(({ path, bytes, sha256, pages }) => ({ path, bytes, sha256, ...(pages !== undefined ? { pages } : {}) })),
      manifestSha256: (await hashFile(join(outDir, MANIFEST_FILE))).sha256,
      warnings: warningTexts.map((warning) => english().say(warning)),
      seconds: round((performance.now() - started) / 1000),
    }, { warningTexts });
  } catch (error) {
    if (error instanceof EmptyFollowUpError) {
      const warningTexts = typeof error.text === 'string' ? undefined : [error.text];
      return withTexts({ ...blank, status: 'empty', packet: null, warnings: [error.describe()] }, { warningTexts });
    }
    const failure = error instanceof UserError ? error : msg('cli.unexpected', { message: error instanceof Error ? error.message : String(error) });
    const message = failure instanceof UserError ? failure.describe() : english().say(failure);
    return withTexts({ ...blank, error: message, seconds: round((performance.now() - started) / 1000) }, { failure });
  }
}

/** The packet with its terminal texts beside it, not enumerable: --json and the batch state keep the English. */
function withTexts(packet: BatchPacket, texts: Pick<BatchPacket, 'warningTexts' | 'failure'>): BatchPacket {
  for (const [name, value] of Object.entries(texts)) if (value !== undefined) Object.defineProperty(packet, name, { value, enumerable: false });
  return packet;
}

async function holdsDeliveredPacket(outDir: string, entry: LedgerEntry): Promise<boolean> {
  if (!existsSync(join(outDir, 'packet.pdf'))) return false;
  if (!entry.manifestSha256) return true;
  const manifest = join(outDir, MANIFEST_FILE);
  return existsSync(manifest) && (await hashFile(manifest)).sha256 === entry.manifestSha256;
}

function deliveredPacket(entry: LedgerEntry, built: BatchPacket | undefined, shown: { outDir: string; packet: string | null }): BatchPacket {
  return {
    delivery: entry.delivery, status: 'delivered', ...shown, signers: entry.signers, counts: built?.counts ?? null, follows: built?.follows ?? null,
    files: built?.manifestSha256 === entry.manifestSha256 ? built.files : [], manifestSha256: entry.manifestSha256, warnings: [], error: null, seconds: 0,
  };
}

function chooseDeliveries(campaign: Campaign, requested: string[]): string[] {
  const ids = campaign.deliveries.map((d) => d.id);
  if (requested.length === 0) return ids;
  for (const id of requested) {
    if (!ids.includes(id)) throw new UserError(msg('batch.no-delivery', { id, deliveries: ids.join(', ') }), { file: campaign.file });
  }
  return ids.filter((id) => requested.includes(id));
}

/** A follow-up depends on what the ledger says was delivered before it. */
function ledgerChain(campaign: Campaign, id: string, entries: LedgerEntry[]): string[] {
  const since = campaign.deliveries.find((d) => d.id === id)?.since;
  if (since === undefined) return [];
  const found = deliveredBefore(entries, since, (x) => campaign.deliveries.find((d) => d.id === x)?.since);
  return 'missing' in found ? [`missing:${found.missing}`] : found.chain.map((e) => e.keysSha256);
}

async function digestOrMark(path: string): Promise<string> {
  try {
    return (await hashFile(path)).sha256;
  } catch (error) {
    // The packet build reports the unreadable file properly; here it only has to differ from any digest.
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** The packet folder still holds what was built: the same manifest, and every file at its size (hashing PDFs again costs too much). */
async function stillThere(outDir: string, built: BuiltPacket): Promise<boolean> {
  try {
    if ((await hashFile(join(outDir, MANIFEST_FILE))).sha256 !== built.manifestSha256) return false;
    for (const file of built.summary.files) {
      if ((await fsp.stat(join(outDir, file.path))).size !== file.bytes) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function saveState(path: string, state: BatchState): Promise<void> {
  await fsp.mkdir(join(path, '..'), { recursive: true });
  await writeBatchState(path, state);
}

function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function round(seconds: number): number {
  return Math.round(seconds * 10) / 10;
}
