// A known observance named for a delivery on another day ("on Human Rights Day, 4 December 2026") is printed on every
// poster, card and release: press warns of it, exit 1 (adv15c P4).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { occasionOffDay } from '../../src/packet/letter/known-occasions.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

function campaignOn(date: string, occasion: string): string {
  const campaign = tinyCampaign(SIGNERS);
  writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('date: 2026-12-10, place: New York, privacy: public }', `date: ${date}, place: New York, occasion: ${occasion}, privacy: public }`));
  return campaign;
}

describe('a known observance on another day than the delivery', () => {
  it('is found for the observances the tool knows, by any of their names, and only on another day', () => {
    expect(occasionOffDay('Human Rights Day', '2026-12-04')).toEqual({ occasion: 'Human Rights Day', observed: '2026-12-10', date: '2026-12-04' });
    expect(occasionOffDay('세계 인권의 날', '2026-12-10')).toBeNull();
    expect(occasionOffDay('el Día Mundial de los Refugiados', '2027-06-21')).toMatchObject({ observed: '2027-06-20' });
    expect(occasionOffDay('North Korean Defectors\' Day', '2026-12-04')).toBeNull();
  });

  it('makes press warn in the UI language and exit 1', async () => {
    const campaign = campaignOn('2026-12-04', 'Human Rights Day');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'kit')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Human Rights Day falls on 2026-12-10, but delivery "list" is on 2026-12-04');
    const es = await runMain(['--lang', 'es', 'press', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'kit')]);
    expect(es.stderr).toContain('2026-12-10');
    expect(es.stderr).not.toContain('falls on');
  });

  it('makes packet warn once, exit 1: its letters print the occasion beside the date', async () => {
    const campaign = campaignOn('2026-12-04', 'Human Rights Day');
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'packet')]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('Human Rights Day falls on 2026-12-10').length - 1).toBe(1);
  });

  it('says nothing when the delivery is on the day', async () => {
    const campaign = campaignOn('2026-12-10', 'Human Rights Day');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'kit')]);
    expect(result.stderr).not.toContain('falls on');
    expect(result.code).toBe(0);
  });
});
