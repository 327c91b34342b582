// `status` in English dates today as every English packet part does ("6 December 2026", en-GB as the letters), not
// in the US style ("December 6, 2026") that no document of the packet uses (verifyH F10).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
// status records what it saw beside the campaign: the fixture's record is put back as it was.
const STATE = fileURLToPath(new URL('../../fixtures/campaign/.petition/status-state.json', import.meta.url));
const savedState = readFileSync(STATE);
afterAll(() => {
  writeFileSync(STATE, savedState);
  removeTestTempDirs();
});

describe('the date style of status', () => {
  it('is the letters\' in English: day, month, year', async () => {
    const { stdout } = await runMain(['status', CAMPAIGN], { now: new Date('2026-12-06T15:00:00Z') });
    expect(stdout).toMatch(/today is 6 December 2026 \(/);
    expect(stdout).not.toContain('December 6, 2026');
  });
});
