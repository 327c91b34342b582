// A paper sheet's privacy notice names who will see the list. A target added to the campaign after the sheets were
// printed was never named to their signers: a delivery to it counts them but names them in no document of the packet
// or the press kit (listed as anonymous, with their sheet and line), whatever the delivery's privacy, and the warning
// says how many and why (outside tester A, F4).
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { documentTexts, FIXTURE_CAMPAIGN, returnedSheet, withTypedSheets } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture campaign, sheets printed while it went to the embassy only, typed up, then the UN added with `un`'s privacy. */
async function paperCampaign(folder: string, unDelivery: (yaml: string) => string): Promise<{ campaign: string; sheet: string }> {
  mkdirSync(folder, { recursive: true });
  const campaign = join(folder, 'campaign.yaml');
  copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
  const full = readFileSync(campaign, 'utf8');
  // The sheets are printed while the campaign goes to the embassy only: their notice names Xi Jinping alone.
  const embassyOnly = full.replace(/\n {2}- id: un-secretary-general\n[\s\S]*?\n(?=\n# Each time)/, '\n').replace(/\n {2}- id: un-2026\n[\s\S]*?\n(?= {2}# A later delivery)/, '\n');
  expect(embassyOnly).not.toContain('un-secretary-general');
  writeFileSync(campaign, embassyOnly);
  const { sheet, notice } = await returnedSheet(campaign, folder, { now: new Date('2026-11-20T15:00:00Z') });
  expect(notice.targets).toEqual(['xi-jinping']);
  writeFileSync(join(folder, 'typed.csv'), `sheet,line,name,city,country,anonymous\n${sheet},1,문보라,서울,KR,\n${sheet},2,Hana Seo,Busan,KR,yes\n${sheet},3,Jisoo Lim,Incheon,KR,\n`);
  // Later the UN Secretary-General is added, with a delivery that names signers to him.
  writeFileSync(campaign, unDelivery(withTypedSheets(full)));
  return { campaign, sheet };
}

const now = { now: new Date('2026-11-23T12:00:00Z') };

describe('a delivery to a target the paper sheet\'s notice did not name does not name its signers', () => {
  it('counts them, lists them as anonymous with their sheet and line, and names them in no document', async () => {
    const { campaign, sheet } = await paperCampaign(join(dir, 'show'), (yaml) => yaml.replace(/privacy: count-only( +# the letter)/, 'privacy: recipient$1'));
    const counted = JSON.parse((await runMain(['count', '--campaign', campaign, '--delivery', 'un-2026', '--json'], now)).stdout) as { unique: number };
    const out = join(dir, 'show', 'packet');
    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', out], now);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`2 paper signers (sheet ${sheet}) are counted but not named in this list: their sheet's privacy notice told them who would see the list, and "António Guterres" was not among them, so they are listed as anonymous, with their sheet and line`);
    const list = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text;
    expect(list).toMatch(new RegExp(`Anonymous \\(South Korea\\)[^\\n]*\\n?[^\\n]*sheet ${sheet}, line 1`));
    expect(list).toMatch(new RegExp(`${counted.unique} signers`));
    const press = join(dir, 'show', 'press');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'un-2026', '-o', press], now)).code).toBeLessThan(2);
    for (const text of [...await documentTexts(out), ...await documentTexts(press)]) {
      expect(text).not.toContain('문보라');
      expect(text).not.toContain('Jisoo Lim');
    }

    // The delivery the sheets were printed for names them, as their notice said it would.
    const embassy = join(dir, 'show', 'embassy');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', embassy], now)).stderr).not.toContain('counted but not named');
  });

  // F11: "3 anonymous, not listed" counted two paper signers who never asked to be anonymous.
  it('with anonymous: omit, leaves them out and says them apart from the signers who asked to be anonymous', async () => {
    const { campaign, sheet } = await paperCampaign(join(dir, 'omit'), (yaml) => yaml.replace(/privacy: count-only( +# the letter)/, 'privacy: recipient\n    anonymous: omit\n    split: 20$1'));
    const out = join(dir, 'omit', 'packet');
    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', out], now);
    expect(built.stderr).toContain(`2 paper signers (sheet ${sheet}) are counted but not named in this list`);
    expect(built.stderr).toContain('so they are left out of the list, as anonymous signers are');
    const list = (await readPdfText(readFileSync(join(out, 'signatures-vol-01.pdf')))).text.replace(/\s+/g, ' ');
    // Beside the Secretary-General's whole style the header says them in one short phrase (F9: the addressee is never
    // cut); the list's closing words say them apart.
    const notListed = /\d+ signers · (\d+) not listed/.exec(list);
    expect(notListed).not.toBeNull();
    const asked = Number(notListed![1]) - 2;
    expect(list).not.toMatch(/\d+ anonymous, not listed/);
    const documents = (await documentTexts(out)).join(' ').replace(/\s+/g, ' ');
    expect(documents).toMatch(new RegExp(`${asked} signers? asked to remain anonymous: (they are|it is) counted in the total of [\\d,]+ but not listed\\. 2 signers from paper sheets are counted in the total of [\\d,]+ but not listed: their sheet's privacy notice did not allow naming them here`));
    expect(list).not.toContain('문보라');
  });
});
