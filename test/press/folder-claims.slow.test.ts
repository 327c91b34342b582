// A packet or kit folder belongs to one delivery: building another delivery's packet or kit into it is refused
// without --force, and a packet the ledger records as delivered (with the kit its manifest lists) is never
// overwritten or emptied (adv15c P1, P3), and the refusal points at a sibling folder that verify leaves alone (P2).
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

/** The tiny campaign with `press: true` on delivery `list`, so its packet carries its kit in press/. */
function campaignWithKit(): string {
  const campaign = tinyCampaign(SIGNERS);
  writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('privacy: public }', 'privacy: public, press: true }'));
  return campaign;
}

const verifyAgainstLedger = (campaign: string, dir: string) => runMain(['verify', dir, '--campaign', campaign]);

describe('press -o into the press/ folder a delivered packet lists (P1)', () => {
  it('is refused without --force, and with --force the files the packet lists are kept', async () => {
    const campaign = campaignWithKit();
    const packetDir = join(dirname(campaign), 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '--mark-delivered', '-o', packetDir])).code).toBe(0);
    const kitDir = join(packetDir, 'press');
    const kitFiles = readdirSync(kitDir).sort();
    expect(kitFiles).toContain('poster-en-a4.pdf');
    const press = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--paper', 'Letter', '-o', kitDir]);
    expect(press.code).toBe(2);
    expect(press.stderr).toContain(`${packetDir}-press`);
    expect(readdirSync(kitDir).sort()).toEqual(kitFiles);
    expect((await verifyAgainstLedger(campaign, packetDir)).code).toBe(0);
    const es = await runMain(['--lang', 'es', 'press', '--campaign', campaign, '--delivery', 'list', '--paper', 'Letter', '-o', kitDir]);
    expect(es.code).toBe(2);
    expect(es.stderr).not.toContain('this folder');

    const forced = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--paper', 'Letter', '--force', '-o', kitDir]);
    expect(forced.code).toBeLessThan(2);
    expect(readdirSync(kitDir)).toContain('poster-en-a4.pdf');
  });
});

describe('a folder holding another delivery\'s packet or kit (P3)', () => {
  it('packet -o refuses another delivery\'s packet without --force, and a delivered one even with --force', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const packetDir = join(dirname(campaign), 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', packetDir])).code).toBe(0);
    const undelivered = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '-o', packetDir]);
    expect(undelivered.code).toBe(2);
    expect(undelivered.stderr).toContain('"list"');
    expect(undelivered.stderr).toContain('--force');
    expect(JSON.parse(readFileSync(join(packetDir, 'manifest.json'), 'utf8')).createdFor).toBe('list');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '--force', '-o', packetDir])).code).toBeLessThan(2);
    expect(JSON.parse(readFileSync(join(packetDir, 'manifest.json'), 'utf8')).createdFor).toBe('count');

    const deliveredDir = join(dirname(campaign), 'delivered');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '--mark-delivered', '-o', deliveredDir])).code).toBe(0);
    const manifest = readFileSync(join(deliveredDir, 'manifest.json'));
    for (const force of [[], ['--force']]) {
      const over = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', ...force, '-o', deliveredDir]);
      expect(over.code).toBe(2);
      expect(over.stderr).toContain('delivered');
    }
    expect(readFileSync(join(deliveredDir, 'manifest.json'))).toEqual(manifest);
    expect((await verifyAgainstLedger(campaign, deliveredDir)).code).toBe(0);
    const ko = await runMain(['--lang', 'ko', 'packet', '--campaign', campaign, '--delivery', 'count', '-o', deliveredDir]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toMatch(/[가-힣]/u);
  });

  it('press -o refuses another delivery\'s kit without --force', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const kitDir = join(dirname(campaign), 'kit');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'list', '-o', kitDir])).code).toBe(0);
    const other = await runMain(['press', '--campaign', campaign, '--delivery', 'count', '-o', kitDir]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('"list"');
    expect(JSON.parse(readFileSync(join(kitDir, 'manifest.json'), 'utf8')).createdFor).toBe('list');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'count', '--force', '-o', kitDir])).code).toBeLessThan(2);
    expect(JSON.parse(readFileSync(join(kitDir, 'manifest.json'), 'utf8')).createdFor).toBe('count');
    expect(existsSync(join(kitDir, 'poster-en.pdf'))).toBe(true);
  });
});
