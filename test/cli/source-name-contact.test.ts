// verifyS2 F12: export files named after the volunteer who typed them up ("minjun.kim@gmail.com 서명.csv", "김민준
// 010-1234-5678.csv") were named so in manifest.json (inputs, bySource), a document handed over with the packet. The
// manifest names them masked, one warning says so, and verify --inputs still finds each file, by its contents.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaignIn } from '../helpers/tiny-campaign.js';

const EMAIL_NAMED = 'minjun.kim@gmail.com 서명.csv';
const PHONE_NAMED = '김민준 010-1234-5678.csv';

describe('export file names holding contact data', () => {
  const root = tempDir();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, EMAIL_NAMED), 'Name,Email,Country,Date\nAnn Lee,ann@example.org,GB,2025-11-02\nBo Park,bo@example.org,KR,2025-11-03\n');
  writeFileSync(join(root, PHONE_NAMED), 'Name,Country,Date\nCy Ito,JP,2025-11-04\n');
  const campaign = tinyCampaignIn(root, [EMAIL_NAMED, PHONE_NAMED], { privacy: 'recipient' });

  it('are masked in manifest.json, with one warning, and verify --inputs finds the files', async () => {
    const out = join(root, 'pk');
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out]);
    expect(result.code).toBe(1);
    const manifestText = readFileSync(join(out, 'manifest.json'), 'utf8');
    expect(manifestText).not.toMatch(/minjun\.kim|1234-5678/);
    const manifest = JSON.parse(manifestText) as { inputs: Array<{ path: string }>; counts: { bySource: Record<string, unknown> } };
    expect(manifest.inputs.map((input) => input.path)).toEqual(['m…@gmail.com 서명.csv', '김민준 …78.csv']);
    expect(Object.keys(manifest.counts.bySource)).toEqual(['m…@gmail.com 서명.csv', '김민준 …78.csv']);
    const warnings = result.stderr.split('\n').filter((line) => line.includes('export files hold an email address or a phone number'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('manifest.json, which is handed over with the packet, gives those names masked ("m…@gmail.com 서명.csv", "김민준 …78.csv")');
    const verified = await runMain(['verify', out, '--inputs', root]);
    expect(verified.stdout).toMatch(/every file matches its manifest \(7 checked\)/);
    expect(verified.code).toBe(0);
    appendFileSync(join(root, PHONE_NAMED), 'Dee Ray,JP,2025-11-05\n');
    const changed = await runMain(['verify', out, '--inputs', root]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('김민준 …78.csv');
    expect(changed.stdout).not.toContain('1234-5678');
  });

  it('a count-only packet names no export file and warns of none', async () => {
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '-o', join(root, 'count')]);
    expect(result.stderr).not.toContain('hold an email address or a phone number');
  });
});
