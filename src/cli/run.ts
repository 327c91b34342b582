// The process entry: the only place that sets the exit code of the real process.
import { main } from './main.js';
import { EXIT_FAILED } from './exit-codes.js';
import { removeTemporaries } from '../output/temporary-paths.js';

// Interrupted (Ctrl-C, or stopped by a service manager): remove temporary files first, exit as shells expect.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.exit(code);
  });
}

// `petition inspect … | head -1`: the reader has what it wanted; the run ends quietly, without a stack.
// Any other failure to write standard output (a full disk behind `> file`) is a run that could not finish.
let outputFailed = false;
for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    outputFailed = true;
    process.exitCode = EXIT_FAILED;
    if (stream !== process.stderr && !process.stderr.destroyed) process.stderr.write(`petition: ${name}: cannot write it (${error.code ?? error.message})\n`);
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = outputFailed ? EXIT_FAILED : code;
