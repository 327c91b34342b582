// The process entry: the only place that sets the exit code of the real process.
import { main } from './main.js';
import { removeTemporaries } from '../output/temporary-paths.js';

// Interrupted (Ctrl-C, or stopped by a service manager): remove temporary files first, exit as shells expect.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeTemporaries();
    process.exit(code);
  });
}

process.exitCode = await main(process.argv.slice(2));
