// A follow-up packet tells one story from one tally: the new signers and the total the current exports give, in the
// letters, the cover, the certificate and the manifest alike; a delivery counts only signatures up to its date; and
// rebuilding a delivered delivery says so, and does not silently state another number than the one delivered.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const DELIVERED_2025 = { now: new Date('2025-12-09T12:00:00Z') };
const BEFORE_2026 = { now: new Date('2026-06-19T12:00:00Z') };

/** The follow-up fixture with embassy-2025 delivered while google-form.csv held its first three rows, then the rest. */
async function deliveredFirst(edit?: (campaign: string) => string): Promise<FollowupCopy> {
  const copy = followupCopy();
  made.push(copy.root);
  if (edit) writeFileSync(copy.campaign, edit(readFileSync(copy.campaign, 'utf8')));
  copy.earlyGoogleForm(3);
  const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], DELIVERED_2025);
  expect(first.code).toBeLessThan(2);
  copy.fullGoogleForm();
  return copy;
}

/** google-form.csv without the row of 佐藤 陽翔, one of the three people embassy-2025 delivered: they withdrew. */
function withdrawSato(copy: FollowupCopy): void {
  const file = join(copy.exports, 'google-form.csv');
  writeFileSync(file, readFileSync(file, 'utf8').split('\r\n').filter((line) => !line.includes('佐藤')).join('\r\n'));
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const pdfText = async (file: string) => flat((await readPdfText(readFileSync(file))).text);

describe('a follow-up states the total of the current tally', () => {
  it('letters, cover and manifest give one total when a signer delivered before is no longer counted', async () => {
    const copy = await deliveredFirst();
    withdrawSato(copy);
    const out = join(copy.root, 'second');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], BEFORE_2026);
    expect(built.code).toBeLessThan(2);
    const { signers } = JSON.parse(built.stdout) as { signers: number };
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const total = manifest.counts.unique as number;
    const letters = await pdfText(join(out, 'letter.pdf'));
    expect(letters).toContain(`bringing the total to ${total} `);
    expect(letters).not.toContain(`bringing the total to ${total + 1} `);
    expect(letters).toMatch(/One person counted in our delivery of 10 December 2025 is no longer counted/);
    const cover = flat((await readPdfText(readFileSync(join(out, 'packet.pdf')))).pageTexts[0]);
    expect(cover).toContain(`a further ${signers} people, ${total} in all`);
  });

  it('a count-only follow-up certificate tells the letters\' story: the further signers and the total', async () => {
    const copy = await deliveredFirst((yaml) => yaml.replace(/(since: embassy-2025[^\n]*\n\s+privacy:) recipient/, '$1 count-only'));
    const out = join(copy.root, 'second');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], BEFORE_2026);
    expect(built.code).toBeLessThan(2);
    const { signers } = JSON.parse(built.stdout) as { signers: number };
    const total = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts.unique as number;
    const certificate = await pdfText(join(out, 'signatures.pdf'));
    // The fixture's further signers signed in November 2025, before that delivery (a download taken early): not "since".
    expect(certificate).toContain(`A further ${signers} people, not included in the delivery of 10 December 2025, are counted here, bringing the total to ${total} signers`);
    expect(certificate).not.toMatch(new RegExp(`\\b${signers} people signed this petition`));
    const letters = await pdfText(join(out, 'letter.pdf'));
    expect(letters).toContain(`bringing the total to ${total} `);
  });
});

describe('a delivery counts the signatures up to its date', () => {
  it('leaves out and names the signatures dated after the delivery, in the packet and in count --campaign', async () => {
    const copy = await deliveredFirst();
    const without = join(copy.root, 'without');
    const before = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', without, '--json'], BEFORE_2026);
    expect(before.code).toBeLessThan(2);
    appendFileSync(join(copy.exports, 'google-form.csv'), '7/1/2026 9:00:00,Late Signer,late.signer@example.org,Boston,USA\r\n');
    const out = join(copy.root, 'late');
    const later = { now: new Date('2026-08-01T12:00:00Z') };
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], later);
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/1 signature is dated after the delivery date 2026-06-20/);
    expect(JSON.parse(built.stdout).signers).toBe(JSON.parse(before.stdout).signers);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts.unique).toBe(JSON.parse(readFileSync(join(without, 'manifest.json'), 'utf8')).counts.unique);
    expect(await pdfText(join(out, 'letter.pdf'))).not.toContain('2026-07-01');
    const counted = await runMain(['count', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '--json'], later);
    expect(JSON.parse(counted.stdout).unique).toBe(manifest.counts.unique);
  });
});

describe('rebuilding a delivered delivery', () => {
  it('says when it was delivered and with how many, reproduces that number, and refuses another without --force', async () => {
    const copy = await deliveredFirst();
    const marked = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'second'), '--mark-delivered', '--json'], BEFORE_2026);
    expect(marked.code).toBeLessThan(2);
    const delivered = JSON.parse(marked.stdout).signers as number;
    appendFileSync(join(copy.exports, 'google-form.csv'), '11/30/2026 9:00:00,Late Signer,late.signer@example.org,Boston,USA\r\n');
    const later = { now: new Date('2026-12-01T12:00:00Z') };

    const again = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'again'), '--json'], later);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`embassy-2026 was delivered on 2026-06-20 with ${delivered} new signers`));
    expect(JSON.parse(again.stdout).signers).toBe(delivered);
    const press = await runMain(['press', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'press')], later);
    expect(press.stderr).toMatch(/was delivered on 2026-06-20/);
    expect(readFileSync(join(copy.root, 'press', 'press-release-en.txt'), 'utf8')).toContain(`A further ${delivered} people`);

    // A new signer dated before the delivery appears: the exports no longer give the delivered number.
    appendFileSync(join(copy.exports, 'google-form.csv'), '3/1/2026 9:00:00,Found Later,found.later@example.org,Denver,USA\r\n');
    const refused = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'refused')], later);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--force/);
    const forced = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'forced'), '--force', '--json'], later);
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).signers).toBe(delivered + 1);
  });
});
