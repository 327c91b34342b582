// `status` says a delivered signer is no longer in the exports only when none of their rows is there any more: one row
// of a person removed while another row of theirs (merged into them by dedupe) stays is not a signer gone (outside
// tester B, F6). The flag tells what a follow-up then does with a signer really gone, as its letter tells it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import type { StatusReport } from '../../src/status/status-report.js';

afterAll(removeTestTempDirs);

// Min-ji Park signed twice: with her email, and later on paper without one (same name and postcode: one signer).
const HEADER = 'name,email,city,postcode,country,date';
const MINJI_EMAIL = 'Min-ji Park,minji@example.org,Seoul,04524,KR,2026-11-01';
const MINJI_PAPER = 'Min-ji Park,,Seoul,04524,KR,2026-11-03';
const OTHERS = ['Ana Lee,ana@example.org,Boston,02108,US,2026-11-01', 'Bo Kim,bo@example.org,Busan,48058,KR,2026-11-02', 'Cem Aydin,cem@example.org,Berlin,10115,DE,2026-11-02'];
const csv = (rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;

async function deliveredCampaign(): Promise<{ campaign: string; signers: string }> {
  const campaign = tinyCampaign(csv([MINJI_EMAIL, ...OTHERS, MINJI_PAPER]));
  appendFileSync(campaign, '  - { id: more, target: un, date: 2026-12-20, place: New York, privacy: public, since: list }\n');
  const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'list'), '--mark-delivered']);
  expect(marked.code).toBe(0);
  return { campaign, signers: join(dirname(campaign), 'signers.csv') };
}

async function statusOf(campaign: string, language = 'en'): Promise<{ report: StatusReport; text: string }> {
  const json = await runMain(['status', campaign, '--json']);
  const text = await runMain(['--lang', language, 'status', campaign]);
  return { report: JSON.parse(json.stdout) as StatusReport, text: text.stdout };
}

describe('status: delivered signers no longer in the exports', () => {
  it('a delivered signer whose delivered row is removed but whose other row stays is still there', async () => {
    const { campaign, signers } = await deliveredCampaign();
    writeFileSync(signers, csv([...OTHERS, MINJI_PAPER]));
    const { report, text } = await statusOf(campaign);
    expect(report.flags.map((f) => f.code)).not.toContain('delivered-signers-missing');
    expect(report.flags.map((f) => f.code)).not.toContain('ledger-tampered');
    expect(text).not.toMatch(/no longer in the exports/);
  });

  it('a signer none of whose rows is left is counted once, and the flag says what a follow-up does with them', async () => {
    const { campaign, signers } = await deliveredCampaign();
    expect(readFileSync(signers, 'utf8')).toContain(MINJI_PAPER);
    writeFileSync(signers, csv(OTHERS));
    const { report, text } = await statusOf(campaign);
    expect(report.flags.filter((f) => f.code === 'delivered-signers-missing')).toEqual([expect.objectContaining({ delivery: 'list', count: 1, delivered: 4 })]);
    expect(text).toContain('1 of the 4 signers delivered in list is no longer in the exports');
    expect(text).not.toContain('still counts them');
    expect(text).toContain('a follow-up no longer counts them');
    expect((await statusOf(campaign, 'ko')).text).toContain('후속 전달');
    expect((await statusOf(campaign, 'es')).text).toContain('una entrega de seguimiento ya no');
  });

  it('status, count --delivery and the follow-up agree: delivered then, no longer counted, new, in all', async () => {
    const { campaign, signers } = await deliveredCampaign();
    writeFileSync(signers, csv([...OTHERS, 'New Person,new@example.org,Denver,80202,US,2026-11-10']));
    const { report, text } = await statusOf(campaign);
    const more = report.deliveries.find((d) => d.id === 'more');
    expect(more).toMatchObject({ signers: 4, followUp: { deliveredBefore: 4, stillCounted: 3, noLongerCounted: 1, newSigners: 1 } });
    expect(text).toContain('list: 4 delivered then, 1 no longer counted, 1 new to this delivery, 4 in all');
    const counted = await runMain(['count', '--campaign', campaign, '--delivery', 'more']);
    expect(counted.stdout).toContain('Follows list: 4 signers delivered before, 1 no longer counted; one more signer in this delivery, 4 in all');
    expect((await runMain(['--lang', 'ko', 'count', '--campaign', campaign, '--delivery', 'more'])).stdout).toContain('그중 1명은 더 이상 세지 않음');
    expect((await runMain(['--lang', 'es', 'count', '--campaign', campaign, '--delivery', 'more'])).stdout).toContain('1 ya no se cuenta');
    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'more', '-o', join(dirname(campaign), 'more'), '--json']);
    expect(JSON.parse(built.stdout)).toMatchObject({ signers: 1 });
    expect(JSON.parse(readFileSync(join(dirname(campaign), 'more', 'manifest.json'), 'utf8')).counts.unique).toBe(4);
  });

  it('a delivered signer gone while a namesake who was delivered too stays is gone: status says what the follow-up says (verifyR1 F-M6)', async () => {
    const namesake = 'Bo Kim,,Daegu,41900,KR,2026-11-04';
    const campaign = tinyCampaign(csv([MINJI_EMAIL, ...OTHERS, namesake]));
    appendFileSync(campaign, '  - { id: more, target: un, date: 2026-12-20, place: New York, privacy: public, since: list }\n');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(dirname(campaign), 'list'), '--mark-delivered'])).code).toBe(0);
    // The Bo Kim of Busan (with an email) leaves; the Bo Kim of Daegu, a signer of his own, stays.
    writeFileSync(join(dirname(campaign), 'signers.csv'), csv([MINJI_EMAIL, OTHERS[0], OTHERS[2], namesake]));
    const { report, text } = await statusOf(campaign);
    expect(report.flags.filter((f) => f.code === 'delivered-signers-missing')).toEqual([expect.objectContaining({ delivery: 'list', count: 1, delivered: 5 })]);
    expect(text).toContain('list: 5 delivered then, 1 no longer counted');
  });

  it('a row decided another person (namesakes: new-person) does not keep a delivered signer of that name in the exports', async () => {
    const { campaign, signers } = await deliveredCampaign();
    // Bo Kim's row now has no email and another city: by name and country alone, the delivered Bo Kim or a namesake.
    writeFileSync(signers, csv([MINJI_EMAIL, OTHERS[0], 'Bo Kim,,Daegu,41900,KR,2026-11-05', OTHERS[2], MINJI_PAPER]));
    const held = await statusOf(campaign);
    expect(held.report.flags.map((f) => f.code)).toEqual(['delivered-namesakes']);
    const key = /signers\.csv:\d+:[0-9a-f]{6}/.exec(held.report.flags[0].message)?.[0];
    expect(key).toBeDefined();
    appendFileSync(campaign, `namesakes:\n  "${key}": new-person\n`);
    const decided = await statusOf(campaign);
    expect(decided.report.flags).toEqual([expect.objectContaining({ code: 'delivered-signers-missing', count: 1 })]);
    expect(decided.text).toContain('list: 4 delivered then, 1 no longer counted, 1 new to this delivery, 4 in all');
  });
});
