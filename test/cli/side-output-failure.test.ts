// A side output (--clusters, --rejects, --review) that cannot be written is the file named: not the merged list,
// whose stream was only closed because of it.
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('dedupe when a side output is a device', () => {
  it.each(['--clusters', '--rejects', '--review'])('%s /dev/full names /dev/full, not the merged list', async (flag) => {
    if (!existsSync('/dev/full')) return;
    const run = await runMain(['dedupe', exportPath('google-form.csv'), '-o', join(tempDir(), 'merged.csv'), flag, '/dev/full']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/dev/full');
    expect(run.stderr).not.toContain('merged.csv');
    expect(run.stderr).not.toContain('ERR_STREAM_DESTROYED');
  });
});
