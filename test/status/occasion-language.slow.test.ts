// status names a known occasion in the organizer's language, and the press and packet headers the place from
// `places`, as the documents do (adv15b N8).
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('occasion and place in the organizer\'s language', () => {
  it('status says Human Rights Day in Korean and Spanish', async () => {
    const ko = await runMain(['--lang', 'ko', 'status', CAMPAIGN]);
    expect(ko.stdout).toContain('세계 인권의 날');
    expect(ko.stdout).not.toContain('Human Rights Day');
    const es = await runMain(['--lang', 'es', 'status', CAMPAIGN]);
    expect(es.stdout).toContain('Día de los Derechos Humanos');
    expect(es.stdout).not.toContain('Human Rights Day');
  });

  it('the press header gives the place from places', async () => {
    const es = await runMain(['--lang', 'es', 'press', CAMPAIGN, '--delivery', 'un-2026', '--language', 'en', '-o', join(tempDir(), 'kit')]);
    expect(es.stdout).toContain('Nueva York');
    expect(es.stdout).not.toContain('New York');
  });
});
