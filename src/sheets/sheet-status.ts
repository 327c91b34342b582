// How far the paper sheets have come: printed (in the register), typed up, and the signatures each one holds.
import { scanSources, type ScanOptions } from '../pipeline/scan-sources.js';
import { parseSheetId } from './sheet-id.js';
import { registeredSheets, type SheetRegister } from './sheet-register.js';
import { isSheetHeader } from './transcription.js';

export interface SheetProgress {
  issued: number;
  /** Sheets with at least one accepted typed line. */
  typed: number;
  /** Accepted typed lines per sheet, in the register's order; sheets not typed up show 0. */
  perSheet: Array<{ sheet: string; batch: number; signatures: number }>;
}

export function summariseSheets(register: SheetRegister, signaturesBySheet: ReadonlyMap<string, number>): SheetProgress {
  const perSheet = [...registeredSheets(register)].map(([sheet, where]) => ({ sheet, batch: where.batch, signatures: signaturesBySheet.get(sheet) ?? 0 }));
  return { issued: perSheet.length, typed: perSheet.filter((s) => s.signatures > 0).length, perSheet };
}

/** Reads the sources once more, counting each accepted typed line under its sheet. */
export async function collectSheetProgress(register: SheetRegister, scanOptions: ScanOptions): Promise<SheetProgress> {
  const counts = new Map<string, number>();
  await scanSources({ ...scanOptions, onProgress: undefined }, (event) => {
    if (event.kind !== 'accepted') return;
    const { extra } = event.signature;
    const key = Object.keys(extra).find(isSheetHeader);
    if (key === undefined) return;
    const parsed = parseSheetId(extra[key]);
    if (parsed.ok) counts.set(parsed.text, (counts.get(parsed.text) ?? 0) + 1);
  });
  return summariseSheets(register, counts);
}
