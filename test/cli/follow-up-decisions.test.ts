// A follow-up delivered with review decisions: a rebuild without them is refused like any delivery's (adv-s10 D19);
// the follow-up after it starts from the total the delivered letter stated, not from the chain's keys recounted
// (D18); and the correction a follow-up makes is said in words, in the letters and the press release (D2, D21).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy } from '../batch/followup-fixture.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

/** The fixture exports' one review pair, decided "same" after embassy-2025 was delivered with both rows counted. */
const DECISIONS = '\uFEFFsource_a,row_a,source_b,row_b,decision,sha256_a,sha256_b,row_key_a,row_key_b\r\n'
  + '../exports/change-org.csv,4,../exports/seoul-paper.csv,4,same,22d4d0d9ea53cd812675f56ba162fbac76cfa12962f896ed371f239fd061cbc9,'
  + '5678495a64fec1a36276359dd841f6aab5087a0b395d7e52a00bd412e8940545,2a0ac5fcfdb8aa4fcb877b42a2405d40,b38285f129c09fb26c13c530f38bcb82\r\n';
const DELIVERED_2025 = { now: new Date('2025-12-09T12:00:00Z') };
const ON_2026 = { now: new Date('2026-06-20T20:00:00Z') };
const ON_2027 = { now: new Date('2026-06-24T20:00:00Z') };

const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = async (file: string) => flat((await readPdfText(readFileSync(file))).text);

/** embassy-2025 delivered with the pair undecided; embassy-2026 built and marked with the pair decided "same". */
async function followUpDeliveredWithDecisions() {
  const copy = followupCopy();
  const embassy2027 = ['  - id: embassy-2027', '    target: xi-jinping', '    date: 2026-06-24', '    place: Washington, D.C.', '    since: embassy-2026', '    privacy: recipient', '', ''].join('\n');
  writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8').replace(/\ntimezone:/, `\n${embassy2027}timezone:`));
  copy.earlyGoogleForm(3);
  const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'e25'), '--mark-delivered', '--json'], DELIVERED_2025);
  expect(first.code).toBeLessThan(2);
  copy.fullGoogleForm();
  const decisions = join(copy.root, 'dec.csv');
  writeFileSync(decisions, DECISIONS);
  const out = join(copy.root, 'e26');
  const marked = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '--decisions', decisions, '-o', out, '--mark-delivered', '--json'], ON_2026);
  expect(marked.code).toBeLessThan(2);
  const total = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.unique as number;
  return { copy, decisions, out, total };
}

describe('a follow-up delivered with review decisions', () => {
  it('states the correction in words, starting with a word, not a digit (D21)', async () => {
    const { out, total } = await followUpDeliveredWithDecisions();
    const letters = await pdfText(join(out, 'letter.pdf'));
    expect(letters).toContain(`bringing the total to ${total} `);
    expect(letters).toContain('One person counted in our delivery of 10 December 2025 is no longer counted');
    expect(letters).not.toMatch(/\b1 person counted/);
  });

  it('a rebuild without the decisions is refused by packet and press, not called "as delivered" (D19)', async () => {
    const { copy, total } = await followUpDeliveredWithDecisions();
    const packet = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'again')], ON_2026);
    expect(packet.code).toBe(2);
    expect(packet.stderr).toContain('1 review decision');
    expect(packet.stderr).toContain('--decisions');
    expect(packet.stderr).toContain(`${total} signers`);
    expect(packet.stderr).not.toContain('same signers, as delivered');
    const press = await runMain(['press', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '--language', 'en', '-o', join(copy.root, 'kit')], ON_2026);
    expect(press.code).toBe(2);
    expect(press.stderr).toContain('1 review decision');
    expect(press.stderr).not.toContain('same signers, as delivered');
  });

  it('with the same decisions the rebuild and its press release state the delivered total and the correction (D2)', async () => {
    const { copy, decisions, total } = await followUpDeliveredWithDecisions();
    const press = await runMain(['press', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '--decisions', decisions, '-o', join(copy.root, 'kit')], ON_2026);
    expect(press.code).toBeLessThan(2);
    const en = flat(readFileSync(join(copy.root, 'kit', 'press-release-en.txt'), 'utf8'));
    expect(en).toContain(`bringing the total to ${total} `);
    expect(en).toMatch(/One person counted in the delivery of 10 December 2025 is no longer counted/);
    const ko = flat(readFileSync(join(copy.root, 'kit', 'press-release-ko.txt'), 'utf8'));
    expect(ko).toMatch(/2025년 12월 10일 전달 때 집계된 서명자 중 1명은 더 이상 집계되지 않/);
  });

  it('the follow-up after it starts from the total the delivered letter stated (D18)', async () => {
    const { copy, decisions, total } = await followUpDeliveredWithDecisions();
    const out = join(copy.root, 'e27');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2027', '--decisions', decisions, '--allow-empty', '-o', out], ON_2027);
    expect(built.code).toBeLessThan(2);
    const letters = await pdfText(join(out, 'letter.pdf'));
    expect(letters).toContain(`the number of signers stands at ${total}`);
    expect(letters).not.toMatch(/no longer counted/);
    expect(built.stdout + built.stderr).toContain(`${total} signers delivered then`);
    const status = await runMain(['status', copy.campaign, '--decisions', decisions], ON_2027);
    expect(status.stdout).toContain(`${total} delivered then, 0 new to this delivery, ${total} in all`);
    expect(status.stdout).not.toContain(`${total + 1} delivered then`);
  });
});
