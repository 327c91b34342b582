// A paper sheet printed while the list was to go to its targets only told its signers "shown to its targets and to no
// one else". A later delivery made public keeps that promise: those signers are counted but not named in any document
// of the packet or the press kit (listed as anonymous, with their sheet and line), and the warning says how many and why.
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { documentTexts, FIXTURE_CAMPAIGN, returnedSheet, withTypedSheets } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a public delivery does not name the signers of a sheet that promised "to no one else"', () => {
  it('counts them, lists them as anonymous with their sheet and line, and names them in no document', async () => {
    const campaign = join(dir, 'campaign.yaml');
    copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
    const at = { now: new Date('2026-11-20T15:00:00Z') };
    // Printed while the embassy delivery was privacy: recipient.
    const { sheet, notice } = await returnedSheet(campaign, dir, at);
    expect(notice.published).toBe(false);
    writeFileSync(join(dir, 'typed.csv'), `sheet,line,name,city,country,anonymous\n${sheet},1,문보라,서울,KR,\n${sheet},2,Hana Seo,Busan,KR,yes\n`);
    const yaml = withTypedSheets(readFileSync(campaign, 'utf8'))
      .replace(/privacy: recipient( +# public)/, 'privacy: public$1').replace(/anonymous: omit/, 'anonymous: show');
    writeFileSync(campaign, yaml);

    const now = { now: new Date('2026-11-23T12:00:00Z') };
    const counted = JSON.parse((await runMain(['count', '--campaign', campaign, '--delivery', 'embassy-2026', '--json'], now)).stdout) as { unique: number };
    const out = join(dir, 'packet');
    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', out], now);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`1 paper signer (sheet ${sheet}) is counted but not named in this public list: their sheet's privacy notice said the list is shown to its targets and to no one else, so they are listed as anonymous, with their sheet and line`);
    const list = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text;
    expect(list).toMatch(new RegExp(`Anonymous \\(South Korea\\)\\s+South Korea\\s+20 November 2026 ‡\\s+sheet ${sheet}, line 1`));
    expect(list).toMatch(new RegExp(`${counted.unique} signers`));
    const press = join(dir, 'press');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', press], now)).code).toBeLessThan(2);
    for (const text of [...await documentTexts(out), ...await documentTexts(press)]) expect(text).not.toContain('문보라');
  });
});
