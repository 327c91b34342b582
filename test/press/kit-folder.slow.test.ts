// The press kit and the packet each own their folder's manifest.json: neither is written over the other (adv15b N19),
// and a kit rebuilt into its folder leaves there only what the new kit lists (adv15b N7).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { verifyPacket } from '../../src/packet/manifest/verify-packet.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

describe('a folder holding the other kind of output', () => {
  it('press -o into a packet folder is refused, and the packet manifest stays', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const packetDir = join(dirname(campaign), 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', packetDir])).code).toBe(0);
    const before = readFileSync(join(packetDir, 'manifest.json'));
    const press = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', packetDir]);
    expect(press.code).toBe(2);
    expect(press.stderr).toContain('holds a delivery packet');
    expect(press.stderr).toContain(`${packetDir}-press`);
    expect(press.stderr).not.toContain(join(packetDir, 'press'));
    expect(readFileSync(join(packetDir, 'manifest.json'))).toEqual(before);
    expect(readdirSync(packetDir)).not.toContain('poster-en.pdf');
    const ko = await runMain(['--lang', 'ko', 'press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', packetDir]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('전달 자료');
  });

  it('packet -o into a press kit folder is refused, and the kit manifest stays', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const kitDir = join(dirname(campaign), 'kit');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir])).code).toBe(0);
    const before = readFileSync(join(kitDir, 'manifest.json'));
    const packet = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', kitDir]);
    expect(packet.code).toBe(2);
    expect(packet.stderr).toContain('holds a press kit');
    expect(readFileSync(join(kitDir, 'manifest.json'))).toEqual(before);
    expect(readdirSync(kitDir)).not.toContain('letter.pdf');
  });
});

describe('a kit rebuilt into its folder', () => {
  it('for fewer languages, removes the files of the languages it no longer has', async () => {
    const campaign = tinyCampaign(SIGNERS);
    // A kit in Korean needs the petition's Korean title (a language without one is refused, as sheets refuses it).
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('title: { en: Tiny campaign }', 'title: { en: Tiny campaign, ko: 작은 캠페인 }'));
    const kitDir = join(dirname(campaign), 'kit');
    // Exit 1: the tiny campaign gives no Korean place, which press says (adv15c P6).
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en,ko', '-o', kitDir])).code).toBe(1);
    expect(readdirSync(kitDir)).toContain('poster-ko.pdf');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir])).code).toBe(0);
    const listed = JSON.parse(readFileSync(join(kitDir, 'manifest.json'), 'utf8')).outputs.map((o: { path: string }) => o.path);
    expect(readdirSync(kitDir).sort()).toEqual([...listed, 'manifest.json'].sort());
    expect(await verifyPacket(kitDir)).toMatchObject({ ok: true });
  });
});
