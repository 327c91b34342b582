// Which ledger a campaign reads must not change because another .yaml file (a second campaign, a backup copy, a
// renamed file) appears beside it: a fresh ledger would show its deliveries as undelivered and deliver them again.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { smallCampaign } from '../press/small-campaign.js';

afterAll(removeTestTempDirs);

const NOW = new Date('2026-12-01T00:00:00Z');

/** The small campaign as campaign.yaml, its delivery `d` marked delivered into the folder's .petition/ledger.jsonl. */
async function deliveredCampaign(): Promise<{ dir: string; campaign: string; legacy: string }> {
  const { dir, campaign: made } = smallCampaign();
  appendFileSync(made, ['  - id: d2', '    target: t', '    date: 2026-12-11', '    place: New York', '    privacy: recipient', ''].join('\n'));
  const campaign = join(dir, 'campaign.yaml');
  renameSync(made, campaign);
  const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'd', '-o', join(dir, 'pk'), '--mark-delivered'], { now: NOW });
  expect(marked.code).toBe(0);
  const legacy = join(dir, '.petition', 'ledger.jsonl');
  expect(existsSync(legacy)).toBe(true);
  return { dir, campaign, legacy };
}

/** Another petition in the same folder: its own export, its own delivery. */
function otherCampaign(dir: string, from: string, name: string): string {
  writeFileSync(join(dir, 'other.csv'), 'name,email,country\nOther Person,o@example.org,KR\n');
  const file = join(dir, name);
  writeFileSync(file, readFileSync(from, 'utf8').replace('path: s.csv', 'path: other.csv').replace(/- id: d2?\n/g, (m) => m.replace('id: d', 'id: seoul-d')));
  return file;
}

describe('the ledger stays bound to its campaign', () => {
  it('a renamed campaign file keeps its ledger when a second campaign file appears beside it', async () => {
    const { dir, campaign, legacy } = await deliveredCampaign();
    const renamed = join(dir, 'nkr-2026.yaml');
    renameSync(campaign, renamed);
    const seoul = otherCampaign(dir, renamed, 'seoul.yaml');
    expect((await runMain(['status', seoul], { now: NOW })).stdout).not.toMatch(/marked \d{1,2} \p{L}+ \d{4}/u);

    expect(ledgerPath(renamed)).toBe(legacy);
    expect(ledgerPath(seoul)).not.toBe(legacy);
    const status = await runMain(['status', renamed], { now: NOW });
    expect(status.stdout).toMatch(/marked \d{1,2} \p{L}+ \d{4}/u);
    const verify = await runMain(['verify', join(dir, 'pk'), '--campaign', renamed], { now: NOW });
    expect(verify.code).toBe(0);
    const again = await runMain(['packet', '--campaign', renamed, '--delivery', 'd', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already marked delivered');
    expect(existsSync(join(dir, '.petition', 'nkr-2026.yaml', 'ledger.jsonl'))).toBe(false);
  });

  it('a backup copy beside campaign.yaml reads the ledger that records its deliveries and cannot mark them again', async () => {
    const { dir, campaign, legacy } = await deliveredCampaign();
    const backup = join(dir, 'campaign-backup.yaml');
    copyFileSync(campaign, backup);
    expect(ledgerPath(backup)).toBe(legacy);
    expect((await runMain(['status', backup], { now: NOW })).stdout).toMatch(/marked \d{1,2} \p{L}+ \d{4}/u);
    const again = await runMain(['packet', '--campaign', backup, '--delivery', 'd', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(again.code).toBe(2);
  });

  it('refuses to mark a delivery when two ledgers record this campaign, naming both, and writes nothing', async () => {
    const { dir, campaign, legacy } = await deliveredCampaign();
    const renamed = join(dir, 'nkr-2026.yaml');
    renameSync(campaign, renamed);
    // As an earlier version left it: a second ledger of its own, started when another campaign file appeared.
    const own = join(dir, '.petition', 'nkr-2026.yaml');
    mkdirSync(own);
    for (const file of ['ledger.jsonl', 'signer-key.secret']) copyFileSync(join(dir, '.petition', file), join(own, file));
    const before = readFileSync(legacy, 'utf8');
    const marked = await runMain(['packet', '--campaign', renamed, '--delivery', 'd2', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(marked.code).toBe(2);
    expect(marked.stderr).toContain(join('.petition', 'ledger.jsonl'));
    expect(marked.stderr).toContain(join('.petition', 'nkr-2026.yaml', 'ledger.jsonl'));
    expect(readFileSync(legacy, 'utf8')).toBe(before);
    expect(readFileSync(join(own, 'ledger.jsonl'), 'utf8')).toBe(before);
  });

  it('says which ledger file the mark was recorded in', async () => {
    const { dir, campaign } = smallCampaign();
    const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'd', '-o', join(dir, 'pk'), '--mark-delivered'], { now: NOW });
    expect(marked.code).toBe(0);
    expect(marked.stdout).toContain(ledgerPath(campaign));
    expect(existsSync(ledgerPath(campaign))).toBe(true);
  });
});
