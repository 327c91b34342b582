// The built CLI with one change: the first signature list it opens never takes a byte, so the run stops half-way
// through its packet (letters written, list not) and says so over IPC. The test then kills it with SIGKILL.
import { createWriteStream } from 'node:fs';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { Writable } from 'node:stream';
import { main } from '../../dist/cli/main.js';
import { realDeps } from '../../dist/deps.js';

const openWrite = (path, options) => {
  if (!/signatures/.test(path)) return createWriteStream(path, options);
  // Keeps the process alive while it waits for its SIGKILL.
  setInterval(() => undefined, 60_000);
  process.send('paused');
  return new Writable({ write: () => undefined });
};

await main(process.argv.slice(2), { ...realDeps(), openWrite });
