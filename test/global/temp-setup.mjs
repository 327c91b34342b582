/* global process */
// Before the suite: every test, and every binary a test spawns, gets its temporary folders inside one folder of the
// suite's own (TMPDIR, which os.tmpdir() reads and child processes inherit), so the teardown can tell what was left.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const suiteDir = mkdtempSync(join(tmpdir(), 'petition-suite-'));
  process.env.PETITION_SUITE_TMPDIR = suiteDir;
  process.env.TMPDIR = suiteDir;
}
