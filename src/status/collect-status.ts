// Reads a campaign, its exports and its ledger and says where things stand; records the exports' hashes for next time.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadCampaign } from '../campaign/load-campaign.js';
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import { campaignScanOptions, deliveryScanOptions, windowClosedAtMark } from '../campaign/campaign-scan-options.js';
import { followUpCounts, followUpFigures, type FollowUpFigures } from '../ledger/follow-up-figures.js';
import { hashFile } from '../packet/manifest/hash-file.js';
import { runDedupe, type DedupeRun } from '../pipeline/run-dedupe.js';
import { UNCHECKED_PAPER } from '../pipeline/scan-sources.js';
import { openKeyedLedger } from '../ledger/keyed-ledger.js';
import { tamperedEntries } from '../ledger/ledger-seals.js';
import { checkLedgerTail, headPath, rebuildLedgerHead, tailMessage } from '../ledger/ledger-head.js';
import { orphanedEntries, orphanedMessage, renamedAs } from '../ledger/orphaned-entries.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { ledgerPath, statusStatePath } from '../ledger/ledger-files.js';
import { readLedger } from '../ledger/read-ledger.js';
import { deliveredBefore, latestEntry, type DeliveredBefore } from '../ledger/delivered-before.js';
import { sameDecisions, type LedgerEntry } from '../ledger/ledger-entry.js';
import { campaignCalendar, type CampaignCalendar } from './campaign-calendar.js';
import { fileChanges, type FileDigestRecord } from './file-changes.js';
import { goalProgress } from './goal-progress.js';
import { ledgerFlags, type StatusFlag } from './ledger-flags.js';
import { projectedDay, signingPace, type Pace } from './signing-pace.js';
import type { DeliveryStatus, StatusReport } from './status-report.js';
import { readStatusState, writeStatusState } from './status-state.js';
import { campaignSheetRegister, REGISTER_FILE } from '../sheets/sheet-register.js';
import { collectSheetProgress } from '../sheets/sheet-status.js';
import { keysNow } from '../ledger/new-signers.js';
import { namesakeProblems, unmatchedNamesakeProblems } from '../ledger/delivered-matcher.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

export interface StatusRequest {
  campaignPath: string;
  now: Date;
  exact?: boolean;
  decisions?: ReviewDecision[];
  onProgress?: (progress: { source: string; rows: number }) => void;
  /** Record the ledger's end anew from the lines it holds (`--rebuild-ledger-head`): the organizer says it is whole. */
  rebuildLedgerHead?: boolean;
}

export async function collectStatus(request: StatusRequest): Promise<StatusReport> {
  const campaign = await loadCampaign(request.campaignPath);
  const zone = campaign.timezone ?? 'UTC';
  const calendar = campaignCalendar(request.now, zone);
  const ledgerFile = ledgerPath(request.campaignPath);
  const ledger = await readLedger(ledgerFile);

  const digests = new Map<string, FileDigestRecord | null>();
  for (const source of campaign.sources) digests.set(source.pathAsWritten, await hashFile(source.path).catch(() => null));
  const statePath = statusStatePath(request.campaignPath);
  const before = await readStatusState(statePath);

  const sheetRegister = await campaignSheetRegister(campaign.file);
  const scanOptions = campaignScanOptions(campaign, zone, request.now, request.onProgress, sheetRegister);
  const run = await runDedupe({ ...scanOptions, exact: request.exact, decisions: request.decisions });
  const keyed = ledger.entries.length || existsSync(headPath(ledgerFile)) ? await openKeyedLedger(ledgerFile, request.campaignPath) : null;
  const tail = !keyed ? undefined : request.rebuildLedgerHead ? await rebuildLedgerHead(ledgerFile, keyed.keyer) : await checkLedgerTail(ledgerFile, keyed.entries, keyed.keyer);
  const entries = keyed?.entries ?? [];
  const chains = followUpChains(campaign, entries);
  const followChains = [...chains.values()].filter(isChain);
  // Each marked delivery's own list, matched to today's signers as a follow-up matches it (the ledger's keys, a
  // namesake held back): status and the follow-up's letter say one number of signers gone (verifyR1 F-M6).
  const ownLists = new Map(entries.map((entry) => [entry.delivery, ownList(entry)]));
  const seen = keyed ? await keysNow(run, { ...scanOptions, onProgress: undefined }, [...followChains, ...ownLists.values()], keyed.keyer, campaign.namesakes) : null;

  const pace = signingPace(run.counts.byDay, calendar);
  const deliveries: DeliveryStatus[] = [];
  for (const [date, sameDay] of byDate(campaign.deliveries)) {
    // The delivery's own tally, as its packet and `count --delivery` count it: the signatures up to its day.
    const dayRun = await runDedupe({ ...deliveryScanOptions(campaign, sameDay[0], request.now, undefined, sheetRegister), exact: request.exact, decisions: request.decisions });
    for (const delivery of sameDay) {
      const marked = latestEntry(entries, delivery.id);
      const options = deliveryScanOptions(campaign, delivery, request.now, undefined, sheetRegister);
      // Marked before its day was over: its own reading, closed at the mark, as its packet reads it.
      const closed = windowClosedAtMark(options.window, marked);
      const run = closed === options.window ? dayRun : await runDedupe({ ...options, window: closed, exact: request.exact, decisions: request.decisions });
      const followUp = await followUpFigures(campaign, delivery, run, { ...options, window: closed }, keyed);
      deliveries.push(deliveryStatus(delivery, { run, calendar, pace, followUp, afterDate: { date: closed === options.window || !marked ? date : marked.markedAt.slice(0, 10), signatures: run.counts.rejectReasons.outside_date_window ?? 0 }, marked, decisions: request.decisions }));
    }
  }
  deliveries.sort((a, b) => campaign.deliveries.findIndex((d) => d.id === a.id) - campaign.deliveries.findIndex((d) => d.id === b.id));

  const flags: StatusFlag[] = ledger.problems.map((p) => {
    const text = msg('status.flag.ledger-damaged', { file: ledgerFile, line: p.line, problem: p.message });
    return withText<StatusFlag>({ code: 'ledger-damaged', message: english().say(text) }, text);
  });
  const tailText = tail ? tailMessage(tail, ledgerFile, request.campaignPath) : null;
  if (tail && tailText) {
    const codes = { lost: 'ledger-tail-lost', 'head-tampered': 'ledger-head-tampered', 'head-missing': 'ledger-head-missing', rebuilt: 'ledger-head-rebuilt', 'recorded-now': 'ledger-tail-recorded-now' } as const;
    const code = codes[tail.state as keyof typeof codes];
    flags.push(withText<StatusFlag>({ code, message: english().say(tailText) }, tailText));
  }
  for (const entry of keyed ? tamperedEntries(ledger.entries, keyed.keyer) : []) {
    const text = msg('ledger.line-tampered', { delivery: entry.delivery, file: ledgerFile });
    flags.push(withText<StatusFlag>({ code: 'ledger-tampered', delivery: entry.delivery, message: english().say(text) }, text));
  }
  const markedIds = new Set(entries.map((e) => e.delivery));
  for (const entry of orphanedEntries(entries, campaign.deliveries.map((d) => d.id))) {
    const text = orphanedMessage(entry, campaign.file, renamedAs(entry, campaign.deliveries, markedIds));
    flags.push(withText<StatusFlag>({ code: 'ledger-orphaned', delivery: entry.delivery, message: english().say(text) }, text));
  }
  if (seen) {
    const missing = new Map([...ownLists].map(([id, list]) => [id, followUpCounts(list, run.counts.unique, run.counts.unique - (seen.newSigners.get(list) ?? 0)).noLongerCounted]));
    flags.push(...ledgerFlags(entries, campaign.sources.map((s) => s.pathAsWritten), missing));
  }
  // Rows held back from a follow-up not yet delivered as possibly its predecessor's signer, corrected: said as the packet says it.
  for (const [id, chain] of chains) {
    if (!seen || !isChain(chain) || latestEntry(entries, id)) continue;
    for (const problem of namesakeProblems(seen.unsettled.get(chain) ?? [], chain.chain[0].delivery, campaign.file)) {
      if (problem.text) flags.push(withText<StatusFlag>({ code: 'delivered-namesakes', delivery: id, message: problem.message }, problem.text));
    }
  }
  // A decision no row answers to is the campaign's, not one delivery's: said once, whichever follow-up looked.
  const unmatched = seen && followChains.length ? seen.unmatched.get(followChains[0]) ?? [] : [];
  for (const problem of unmatchedNamesakeProblems(unmatched, campaign.file)) {
    if (problem.text) flags.push(withText<StatusFlag>({ code: 'delivered-namesakes', message: problem.message }, problem.text));
  }

  for (const unchecked of run.scan.problems.filter((p) => p.code === UNCHECKED_PAPER)) {
    const text = msg('status.flag.sheets-unchecked', { file: unchecked.source, register: join(dirname(campaign.file), REGISTER_FILE) });
    flags.push(withText<StatusFlag>({ code: 'sheets-unchecked', message: english().say(text) }, text));
  }
  // What count and packet say about a --decisions file (it matches no pair, names a row not there, …), said here too.
  for (const problem of run.scan.problems.filter((p) => p.code.startsWith('decision'))) {
    if (problem.text) flags.push(withText<StatusFlag>({ code: 'review-decisions', message: problem.message }, problem.text));
  }
  const sheets = sheetRegister ? await collectSheetProgress(sheetRegister, scanOptions, calendar.dayOf) : null;
  if (sheets?.typedNotReturned.length) {
    const ids = sheets.typedNotReturned;
    const text = msg('status.flag.sheets-not-returned', { count: ids.length, ids: ids.join(', '), campaign: request.campaignPath, returned: ids.join(' ') });
    flags.push(withText<StatusFlag>({ code: 'sheets-not-returned', message: english().say(text) }, text));
  }

  const files = fileChanges(digests, before?.files ?? null);
  const { counts } = run;
  const report: StatusReport = {
    campaign: request.campaignPath, today: calendar.today, timezone: zone,
    counts: { rows: counts.rows, rejected: counts.rejected, accepted: counts.accepted, duplicates: counts.duplicates, unique: counts.unique, pendingReview: counts.pendingReview },
    pace, deliveries, lastRun: before?.at ?? null, files, flags,
    ...(sheets ? { sheets } : {}),
  };
  const saved: Record<string, FileDigestRecord> = {};
  for (const [path, digest] of digests) if (digest) saved[path] = digest;
  await writeStatusState(statePath, { at: request.now.toISOString(), files: saved });
  return report;
}

interface DeliveryInputs {
  /** The delivery's own run: the signatures up to its day. */
  run: DedupeRun;
  calendar: CampaignCalendar;
  pace: Pace;
  followUp: FollowUpFigures | null;
  afterDate: { date: string; signatures: number };
  marked: LedgerEntry | undefined;
  decisions: readonly ReviewDecision[] | undefined;
}

function deliveryStatus(delivery: Delivery, inputs: DeliveryInputs): DeliveryStatus {
  const { run, calendar, pace } = inputs;
  const signers = run.counts.unique;
  const uniqueByCountry = Object.fromEntries(Object.entries(run.counts.byCountry).map(([code, bucket]) => [code, bucket.unique]));
  let followUp: DeliveryStatus['followUp'] = null;
  if (inputs.followUp && 'waitingFor' in inputs.followUp) followUp = { waitingFor: inputs.followUp.waitingFor };
  else if (inputs.followUp) {
    const { deliveredBefore, stillCounted, noLongerCounted, newSigners } = inputs.followUp;
    followUp = { deliveredBefore, stillCounted, noLongerCounted, newSigners };
  }
  const goal = delivery.goal === undefined ? null : goalProgress(delivery.goal, signers, uniqueByCountry);
  const status: DeliveryStatus = {
    id: delivery.id, target: delivery.target, date: delivery.date, place: delivery.place, occasion: delivery.occasion ?? null, privacy: delivery.privacy,
    daysLeft: calendar.daysUntil(delivery.date), since: delivery.since ?? null, signers, signedAfterDate: inputs.afterDate.signatures, countedUntil: inputs.afterDate.date, followUp,
    delivered: inputs.marked ? { markedAt: inputs.marked.markedAt, signers: inputs.marked.signers, total: inputs.marked.total, ...decisionsOf(inputs.marked, inputs.decisions) } : null,
    goal,
    projected: goal?.total ? projectedDay(signers, goal.total.goal, pace, calendar) : null,
  };
  return Object.defineProperty(status, 'inLanguages', { value: { places: delivery.places ?? {}, occasions: delivery.occasions ?? {} }, enumerable: false });
}

function followUpChains(campaign: Campaign, entries: LedgerEntry[]): Map<string, DeliveredBefore | { missing: string }> {
  const sinceOf = (id: string) => campaign.deliveries.find((d) => d.id === id)?.since;
  const chains = new Map<string, DeliveredBefore | { missing: string }>();
  for (const delivery of campaign.deliveries) {
    if (delivery.since !== undefined) chains.set(delivery.id, deliveredBefore(entries, delivery.since, sinceOf));
  }
  return chains;
}

/** Deliveries grouped by day, in the campaign's order of first appearance: one run counts every delivery of a day. */
function byDate(deliveries: readonly Delivery[]): Map<string, Delivery[]> {
  const days = new Map<string, Delivery[]>();
  for (const delivery of deliveries) days.set(delivery.date, [...days.get(delivery.date) ?? [], delivery]);
  return days;
}

/** The signers one marked delivery's own list carried (a follow-up's new signers, not its predecessors'), as a chain of one. */
function ownList(entry: LedgerEntry): DeliveredBefore {
  const alone = deliveredBefore([entry], entry.delivery, () => undefined);
  if (!isChain(alone)) throw new Error(`no ledger line for ${entry.delivery}`);
  return { ...alone, signers: entry.signers };
}

function isChain(chain: DeliveredBefore | { missing: string }): chain is DeliveredBefore {
  return !('missing' in chain);
}

/** The review decisions a delivered packet applied, and whether this status applies the same ones. */
function decisionsOf(marked: LedgerEntry, decisions: readonly ReviewDecision[] | undefined): { decisions: number; decisionsGiven: 'same' | 'none' | 'other' } {
  const given = sameDecisions(marked, decisions) ? 'same' : decisions?.length ? 'other' : 'none';
  return { decisions: marked.decisions?.count ?? 0, decisionsGiven: given };
}
