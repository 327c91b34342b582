// A follow-up with one new signer says "one more person", never "a further 1 person", in every part that tells it:
// the letters (to the official and the covering letter), packet.pdf's cover and the count-only certificate (adv-s9 N2).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy } from '../batch/followup-fixture.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const flat = (text: string) => text.replace(/\s+/g, ' ');
/** google-form.csv's first 6 rows give every signer but one: its last two rows are one person and a repeat. */
const ROWS_AT_FIRST = 6;

/** embassy-2025 delivered while google-form.csv lacked its last row: one signer more since. */
async function oneMore(languages: string, privacy: string): Promise<{ out: string; signers: number }> {
  const copy = followupCopy();
  made.push(copy.root);
  writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8')
    .replace(/(since: embassy-2025[^\n]*\n\s+privacy:) recipient/, `$1 ${privacy}`));
  copy.earlyGoogleForm(ROWS_AT_FIRST);
  await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
  copy.fullGoogleForm();
  writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8').replace(/(\n(\s+)since: embassy-2025[^\n]*)/, `$1\n$2languages: [${languages}]`));
  const out = join(copy.root, 'second');
  const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], { now: new Date('2026-06-19T12:00:00Z') });
  if (built.stdout === '') throw new Error(built.stderr);
  return { out, signers: (JSON.parse(built.stdout) as { signers: number }).signers };
}

describe('a follow-up with one new signer', () => {
  it('says "one more person" in the English and Spanish letters and on the cover', async () => {
    const { out, signers } = await oneMore('en, es', 'recipient');
    expect(signers).toBe(1);
    const letters = flat((await readPdfText(readFileSync(join(out, 'letter.pdf')))).text);
    expect(letters).not.toMatch(/further 1 person|\b1 person has signed|ha firmado 1 persona/i);
    // That signer's row was missing from the export at the first delivery but signed before it: not "signed since".
    expect(letters).toMatch(/One more person, not included in our delivery of 10 December 2025, has signed/);
    expect(letters).toMatch(/ha firmado una persona más/);
    const cover = flat((await readPdfText(readFileSync(join(out, 'packet.pdf')))).pageTexts[0]);
    expect(cover).not.toMatch(/further 1 person/);
    expect(cover).toMatch(/one more person, \d+ in all/);
  });

  it('says it on the count-only certificate too', async () => {
    const { out, signers } = await oneMore('en', 'count-only');
    expect(signers).toBe(1);
    const certificate = flat((await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text);
    expect(certificate).not.toMatch(/further 1 person/i);
    expect(certificate).toMatch(/One more person/);
  });
});
