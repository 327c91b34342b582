// Turns the flags of count and dedupe into one run of the pipeline.
import { promises as fsp } from 'node:fs';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../../pipeline/run-dedupe.js';
import type { ScanOptions } from '../../pipeline/scan-sources.js';
import { parseDecisions } from '../../dedupe/fuzzy/review-csv.js';
import { UserError } from '../../errors.js';
import { dateWindow, sourceSpecs, type ReadFlags } from '../read-options.js';
import { prepareSources, type CommandContext } from '../context.js';

export interface MatchFlags extends ReadFlags {
  exact?: boolean;
  decisions?: string;
}

export interface PreparedRun {
  run: DedupeRun;
  scanOptions: ScanOptions;
  cleanup(): Promise<void>;
}

export async function runFromFlags(paths: string[], flags: MatchFlags, ctx: CommandContext, extra: Pick<DedupeRunOptions, 'keepRejections'> = {}): Promise<PreparedRun> {
  const specs = sourceSpecs(paths, flags);
  const sources = await prepareSources(specs, ctx.deps);
  const progress = ctx.progress('reading');
  const scanOptions: ScanOptions = { specs, open: sources.open, tz: flags.tz, window: dateWindow(flags), onProgress: progress.update };
  try {
    const decisions = flags.decisions ? parseDecisions(await readDecisions(flags.decisions)) : undefined;
    const run = await runDedupe({ ...scanOptions, ...extra, exact: flags.exact, decisions });
    return { run, scanOptions: { ...scanOptions, onProgress: undefined }, cleanup: sources.cleanup };
  } catch (error) {
    await sources.cleanup();
    throw error;
  } finally {
    progress.done();
  }
}

async function readDecisions(path: string): Promise<string> {
  try {
    return (await fsp.readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new UserError('cannot read the decisions file', { file: path }, { cause: error });
  }
}
