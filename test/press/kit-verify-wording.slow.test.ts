// What verify says of a press kit must match what it proved: a kit's figures give no packet fingerprint, it only names
// one (adv15c P5), and a file added to a kit folder was added after the kit, not a packet, was built (adv15c P9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

async function kit(): Promise<{ dir: string; fingerprint: string }> {
  const campaign = tinyCampaign(SIGNERS);
  const dir = join(dirname(campaign), 'kit');
  const built = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--json', '-o', dir]);
  return { dir, fingerprint: JSON.parse(built.stdout).packetFingerprint };
}

describe('verify --fingerprint on a press kit with another fingerprint on paper', () => {
  it('says the kit names its fingerprint, not that its figures give it', async () => {
    const { dir, fingerprint } = await kit();
    const result = await runMain(['verify', dir, '--fingerprint', '0000-0000-0000-0000']);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('its figures give');
    expect(result.stdout + result.stderr).toContain(`the kit names packet fingerprint ${fingerprint}, not the 0000-0000-0000-0000 printed on paper`);
    const ko = await runMain(['--lang', 'ko', 'verify', dir, '--fingerprint', '0000-0000-0000-0000']);
    expect(ko.stdout + ko.stderr).not.toContain('수치로 계산한');
  });
});

describe('verify on a kit folder holding a file the kit did not write', () => {
  it('says it was added after the kit was built', async () => {
    const { dir } = await kit();
    writeFileSync(join(dir, 'mynotes.txt'), 'notes');
    const result = await runMain(['verify', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('mynotes.txt: not listed in the manifest (added to the folder after the kit was built?)');
    const es = await runMain(['--lang', 'es', 'verify', dir]);
    expect(es.stdout + es.stderr).toContain('después de crear el kit de prensa');
  });
});
