// The campaign's sources as every command reads them (count --campaign, status, packet, press): which files, and up to
// which moment. Kept apart from build-packet so that count and status load no PDF or font code.
import { createReadStream } from 'node:fs';
import type { Campaign, Delivery } from './campaign-schema.js';
import type { ScanOptions } from '../pipeline/scan-sources.js';
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import { campaignSheetCode, type SheetRegister } from '../sheets/sheet-register.js';
import type { SourceSpec } from '../types.js';
import { parseDateWindow } from '../validate/parse-date-window.js';
import type { DateWindow } from '../validate/validate-signature.js';

/** The campaign's sources read as a delivery counts them: up to the end of its day (packet, count --delivery, status). */
export function deliveryScanOptions(campaign: Campaign, delivery: Delivery, now: Date, onProgress?: ScanOptions['onProgress'], sheetRegister?: SheetRegister | null): ScanOptions {
  const tz = campaign.timezone ?? 'UTC';
  return { ...campaignScanOptions(campaign, tz, now, onProgress, sheetRegister), window: deliveryWindow(delivery, tz), windowOf: 'delivery' };
}

/** A delivery counts the signatures given up to the end of its day, in the campaign's time zone. */
export function deliveryWindow(delivery: Delivery, tz: string): DateWindow {
  return parseDateWindow(undefined, delivery.date, tz);
}

/**
 * A delivery marked delivered before its day was over (--force) closes at the mark: what was signed after it was not
 * handed over and belongs to the next delivery, so every later reading keeps the delivered figure.
 */
export function windowClosedAtMark(window: DateWindow | undefined, marked: Pick<LedgerEntry, 'markedAt'> | undefined): DateWindow | undefined {
  const at = marked ? Date.parse(marked.markedAt) : Number.NaN;
  if (Number.isNaN(at) || (window?.to !== undefined && window.to <= at)) return window;
  return { ...window, to: at };
}

/**
 * Sources as the campaign names them: shown and counted under the path as written, read from the resolved path.
 * `now` is required: a date after today is rejected, and a reading without it (status once had one) counts a signer
 * the packet and `count` reject.
 */
export function campaignScanOptions(campaign: Campaign, tz: string, now: Date, onProgress?: ScanOptions['onProgress'], sheetRegister?: SheetRegister | null): ScanOptions {
  const specs: SourceSpec[] = campaign.sources.map((s) => ({
    path: s.pathAsWritten, format: s.format, encoding: s.encoding, map: s.map as SourceSpec['map'], country: s.country,
    ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
    ...(s.asSigners ? { asSigners: true } : {}),
  }));
  return { specs, open: (spec) => createReadStream(resolvedPath(campaign, spec)), tz, now: now.getTime(), onProgress, sheetRegister, sheetCode: campaignSheetCode(campaign) };
}

/** Where a source named as written in the campaign file is on disk. */
export function resolvedPath(campaign: Campaign, spec: SourceSpec): string {
  return campaign.sources.find((s) => s.pathAsWritten === spec.path)?.path ?? spec.path;
}
