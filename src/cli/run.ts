// The process entry: the only place that sets the exit code of the real process.
import { main } from './main.js';
import { EXIT_FAILED } from './exit-codes.js';
import { removeTemporaries, sweepAfterCrashes } from '../output/temporary-paths.js';
import { chooseLanguage, langFlag } from '../i18n/language.js';
import { translator } from '../i18n/translator.js';
import { stdoutClosedAtStart } from './closed-stdout.js';
import { heapForThisRun, relaunchWithHeap, stopWithParent } from './relaunch.js';

const words = translator(chooseLanguage(langFlag(process.argv.slice(2)), process.env));

// Interrupted (Ctrl-C, a closed terminal, a service manager's stop): say so, remove temporary files, then end by the
// same signal, as shells expect (130 for SIGINT, 143 for SIGTERM). Not process.exit: it waits for the I/O threads,
// and one blocked in a read or open (a FIFO no one writes to) would keep the process alive forever.
function sayInterrupted(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      if (!process.stderr.destroyed) process.stderr.write(`\npetition: ${words.t('cli.interrupted', { signal })}\n`);
      removeTemporaries();
      for (const other of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(other);
      process.kill(process.pid, signal);
    });
  }
}

// `petition inspect … | head -1`: the reader has what it wanted; the run ends quietly, without a stack.
// Any other failure to write standard output (a full disk behind `> file`) is a run that could not finish.
let outputFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    outputFailed = true;
    process.exitCode = EXIT_FAILED;
    if (stream !== process.stderr && !process.stderr.destroyed) process.stderr.write(`petition: ${words.t('cli.stdout-failed', { reason: error.code ?? error.message })}\n`);
  });
}

// Started with standard output closed (`>&-`): nothing is run, since what a command does could not be told. A packet
// built and marked delivered would otherwise end "could not run" (exit 2), though the ledger holds it (verifyR2 F17).
if (stdoutClosedAtStart()) {
  process.stderr.write(`petition: ${words.t('cli.stdout-closed')}\n`);
  process.exitCode = EXIT_FAILED;
} else {
  // Files too big for Node's default heap with fuzzy matching: the run is made by a child given the room.
  const heap = await heapForThisRun();
  if (heap !== undefined && process.argv.includes('--debug')) process.stderr.write(`petition: ${words.t('cli.more-heap', { megabytes: heap })}\n`);
  const relaunched = heap === undefined ? null : await relaunchWithHeap(heap);
  if (relaunched !== null) {
    process.exitCode = relaunched;
  } else {
    sayInterrupted();
    stopWithParent();
    sweepAfterCrashes();
    const code = await main(process.argv.slice(2));
    process.exitCode = outputFailed ? EXIT_FAILED : code;
  }
}
