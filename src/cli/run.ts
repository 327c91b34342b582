// The process entry: the only place that sets the exit code of the real process.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
