// Runs this command again in a child Node with a bigger heap (heap-room.ts), sharing this process's standard streams,
// and ends as it ended: with its exit code, or by the same signal.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { heapToAsk } from './heap-room.js';

/** Set in the child to the parent's pid, so it never starts a third and knows whom it runs for. */
const RELAUNCHED = 'PETITION_HEAP_RELAUNCHED';
/** The heap (MB) this process is taken to have instead of its own: lets a test see the relaunch without gigabytes. */
const ASSUMED_LIMIT = 'PETITION_HEAP_LIMIT_MB';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The heap (MB) this process should be run again with, or undefined. The files are those the command line names and
 * the sources of a campaign file it names.
 */
export async function heapForThisRun(): Promise<number | undefined> {
  if (process.env[RELAUNCHED]) return undefined;
  const argv = process.argv.slice(2);
  return heapToAsk({
    argv: [...argv, ...(await campaignSources(argv))],
    nodeFlags: [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)],
    heapLimit: Number(process.env[ASSUMED_LIMIT]) * 2 ** 20 || getHeapStatistics().heap_size_limit,
    totalMemory: totalmem(),
    fileSize,
  });
}

function fileSize(token: string): number | undefined {
  try {
    const stat = statSync(token);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** The source files of the campaign files named; a campaign that can't be read is the command's to report. */
async function campaignSources(argv: readonly string[]): Promise<string[]> {
  const campaigns = argv.filter((token) => /\.ya?ml$/i.test(token) && fileSize(token) !== undefined);
  if (campaigns.length === 0) return [];
  const { loadCampaign } = await import('../campaign/load-campaign.js');
  const sources: string[] = [];
  for (const path of campaigns) {
    try {
      sources.push(...(await loadCampaign(path)).sources.map((source) => source.path));
    } catch {
      // Not a campaign (a jobs file, a broken one): nothing to add.
    }
  }
  return sources;
}

/**
 * In a relaunched child: when the process that started it is gone (killed with SIGKILL, which it cannot pass on), the
 * run stops as if hung up, instead of writing its files later for no one.
 */
export function stopWithParent(): void {
  if (!process.env[RELAUNCHED]) return;
  // The parent's pid as it gave it: a parent killed before this line ran would not be seen by reading ppid here.
  const parent = Number(process.env[RELAUNCHED]);
  if (!(parent > 1)) return;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGHUP');
  }, 500).unref();
}

/** The child's exit code; a child ended by a signal ends this process by the same one. Null if it could not start. */
export function relaunchWithHeap(megabytes: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${megabytes}`, process.argv[1], ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [RELAUNCHED]: String(process.pid) },
    });
    // Ctrl-C reaches both processes; a signal sent to this one alone is passed on. The child says it was interrupted.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of SIGNALS) process.on(signal, forward);
    child.once('error', () => {
      for (const signal of SIGNALS) process.off(signal, forward);
      resolve(null);
    });
    child.once('exit', (code, signal) => {
      for (const signal of SIGNALS) process.off(signal, forward);
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 1);
    });
  });
}
