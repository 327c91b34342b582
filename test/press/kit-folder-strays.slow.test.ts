// A kit or packet folder is handed over whole (to journalists, to the official): one written among a merged signer
// list, an export or another delivery's packet would take them along (adv-s10 D13, D14).
import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

describe('an output folder that holds files the command did not write', () => {
  it('press refuses a folder holding a merged signer list, and builds there with --force', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const kitDir = join(dirname(campaign), 'kit');
    mkdirSync(kitDir);
    writeFileSync(join(kitDir, 'merged.csv'), 'signer,name,email\nS1,Ana Lee,a@example.org\n');
    const refused = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('merged.csv');
    expect(refused.stderr).toContain('--force');
    expect(existsSync(join(kitDir, 'manifest.json'))).toBe(false);
    const ko = await runMain(['--lang', 'ko', 'press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('보도 자료 묶음');
    const forced = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir, '--force']);
    expect(forced.code).toBeLessThan(2);
    expect(existsSync(join(kitDir, 'manifest.json'))).toBe(true);
  });

  it('packet refuses a folder around another packet, but rebuilds its own folder', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const root = dirname(campaign);
    const first = join(root, 'out', 'list');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', first])).code).toBeLessThan(2);
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', first])).code).toBeLessThan(2);
    const nest = join(root, 'nest');
    cpSync(first, join(nest, 'list'), { recursive: true });
    const around = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', nest]);
    expect(around.code).toBe(2);
    expect(around.stderr).toContain('list/manifest.json');
    expect(existsSync(join(nest, 'manifest.json'))).toBe(false);
  });

  it('a folder with only a desktop\'s own files is as good as empty', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const kitDir = join(dirname(campaign), 'kit');
    mkdirSync(kitDir);
    writeFileSync(join(kitDir, '.DS_Store'), '');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', kitDir])).code).toBeLessThan(2);
  });
});
