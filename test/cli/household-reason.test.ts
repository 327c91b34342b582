// explain's household reason names what the two rows share: always the email, and the postcode only when both rows
// give the same one. Before, it said "at the same postcode" of rows with no postcode at all (outside tester C, F9).
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

async function householdReason(postcodes: [string, string]): Promise<string> {
  const file = join(tempDir(), 'family.csv');
  writeFileSync(file, `Name,Email,City,Postcode,Country,Date\nMin-jun Kim,kim.family@example.kr,Seoul,${postcodes[0]},KR,2025-11-01\nSeo-yeon Kim,kim.family@example.kr,Seoul,${postcodes[1]},KR,2025-11-02\n`);
  const explain = await runMain(['explain', `${file}:2`, file]);
  const because = /because\s+(.*)/u.exec(explain.stdout);
  return because?.[1] ?? explain.stdout + explain.stderr;
}

describe('the household reason of explain', () => {
  it('without a postcode it names the shared email, not a postcode', async () => {
    const reason = await householdReason(['', '']);
    expect(reason).toContain('household: a clearly different given name on the same email)');
    expect(reason).not.toContain('postcode');
  });

  it('with one postcode on both rows it names the email and the postcode', async () => {
    expect(await householdReason(['04524', '04524'])).toContain('household: a clearly different given name on the same email and postcode)');
  });
});
