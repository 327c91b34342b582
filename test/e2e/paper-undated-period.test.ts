// Paper lines typed without a date are counted on the day their sheet came back, but that day is no signing day: the
// signing period the letter, the press release and `count` state is the dated signatures', and the undated paper
// signatures are said apart (before, "between 1 November 2025 and 22 November 2026", stretched to the return day).
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/', import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the signing period with undated paper signatures', () => {
  it('is the dated signatures\' in count, letter and press release, which say the undated ones apart', async () => {
    const campaign = join(dir, 'campaign.yaml');
    copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
    await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 'sheets.pdf')], { now: new Date('2026-11-20T15:00:00Z') });
    const [sheet] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
    await runMain(['sheets', '--campaign', campaign, '--returned', sheet], { now: new Date('2026-11-22T15:00:00Z') });
    writeFileSync(join(dir, 'typed.csv'), `sheet,line,name,city,country\n${sheet},1,Ana Lima,Porto,PT\n${sheet},2,Ben Ode,Lagos,NG\n`);
    const yaml = readFileSync(campaign, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n');
    writeFileSync(campaign, yaml.replace(/path: (?!typed)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
    const now = { now: new Date('2026-11-23T12:00:00Z') };

    const json = JSON.parse((await runMain(['count', '--campaign', campaign, '--json'], now)).stdout) as { firstSigned: string; lastSigned: string; sheetDated: number; byDay: Record<string, { accepted: number }> };
    expect(json.sheetDated).toBe(2);
    expect(json.byDay['2026-11-22']?.accepted).toBe(2);
    expect(json.lastSigned < '2026-01-01').toBe(true);
    const text = await runMain(['count', '--campaign', campaign], now);
    expect(text.stdout).toMatch(/First signature 2025-11-\d\d, last 2025-11-\d\d; 2 paper signatures have no date of their own \(counted on their sheet's day, left out of the period\)/);

    const out = join(dir, 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', out], now)).code).toBeLessThan(2);
    const letter = (await readPdfText(readFileSync(join(out, 'letter.pdf')))).text.replace(/\s+/g, ' ');
    const said = /between \d+ November 2025 and \d+ November 2025\. These dates are those of the dated signatures; 2 signatures on paper sheets carry no date of their own\./;
    expect(letter).toMatch(said);
    expect(letter).not.toContain('2026 and');
    const press = join(dir, 'press');
    expect((await runMain(['press', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', press], now)).code).toBeLessThan(2);
    expect(readFileSync(join(press, 'press-release-en.md'), 'utf8').replace(/\s+/g, ' ')).toMatch(said);
  });

  // verifyH F3: the letter said "8 signatures carry no date" of rows, two of them merged with other rows, while the
  // list showed the sheet's day as a signing date, unmarked. Both now speak of the same signers.
  it('counts signers, not rows, and the list marks the sheet\'s day and dates a signer by another row of theirs', async () => {
    const sub = join(dir, 'signers');
    mkdirSync(sub);
    const campaign = join(sub, 'campaign.yaml');
    copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
    await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(sub, 'sheets.pdf')], { now: new Date('2026-11-20T15:00:00Z') });
    const [sheet] = (JSON.parse(readFileSync(join(sub, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
    await runMain(['sheets', '--campaign', campaign, '--returned', sheet], { now: new Date('2026-11-22T15:00:00Z') });
    // Four undated lines: Ben Ode twice (one signer), and Ana Lima, who also signed online the next day (dated by it).
    writeFileSync(join(sub, 'typed.csv'), `sheet,line,name,city,country\n${sheet},1,Ana Lima,Porto,PT\n${sheet},2,Ben Ode,Lagos,NG\n${sheet},3,Ben Ode,Lagos,NG\n${sheet},4,Cy Dee,Accra,GH\n`);
    writeFileSync(join(sub, 'online.csv'), 'name,city,country,date\nAna Lima,Porto,PT,2026-11-23 10:00\n');
    const yaml = readFileSync(campaign, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n  - path: online.csv\n');
    writeFileSync(campaign, yaml.replace(/path: (?!typed|online)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
    const now = { now: new Date('2026-11-23T18:00:00Z') };

    const json = JSON.parse((await runMain(['count', '--campaign', campaign, '--json'], now)).stdout) as { sheetDated: number };
    expect(json.sheetDated).toBe(2);
    const out = join(sub, 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', out], now)).code).toBeLessThan(2);
    const letter = (await readPdfText(readFileSync(join(out, 'letter.pdf')))).text.replace(/\s+/g, ' ');
    expect(letter).toContain('2 signatures on paper sheets carry no date of their own.');
    const list = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text.replace(/\s+/g, ' ');
    expect(list).toContain('The day the paper sheet was returned or printed; the signature itself carries no date.');
    // Ben Ode and Cy Dee: the sheet's day, marked; Ana Lima: her online date, unmarked.
    expect(list.match(/22 November 2026 ‡/g)).toHaveLength(2);
    expect(list).toMatch(/Ana Lima.{0,80}23 November 2026(?! ‡)/);
  });
});
