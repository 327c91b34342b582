// batch treats a follow-up with no new signers as `packet` does: a warning and exit 1, not a failure (exit 2),
// and `batch --allow-empty` builds it, as the warning says.
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy } from './followup-fixture.js';
import { runMain } from '../helpers/run-main.js';

const LATER = { now: new Date('2026-06-01T12:00:00Z') };

describe('batch with an empty follow-up', () => {
  it('warns and exits 1 without building it, and builds it with --allow-empty', async () => {
    const copy = followupCopy();
    const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBeLessThan(2);
    const out = join(copy.root, 'packets');

    const refused = await runMain(['batch', copy.campaign, '--delivery', 'embassy-2026', '-o', out], LATER);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/embassy-2026: not built: no new signers/);
    expect(refused.stdout).toMatch(/no new signers since "embassy-2025".*--allow-empty/);
    expect(refused.stdout).toMatch(/1 not built for want of new signers, 0 failed/);
    expect(refused.stdout).not.toMatch(/embassy-2026: failed/);
    expect(existsSync(join(out, 'embassy-2026', 'letter.pdf'))).toBe(false);

    const allowed = await runMain(['batch', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--allow-empty', '--json'], LATER);
    expect(allowed.code).toBeLessThan(2);
    expect(JSON.parse(allowed.stdout).packets[0].status).toBe('built');
    expect(existsSync(join(out, 'embassy-2026', 'letter.pdf'))).toBe(true);
  });
});
