/* global process */
// After the suite: whatever is left in the suite's temporary folder is signer data a test or the tool left behind.
// It is removed either way, and the run fails naming it. The per-user folder of the tool may stay, empty.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function teardown() {
  const suiteDir = process.env.PETITION_SUITE_TMPDIR;
  if (!suiteDir) return;
  const left = [];
  for (const name of readdirSync(suiteDir)) {
    if (name.startsWith('petition-courier-')) {
      for (const inner of readdirSync(join(suiteDir, name))) left.push(`${name}/${inner}`);
    } else {
      left.push(name);
    }
  }
  rmSync(suiteDir, { recursive: true, force: true });
  if (left.length > 0) {
    throw new Error(`the tests left ${left.length} temporary ${left.length === 1 ? 'entry' : 'entries'} behind (removed now): ${left.slice(0, 20).join(', ')}${left.length > 20 ? ', …' : ''}`);
  }
}
