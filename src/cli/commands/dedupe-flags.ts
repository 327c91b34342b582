// Turns the flags of count and dedupe into one run of the pipeline.
import { isExcelLockFile } from '../../read/open-sources.js';
import { existsSync } from 'node:fs';
import { readDecisions } from '../read-decisions.js';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../../pipeline/run-dedupe.js';
import type { ScanOptions } from '../../pipeline/scan-sources.js';
import { dateWindow, sourceSpecs, type ReadFlags } from '../read-options.js';
import { prepareSources, type CommandContext } from '../context.js';
import { basename, resolve } from 'node:path';
import { UserError, visibleInLine } from '../../errors.js';
import { loadCampaign } from '../../campaign/load-campaign.js';
import type { Campaign, Delivery } from '../../campaign/campaign-schema.js';
import { campaignScanOptions, deliveryWindow, windowClosedAtMark } from '../../campaign/campaign-scan-options.js';
import { readLedger } from '../../ledger/read-ledger.js';
import { ledgerPath } from '../../ledger/ledger-files.js';
import { latestEntry } from '../../ledger/delivered-before.js';
import { pickDelivery } from '../../packet/pick-delivery.js';
import { createTzClock } from '../../normalize/tz-clock.js';
import { campaignSheetRegister, readSheetRegister, type SheetRegister } from '../../sheets/sheet-register.js';
import { msg, withText } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';
import { outcomeOf } from '../../pipeline/run-dedupe.js';

export interface MatchFlags extends ReadFlags {
  exact?: boolean;
  decisions?: string;
  /** Read the campaign's sources with their own options, as `packet` does, instead of files named here. */
  campaign?: string;
  delivery?: string;
}

export interface PreparedRun {
  run: DedupeRun;
  scanOptions: ScanOptions;
  /** With --campaign: the campaign read, and the delivery named with --delivery. */
  campaign?: { campaign: Campaign; delivery?: Delivery };
  cleanup(): Promise<void>;
}

export async function runFromFlags(paths: string[], flags: MatchFlags, ctx: CommandContext, extra: Pick<DedupeRunOptions, 'keepRejections' | 'rowsInMemory' | 'countsOnly' | 'outputSpool'> = {}): Promise<PreparedRun> {
  if (flags.campaign !== undefined) return runCampaign(paths, flags, ctx, extra);
  if (flags.delivery !== undefined) throw new UserError(msg('flags.delivery-needs-campaign'));
  if (paths.length === 0) throw new UserError(msg('flags.no-files'));
  const specs = sourceSpecs(withoutLockFiles(paths, ctx), flags, ctx.deps.cwd);
  const sources = await prepareSources(specs, ctx.deps);
  const progress = ctx.progress('reading');
  const scanOptions: ScanOptions = { specs, open: sources.open, tz: flags.tz ?? 'UTC', window: dateWindow(flags), onProgress: progress.update };
  return runPrepared(scanOptions, flags, ctx, extra, progress.done, sources.cleanup);
}

/** Flags that would make the count differ from the packet's: the campaign says these (per source, or its timezone). */
const PER_SOURCE_FLAGS = ['map', 'format', 'encoding', 'country', 'from', 'to', 'tz', 'readAsSigners'] as const;

/**
 * The campaign's sources, each with its own options, in its time zone: the same reading as `petition packet`, so
 * the number is the packet's. A delivery counts only the signatures up to its day, as its packet does.
 */
async function runCampaign(paths: string[], flags: MatchFlags, ctx: CommandContext, extra: Pick<DedupeRunOptions, 'keepRejections' | 'rowsInMemory' | 'countsOnly' | 'outputSpool'>): Promise<PreparedRun> {
  if (paths.length > 0) throw new UserError(msg('flags.campaign-and-files', { files: paths.join(', ') }));
  const given = PER_SOURCE_FLAGS.filter((name) => flags[name] !== undefined && !(Array.isArray(flags[name]) && flags[name].length === 0));
  if (given.length) throw new UserError(msg('flags.campaign-and-read-options', { options: given.map((name) => `--${name}`).join(', ') }));
  const campaign = await loadCampaign(resolve(ctx.deps.cwd, flags.campaign as string));
  const tz = campaign.timezone ?? 'UTC';
  const delivery = flags.delivery !== undefined ? pickDelivery(campaign, flags.delivery, createTzClock(tz).dayOf(ctx.deps.now().getTime())) : undefined;
  const progress = ctx.progress('reading');
  // The sheet register beside the campaign file checks typed-up sheets, as in `packet` and `status`.
  const scanOptions = campaignScanOptions(campaign, tz, ctx.deps.now(), progress.update, await campaignSheetRegister(campaign.file));
  // A delivery counts the signatures up to its day, as its packet does.
  const ledgerFile = ledgerPath(resolve(ctx.deps.cwd, flags.campaign as string));
  const marked = delivery ? latestEntry((await readLedger(ledgerFile)).entries, delivery.id) : undefined;
  if (delivery) {
    scanOptions.window = windowClosedAtMark(deliveryWindow(delivery, tz), marked);
    scanOptions.windowOf = 'delivery';
  }
  const prepared = await runPrepared(scanOptions, flags, ctx, extra, progress.done, async () => undefined);
  // A delivery already handed over stated its number: rows added, corrected or undated since (no date closes them out)
  // change a count of the exports as they are now, and the two numbers must not be taken for one.
  const now = marked ? outcomeOf(prepared.run).signers : 0;
  if (marked && delivery && now !== marked.total) {
    const text = msg('count.marked-differs', { delivery: delivery.id, day: marked.markedAt.slice(0, 10), stated: marked.total, now });
    prepared.run.scan.problems.push(withText({ source: ledgerFile, code: 'marked_count_differs', message: english().say(text) }, text));
  }
  return { ...prepared, campaign: { campaign, ...(delivery ? { delivery } : {}) } };
}

async function runPrepared(
  scanOptions: ScanOptions, flags: MatchFlags, ctx: CommandContext, extra: Pick<DedupeRunOptions, 'keepRejections' | 'rowsInMemory' | 'countsOnly' | 'outputSpool'>,
  progressDone: () => void, cleanup: () => Promise<void>,
): Promise<PreparedRun> {
  try {
    if (flags.sheetRegister) scanOptions.sheetRegister = await readGivenRegister(flags.sheetRegister);
    scanOptions.now = ctx.deps.now().getTime();
    const decisions = flags.decisions ? await readDecisions(flags.decisions) : undefined;
    const run = await runDedupe({ ...scanOptions, ...extra, exact: flags.exact, decisions, collectGarbage: ctx.deps.collectGarbage });
    return { run, scanOptions: { ...scanOptions, onProgress: undefined }, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    progressDone();
  }
}


async function readGivenRegister(path: string): Promise<SheetRegister> {
  // A missing register reads as an empty one (no sheets printed yet); a register named by hand must exist.
  if (!existsSync(path)) throw new UserError(msg('flags.no-register'), { file: path });
  const register = await readSheetRegister(path, '');
  if (register.batches.length === 0) throw new UserError(msg('flags.empty-register'), { file: path });
  return register;
}

/** The arguments that name the same inputs again, for a hint the user can paste: the campaign, or the files. */
export function sourceArguments(paths: readonly string[], flags: MatchFlags): string[] {
  if (flags.campaign !== undefined) return ['--campaign', flags.campaign, ...(flags.delivery !== undefined ? ['--delivery', flags.delivery] : [])];
  // Every option that changes what is read: without --sheet-register the run would accept the rows this one rejected.
  const each = (flag: string, value: string[] | string | undefined) => [value ?? []].flat().flatMap((v) => [flag, v]);
  return [...paths, ...each('--sheet-register', flags.sheetRegister), ...each('--country', flags.country), ...each('--tz', flags.tz),
    ...each('--from', flags.from), ...each('--to', flags.to), ...each('--map', flags.map), ...each('--sheet', flags.sheet), ...each('--read-as-signers', flags.readAsSigners),
    ...each('--format', flags.format), ...each('--encoding', flags.encoding), ...(flags.exact ? ['--exact'] : [])];
}

/**
 * `count *.xlsx` while a workbook is open in Excel also names Excel's lock file: it is left out with a one-line notice.
 * Given alone, it is read and refused with the same words (open-sources.ts).
 */
function withoutLockFiles(paths: string[], ctx: CommandContext): string[] {
  const kept = paths.filter((path) => !isExcelLockFile(path));
  if (kept.length === 0) return paths;
  for (const path of paths.filter(isExcelLockFile)) ctx.err(`${ctx.words.t('read.lock-file-skipped', { file: visibleInLine(path), workbook: visibleInLine(basename(path).slice(2)) })}\n`);
  return kept;
}
