// A campaign in New York with signatures just after midnight UTC: every part of the packet names the days as
// New York lived them (2 to 4 November), as the letter does, never the UTC days (3 to 5 November).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

// 02:00Z on 3 November is 21:00 on 2 November in New York; 03:30Z on 5 November is 22:30 on 4 November.
const SIGNERS = `name,city,country,date
Alice Early,Boston,US,2025-11-03T02:00:00Z
Bob Late,Boston,US,2025-11-05T03:30:00Z
Cara Mid,Boston,US,2025-11-04T15:00:00Z
`;

let campaign: string;
beforeAll(() => {
  campaign = tinyCampaign(SIGNERS, { timezone: 'America/New_York' });
});

async function build(delivery: string): Promise<Record<string, string>> {
  const dir = tempDir();
  const { code, stderr } = await runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', dir]);
  expect({ code, stderr }).toMatchObject({ code: 0 });
  const text = async (file: string) => (await readPdfText(readFileSync(join(dir, file)))).text.replace(/\s+/g, ' ');
  return { letter: await text('letter.pdf'), summary: await text('summary.pdf'), list: await text('signatures.pdf') };
}

describe('signing dates in a campaign with a time zone', () => {
  it('the letter, the summary and the list name the same first and last days, in the campaign\'s zone', async () => {
    const parts = await build('list');
    expect(parts.letter).toMatch(/2 November 2025.*4 November 2025/);
    expect(parts.summary).toMatch(/First signature 2 November 2025/);
    expect(parts.summary).toMatch(/Last signature 4 November 2025/);
    // The list's date column: Alice on 2 November, Cara and Bob on 4 November; no one signed on the 5th there.
    expect(parts.list).toMatch(/Alice Early Boston United States 2 November 2025/);
    expect(parts.list).toMatch(/Bob Late Boston United States 4 November 2025/);
    for (const text of Object.values(parts)) {
      expect(text).not.toMatch(/5 November 2025/);
      expect(text).not.toMatch(/3 November 2025/);
    }
  });

  it('the count-only certificate states the period the letter states', async () => {
    const parts = await build('count');
    expect(parts.letter).toMatch(/2 November 2025.*4 November 2025/);
    expect(parts.list).toMatch(/between 2 November 2025 and 4 November 2025/);
  });
});
