// How far the paper sheets have come: printed (in the register), returned from the field, typed up, and the
// signatures each one holds; and the sheets whose custody does not add up.
import { scanSources, type ScanOptions } from '../pipeline/scan-sources.js';
import { registeredSheets, type SheetRegister } from './sheet-register.js';

export interface SheetLine {
  sheet: string;
  batch: number;
  /** When the sheet was marked returned (ISO), or null. */
  returned: string | null;
  /** The calendar day it was marked returned in the campaign's time zone (YYYY-MM-DD), or null. */
  returnedDay: string | null;
  /** Accepted typed lines. */
  signatures: number;
}

export interface SheetProgress {
  issued: number;
  returned: number;
  /** Sheets with at least one accepted typed line. */
  typed: number;
  /** Every registered sheet, in the register's order; sheets not typed up show 0 signatures. */
  perSheet: SheetLine[];
  /** Typed up but never marked returned: where is the paper? */
  typedNotReturned: string[];
  /** Marked returned but not a line of it typed up yet. */
  returnedNotTyped: string[];
  /** Batches voided (`sheets --void`): their sheets are in none of the figures above. */
  voided: Array<{ batch: number; sheets: number; day: string }>;
}

/** `dayOf` gives an instant's calendar day in the campaign's time zone (UTC unless told). */
export function summariseSheets(register: SheetRegister, signaturesBySheet: ReadonlyMap<string, number>, dayOf: (instant: string) => string = (i) => i.slice(0, 10)): SheetProgress {
  const perSheet = [...registeredSheets(register)].filter(([, where]) => !where.voided).map(([sheet, where]): SheetLine => {
    const returned = register.returned[sheet] ?? null;
    return { sheet, batch: where.batch, returned, returnedDay: returned && dayOf(returned), signatures: signaturesBySheet.get(sheet) ?? 0 };
  });
  return {
    issued: perSheet.length,
    returned: perSheet.filter((s) => s.returned).length,
    typed: perSheet.filter((s) => s.signatures > 0).length,
    perSheet,
    typedNotReturned: perSheet.filter((s) => s.signatures > 0 && !s.returned).map((s) => s.sheet),
    returnedNotTyped: perSheet.filter((s) => s.returned && s.signatures === 0).map((s) => s.sheet),
    voided: register.batches.flatMap((b) => (b.voided ? [{ batch: b.batch, sheets: b.sheets.length, day: dayOf(b.voided) }] : [])),
  };
}

/** Reads the sources once more, counting each accepted typed line under its sheet. */
export async function collectSheetProgress(register: SheetRegister, scanOptions: ScanOptions, dayOf?: (instant: string) => string): Promise<SheetProgress> {
  const counts = new Map<string, number>();
  await scanSources({ ...scanOptions, onProgress: undefined }, (event) => {
    const paper = event.kind === 'accepted' ? event.signature.paper : undefined;
    if (paper) counts.set(paper.sheet, (counts.get(paper.sheet) ?? 0) + 1);
  });
  return summariseSheets(register, counts, dayOf);
}
