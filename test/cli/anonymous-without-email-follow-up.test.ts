// A signer whose name cell only asks for anonymity ("Anonymous", "익명") on an export without emails has nothing
// personal to be keyed by but their place. Keyed by place alone, every later anonymous signer of the same city looked
// delivered already: the follow-up counted none of them. They are keyed by when they signed as well.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { followUpCampaign } from '../helpers/tiny-campaign.js';

const HEADER = 'Name,City,Country,Signed On';
const FIRST = ['Anonymous,Seoul,South Korea,2025-11-02 10:00:00', 'Kim Minji,Busan,South Korea,2025-11-03 10:00:00'];

describe('an anonymous signer without email in a follow-up', () => {
  it('is new when they signed after the delivery, though an earlier anonymous signer came from the same city', async () => {
    const { root, campaign: file } = followUpCampaign({ 'change.csv': [HEADER, ...FIRST].join('\n') + '\n' }, 'public');
    const first = await runMain(['packet', '--campaign', file, '--delivery', 'first', '-o', join(root, 'first'), '--mark-delivered', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).signers).toBe(2);

    writeFileSync(join(root, 'change.csv'), [HEADER, ...FIRST, 'Anonymous,Seoul,South Korea,2026-02-14 09:30:00'].join('\n') + '\n');
    const counted = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    const result = JSON.parse(counted.stdout);
    expect(result.unique).toBe(3);
    expect(result.followUp).toMatchObject({ newSigners: 1 });
  });
});
