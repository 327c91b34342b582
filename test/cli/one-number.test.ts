import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, writeFileSync } from 'node:fs';
import { followupCopy } from '../batch/followup-fixture.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const made: string[] = [];
const folder = (): string => {
  const dir = tempDir();
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('one number of countries', () => {
  it('the count-only certificate and the letter name the same number of countries, "Unknown" not among them', async () => {
    const dir = folder();
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir, '--json']);
    expect(built.code).toBeLessThan(2);
    // A count-only manifest folds small countries (adv-s10 D8): the organizer's own count --json has them all.
    const counted = JSON.parse((await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '--json'])).stdout);
    const known = Object.entries(counted.byCountry as Record<string, { unique: number }>).filter(([code, bucket]) => code !== 'unknown' && bucket.unique > 0).length;
    expect(counted.byCountry.unknown?.unique).toBeGreaterThan(0);
    const certificate = (await readPdfText(readFileSync(join(dir, 'signatures.pdf')))).text;
    expect(certificate).toContain(`Signers come from ${known} countries`);
    const letter = (await readPdfText(readFileSync(join(dir, 'letter.pdf')))).text;
    expect(letter).toMatch(new RegExp(`\\b${known} (countries|países)`));
  });
});

describe('follow-up deliveries', () => {
  const markFirst = async (root: string, campaign: string) => {
    const first = await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2025', '-o', join(root, 'first'), '--mark-delivered', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBeLessThan(2);
  };

  it('with no new signers: warns and exits 1 without building a letter over an empty list, unless --allow-empty', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    await markFirst(copy.root, copy.campaign);
    const out = join(copy.root, 'second');
    const refused = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out], { now: new Date('2026-06-01T12:00:00Z') });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no new signers/);
    expect(refused.stderr).toContain('--allow-empty');
    expect(existsSync(join(out, 'letter.pdf'))).toBe(false);
    const allowed = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--allow-empty'], { now: new Date('2026-06-01T12:00:00Z') });
    expect(allowed.code).toBeLessThan(2);
    expect(existsSync(join(out, 'letter.pdf'))).toBe(true);
    // The cover tells the letter's story: no one new, not "a further 0 people".
    const cover = (await readPdfText(readFileSync(join(out, 'packet.pdf')))).pageTexts[0];
    expect(cover).toMatch(/no new signatures, \d+ in all/);
    expect(cover).not.toContain('a further 0');
  });

  it('with new signers: the covering letter and the letter tell the same story', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    copy.earlyGoogleForm(3);
    await markFirst(copy.root, copy.campaign);
    copy.fullGoogleForm();
    const out = join(copy.root, 'second');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], { now: new Date('2026-06-01T12:00:00Z') });
    expect(built.code).toBeLessThan(2);
    const { signers, follows } = JSON.parse(built.stdout) as { signers: number; follows: { signers: number } };
    expect(signers).toBeGreaterThan(0);
    const pages = (await readPdfText(readFileSync(join(out, 'letter.pdf')))).pageTexts.map((page) => page.replace(/\s+/g, ' '));
    // The form's late rows include signatures from before that delivery: "not included in it", not "signed since".
    const further = signers === 1
      ? 'one more person, not included in our delivery of 10 December 2025, has signed'
      : `${signers} more people, not included in our delivery of 10 December 2025, have signed`;
    const total = `bringing the total to ${follows.signers + signers}`;
    const covering = pages.filter((page) => page.includes('transmit'));
    expect(covering.length).toBeGreaterThan(0);
    for (const page of covering) {
      expect(page).toContain(further);
      expect(page).toContain(total);
      expect(page).not.toMatch(/signed by \d+ (people|person)/);
    }
    expect(pages.join(' ')).toContain(total);
  });

  it('count --delivery of a follow-up states its own number beside the total, as its packet does', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    copy.earlyGoogleForm(3);
    await markFirst(copy.root, copy.campaign);
    copy.fullGoogleForm();
    const now = { now: new Date('2026-06-01T12:00:00Z') };
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'second'), '--json'], now);
    const packet = JSON.parse(built.stdout) as { signers: number; follows: { signers: number } };
    expect(packet.signers).toBeGreaterThan(0);
    const counted = await runMain(['count', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '--json'], now);
    expect(counted.code).toBeLessThan(2);
    expect(JSON.parse(counted.stdout).followUp).toMatchObject({ since: 'embassy-2025', deliveredBefore: packet.follows.signers, newSigners: packet.signers });
    const text = await runMain(['count', '--campaign', copy.campaign, '--delivery', 'embassy-2026'], now);
    expect(text.stdout).toContain(`a further ${packet.signers} ${packet.signers === 1 ? 'signer' : 'signers'}`);
    expect(text.stdout).toContain(`${packet.follows.signers} signers delivered before`);
    const korean = await runMain(['--lang', 'ko', 'count', '--campaign', copy.campaign, '--delivery', 'embassy-2026'], now);
    expect(korean.stdout).toContain(`추가 서명자 ${packet.signers}명`);
  });
});

describe('count and dedupe read a campaign as the packet does', () => {
  it('count --campaign gives the counts in the packet manifest', async () => {
    const dir = folder();
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir, '--json']);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const counted = await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '--json']);
    expect(counted.code).toBeLessThan(2);
    const counts = JSON.parse(counted.stdout);
    expect(counts.unique).toBe(manifest.counts.unique);
    for (const key of ['rows', 'rejected', 'accepted', 'duplicates', 'unique', 'byCountry', 'bySource', 'byDay', 'pendingReview']) {
      expect([key, counts[key]]).toEqual([key, manifest.counts[key]]);
    }
    const merged = join(folder(), 'merged.csv');
    const deduped = await runMain(['dedupe', '--campaign', CAMPAIGN, '-o', merged, '--json']);
    expect(JSON.parse(deduped.stdout).unique).toBe(manifest.counts.unique);
  });

  it('refuses --tz with --campaign, as the other reading options: the campaign\'s timezone decides the days', async () => {
    const refused = await runMain(['count', '--campaign', CAMPAIGN, '--tz', 'Pacific/Kiritimati', '--json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--tz');
    expect(refused.stdout).toBe('');
  });

  it('--country FILE=CODE applies to that file only; plain --country CODE to every file', async () => {
    const exports = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));
    const files = ['change-org.csv', 'action-network.csv', 'seoul-paper.csv'].map((name) => join(exports, name));
    const perFile = JSON.parse((await runMain(['count', ...files, '--country', `${files[2]}=KR`, '--json'])).stdout);
    const everywhere = JSON.parse((await runMain(['count', ...files, '--country', 'KR', '--json'])).stdout);
    const none = JSON.parse((await runMain(['count', ...files, '--json'])).stdout);
    const kr = (counts: { byCountry: Record<string, { unique: number }> }) => counts.byCountry.KR?.unique ?? 0;
    expect(kr(perFile)).toBeGreaterThan(kr(none));
    expect(kr(everywhere)).toBeGreaterThan(kr(perFile));
    const unmatched = await runMain(['count', ...files, '--country', 'nope.csv=KR']);
    expect(unmatched.code).toBe(2);
    expect(unmatched.stderr).toContain('nope.csv');
  });
});

describe('review decisions follow the rows, however the path is spelled', () => {
  const names = ['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv'];

  /** dedupe with one spelling of the paths, and the first review pair decided "same". */
  const decided = async (): Promise<string> => {
    const dir = folder();
    const files = names.map((name) => `fixtures/exports/${name}`);
    const review = join(dir, 'review.csv');
    const deduped = await runMain(['dedupe', ...files, '--country', 'fixtures/exports/seoul-paper.csv=KR', '-o', join(dir, 'merged.csv'), '--review', review]);
    expect(deduped.code).toBe(1);
    const lines = readFileSync(review, 'utf8').split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(2);
    lines[1] = `same${lines[1]}`; // the decision column comes first and is left empty
    writeFileSync(review, lines.join('\r\n'));
    return review;
  };

  it('applies in count with ./ paths, and in the packet whose campaign names them ../exports/…', async () => {
    const review = await decided();
    const dotted = names.map((name) => `./fixtures/exports/${name}`);
    const counted = JSON.parse((await runMain(['count', ...dotted, '--country', './fixtures/exports/seoul-paper.csv=KR', '--decisions', review, '--json'])).stdout);
    expect(counted.pendingReview).toBe(0);
    const dir = folder();
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir, '--decisions', review, '--json']);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.counts.pendingReview).toBe(0);
    expect(manifest.counts.unique).toBe(counted.unique);
  });

  it('applies by the files\' content hashes when the files were renamed since', async () => {
    const review = await decided();
    const records = readCsv(review);
    expect(records[0].sha256_a).toMatch(/^[0-9a-f]{64}$/);
    const renamed = join(folder(), 'decisions.csv');
    const row = records[0];
    writeFileSync(renamed, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nrenamed-a.csv,${row.row_a},renamed-b.csv,${row.row_b},same,${row.sha256_a},${row.sha256_b}\n`);
    const files = names.map((name) => `fixtures/exports/${name}`);
    const counted = JSON.parse((await runMain(['count', ...files, '--country', 'seoul-paper.csv=KR', '--decisions', renamed, '--json'])).stdout);
    expect(counted.pendingReview).toBe(0);
  });

  it('applies a decision to an export that grew since, and not where inserted rows moved the people', async () => {
    const row = readCsv(await decided())[0];
    const dir = folder();
    const decisions = join(dir, 'decisions.csv');
    writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\n${row.source_a},${row.row_a},${row.source_b},${row.row_b},same,${row.sha256_a},${row.sha256_b}\n`);
    const count = async (edit: (bytes: Buffer) => Buffer): Promise<{ pendingReview: number }> => {
      const files = names.map((name) => {
        const bytes = readFileSync(`fixtures/exports/${name}`);
        writeFileSync(join(dir, name), name === 'seoul-paper.csv' ? edit(bytes) : bytes);
        return join(dir, name);
      });
      return JSON.parse((await runMain(['count', ...files, '--country', `${join(dir, 'seoul-paper.csv')}=KR`, '--decisions', decisions, '--json'])).stdout);
    };
    // The normal re-download: one row appended; the decided rows still hold the same people.
    expect((await count((bytes) => Buffer.concat([bytes, Buffer.from('99,Test Person,,Seoul,2025. 11. 02.\r\n')]))).pendingReview).toBe(0);
    // A row inserted under the header: the row numbers now name others, so the pair comes back for review.
    const inserted = (bytes: Buffer): Buffer => {
      const end = bytes.indexOf(0x0a) + 1;
      return Buffer.concat([bytes.subarray(0, end), Buffer.from('0,Test Person,,Seoul,2025. 11. 02.\r\n'), bytes.subarray(end)]);
    };
    expect((await count(inserted)).pendingReview).toBeGreaterThan(0);
  });

  it('a decision saved by review follows its rows when the export gains a row above them, and warns when a row was edited (adv12b N1)', async () => {
    const review = await decided();
    const dir = folder();
    const decisions = join(dir, 'decisions.csv');
    expect((await runMain(['review', review, '--import', '--decisions', decisions])).code).toBe(0);
    const count = async (edit: (text: string) => string): Promise<{ code: number; counted: { pendingReview: number; unique: number }; stderr: string }> => {
      const files = names.map((name) => {
        // latin1 keeps every byte of the EUC-KR paper transcription as it is.
        const text = readFileSync(`fixtures/exports/${name}`, 'latin1');
        writeFileSync(join(dir, name), name === 'seoul-paper.csv' ? edit(text) : text, 'latin1');
        return join(dir, name);
      });
      const run = await runMain(['count', ...files, '--country', `${join(dir, 'seoul-paper.csv')}=KR`, '--decisions', decisions, '--json']);
      return { code: run.code, counted: JSON.parse(run.stdout), stderr: run.stderr };
    };
    const lines = (text: string) => text.split('\r\n');
    // An export sorted newest first: the new signer comes in under the header, every later row moves down one.
    const inserted = await count((text) => {
      const [header, ...rows] = lines(text);
      return [header, '0,Yoon Saebom,,Seoul,2025. 11. 02.', ...rows].join('\r\n');
    });
    expect(inserted.counted.pendingReview).toBe(0);
    expect(inserted.counted.unique).toBe((await count((text) => text)).counted.unique + 1);
    expect(inserted.stderr).not.toMatch(/decisions\.csv/);
    // The decided seoul-paper row itself edited: the decision can't be applied, and says so.
    const side = readCsv(decisions)[0];
    expect([side.source_a, side.source_b].some((source) => source.endsWith('seoul-paper.csv'))).toBe(true);
    const seoulRow = Number(side.source_a.endsWith('seoul-paper.csv') ? side.row_a : side.row_b); // line 1 is the header

    const edited = await count((text) => {
      const all = lines(text);
      all[seoulRow] = all[seoulRow].replace(/,[^,]*,/, ',Someone Else,');
      return all.join('\r\n');
    });
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/decisions\.csv, row 1: not applied/);
  });

  it('warns when a decisions file matches no pair at all', async () => {
    const dir = folder();
    const decisions = join(dir, 'decisions.csv');
    writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nother.csv,1,other.csv,2,same,${'c'.repeat(64)},${'c'.repeat(64)}\n`);
    const files = names.map((name) => `fixtures/exports/${name}`);
    const counted = await runMain(['count', ...files, '--decisions', decisions]);
    expect(counted.code).toBe(1);
    expect(counted.stderr).toMatch(/review decisions: .*match(es)? no pair/i);
  });
});
