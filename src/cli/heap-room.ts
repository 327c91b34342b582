// Fuzzy matching (the default mode) keeps every row in memory: about ten bytes for each byte of the exports, from a
// million rows (754 MB for a 74 MB file) to twenty million (14 GB for 1.5 GB). Node's heap stops near 4 GB whatever
// the machine has, and running out ends the process with V8's own fatal error and its stack, minutes into the run.
// So a run whose files need more is started again with the room it needs, up to most of the machine's memory.

/** Heap a default run needs per byte of its input files, with a margin over the ten measured. */
const HEAP_BYTES_PER_INPUT_BYTE = 12;
/** What the program itself holds before any row: modules, catalogs, the readers' buffers. */
const BASE_HEAP_BYTES = 128 * 2 ** 20;
/** Never ask for more than this share of the machine's memory: the rest is the system's and the output's. */
const SHARE_OF_MEMORY = 0.8;
const MB = 2 ** 20;

export interface HeapFacts {
  /** The command line after `petition`. */
  argv: readonly string[];
  /** Node's own flags for this process, and NODE_OPTIONS: a heap size given there is the user's to keep. */
  nodeFlags: readonly string[];
  /** This process's heap limit and the machine's memory, in bytes. */
  heapLimit: number;
  totalMemory: number;
  /** The size of a regular file the command line names, or undefined for anything else. */
  fileSize: (token: string) => number | undefined;
}

/** The heap (in MB) to start the run again with, or undefined when this process has room enough. */
export function heapToAsk(facts: HeapFacts): number | undefined {
  if (facts.nodeFlags.some((flag) => /^--max[-_]old[-_]space[-_]size\b/.test(flag))) return undefined;
  // The exact rules match rows from disk beyond a million of them: their memory stays flat.
  if (facts.argv.includes('--exact')) return undefined;
  let inputBytes = 0;
  for (const token of facts.argv) inputBytes += facts.fileSize(token) ?? 0;
  const needed = BASE_HEAP_BYTES + inputBytes * HEAP_BYTES_PER_INPUT_BYTE;
  if (needed <= facts.heapLimit) return undefined;
  const asked = Math.floor(Math.min(needed * 1.5, facts.totalMemory * SHARE_OF_MEMORY) / MB);
  return asked * MB > facts.heapLimit ? asked : undefined;
}
