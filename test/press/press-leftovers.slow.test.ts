// Leftovers of the adversarial pass on the press kit and its neighbours: a delivery no one signed, two campaign
// files at once, a packet folder that does not exist, and a delivery date typed in the past.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const NO_ONE = 'name,email,country,date\n';

describe('petition press for a delivery no one signed', () => {
  it('warns and exits 1 without building a kit', async () => {
    const campaign = tinyCampaign(NO_ONE);
    const dir = join(dirname(campaign), 'press');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '-o', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning: ');
    expect(result.stderr).toContain('no one has signed for delivery list yet');
    expect(result.stderr).toContain('--allow-empty');
    expect(existsSync(dir)).toBe(false);
  });

  it('says so in Korean under --lang ko', async () => {
    const campaign = tinyCampaign(NO_ONE);
    const result = await runMain(['--lang', 'ko', 'press', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'press')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('서명한 사람이 없습니다');
  });

  it('builds with --allow-empty, and the poster has no chart heading over a chart that is not there', async () => {
    const campaign = tinyCampaign(NO_ONE);
    const dir = join(dirname(campaign), 'press');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', dir, '--allow-empty']);
    expect(result.code).toBe(0);
    const poster = await readPdfText(readFileSync(join(dir, 'poster-en.pdf')));
    expect(poster.pages).toBe(1);
    expect(poster.text).toContain('people signed');
    expect(poster.text).not.toContain('Signers over time');
  });
});

describe('petition press with two campaign files', () => {
  it('refuses a file given beside --campaign, naming both', async () => {
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\n');
    const other = join(dirname(campaign), 'other.yaml');
    const result = await runMain(['press', other, '--campaign', campaign, '-o', join(dirname(campaign), 'press')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`two campaign files given: "${other}" and --campaign "${campaign}"`);
    const ko = await runMain(['--lang', 'es', 'press', other, '--campaign', campaign, '-o', join(dirname(campaign), 'press')]);
    expect(ko.stderr).toContain('se indicaron dos archivos de campaña');
  });
});

describe('petition verify on a folder that does not exist', () => {
  it('names the folder and says there is no such folder, exit 2', async () => {
    const missing = join(tempDir(), 'pakcet');
    const result = await runMain(['verify', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${missing}: no such folder`);
    expect(result.stderr).not.toContain('manifest.json');
    const ko = await runMain(['--lang', 'ko', 'verify', missing]);
    expect(ko.stderr).toContain(`${missing}: 그런 폴더가 없습니다`);
  });
});

describe('the press chart with signatures that have no date', () => {
  it('says beside the chart how many signatures it leaves out, in the plural the number needs', async () => {
    const rows = 'name,email,country,date\nAnn Lee,a@example.org,KR,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\nCy Park,c@example.org,KR,\nDi Han,d@example.org,KR,\n';
    const campaign = tinyCampaign(rows);
    const dir = join(dirname(campaign), 'press');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', dir]);
    expect(result.code).toBeLessThan(2);
    const poster = (await readPdfText(readFileSync(join(dir, 'poster-en.pdf')))).text.replace(/\s+/gu, ' ');
    expect(poster).toContain('2 signers without a date are not shown in the chart.');
  });
});
