// Turns the flags of count and dedupe into one run of the pipeline.
import { readDecisions } from '../read-decisions.js';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../../pipeline/run-dedupe.js';
import type { ScanOptions } from '../../pipeline/scan-sources.js';
import { dateWindow, sourceSpecs, type ReadFlags } from '../read-options.js';
import { prepareSources, type CommandContext } from '../context.js';
import { UserError } from '../../errors.js';
import { readSheetRegister, type SheetRegister } from '../../sheets/sheet-register.js';

export interface MatchFlags extends ReadFlags {
  exact?: boolean;
  decisions?: string;
}

export interface PreparedRun {
  run: DedupeRun;
  scanOptions: ScanOptions;
  cleanup(): Promise<void>;
}

export async function runFromFlags(paths: string[], flags: MatchFlags, ctx: CommandContext, extra: Pick<DedupeRunOptions, 'keepRejections' | 'rowsInMemory' | 'countsOnly'> = {}): Promise<PreparedRun> {
  const specs = sourceSpecs(paths, flags);
  const sources = await prepareSources(specs, ctx.deps);
  const progress = ctx.progress('reading');
  const scanOptions: ScanOptions = { specs, open: sources.open, tz: flags.tz, window: dateWindow(flags), onProgress: progress.update };
  try {
    if (flags.sheetRegister) scanOptions.sheetRegister = await readGivenRegister(flags.sheetRegister);
    const decisions = flags.decisions ? await readDecisions(flags.decisions, 'none') : undefined;
    const run = await runDedupe({ ...scanOptions, ...extra, exact: flags.exact, decisions, collectGarbage: ctx.deps.collectGarbage });
    return { run, scanOptions: { ...scanOptions, onProgress: undefined }, cleanup: sources.cleanup };
  } catch (error) {
    await sources.cleanup();
    throw error;
  } finally {
    progress.done();
  }
}


async function readGivenRegister(path: string): Promise<SheetRegister> {
  const register = await readSheetRegister(path, '');
  if (register.batches.length === 0) throw new UserError('no printed sheets in this register (petition sheets writes it)', { file: path });
  return register;
}
