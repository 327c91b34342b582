// The example packet read page by page as the official reads it: one language, one date style, one page-number
// style, one name and order for countries, and one story about the count in every part.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { followupCopy } from '../batch/followup-fixture.js';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CAMPAIGN = join(FIXTURES, 'campaign', 'campaign.yaml');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The example campaign, copied with its exports and edited. */
function editedCampaign(edit: (yaml: string) => string): string {
  const root = tempDir();
  made.push(root);
  cpSync(join(FIXTURES, 'exports'), join(root, 'exports'), { recursive: true });
  cpSync(join(FIXTURES, 'campaign'), join(root, 'campaign'), { recursive: true });
  const path = join(root, 'campaign', 'campaign.yaml');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return path;
}

async function build(campaign: string, delivery: string, extra: string[] = [], now?: Date): Promise<{ dir: string; code: number; stderr: string; stdout: string }> {
  const dir = tempDir();
  made.push(dir);
  const result = await runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', dir, ...extra], now ? { now } : {});
  return { dir, ...result };
}

async function pages(dir: string, file: string): Promise<string[]> {
  return (await readPdfText(readFileSync(join(dir, file)))).pageTexts.map((page) => page.replace(/\s+/g, ' '));
}

/** The page numbers printed on each page, in the language's one style. */
/** A page's number in the footer style of any packet language: each part's footer speaks the part's language. */
const PAGE_STYLES = [/Page (?<n>\d+) of (?<total>\d+)/, /(?<total>\d+) ?쪽 중 (?<n>\d+) ?쪽/, /第(?<n>\d+)页，共(?<total>\d+)页/, /Página (?<n>\d+) de (?<total>\d+)/];
const inAnyLanguage = (page: string) => PAGE_STYLES.map((style) => pageNumbers([page], style)[0]).find(Boolean);

function pageNumbers(texts: string[], style: RegExp): Array<[number, number] | undefined> {
  return texts.map((text) => {
    const found = [...text.matchAll(new RegExp(style.source, 'gu'))];
    if (found.length !== 1) return undefined;
    const { n, total } = found[0].groups as { n: string; total: string };
    return [Number(n), Number(total)];
  });
}

describe('an English packet', () => {
  let packet: string[];
  let letter: string[];
  let summary: string[];
  let list: string[];
  beforeAll(async () => {
    const { dir, code } = await build(CAMPAIGN, 'embassy-2026');
    expect(code).toBeLessThan(2);
    packet = await pages(dir, 'packet.pdf');
    letter = await pages(dir, 'letter.pdf');
    summary = await pages(dir, 'summary.pdf');
    list = await pages(dir, 'signatures.pdf');
  });

  it('numbers every page of every part in one style, "Page n of N", packet.pdf in one running sequence', () => {
    const style = /Page (?<n>\d+) of (?<total>\d+)/;
    // Each part's footer is in its own language (adv-s9 N10): the Chinese letter and text say "第n页，共N页", in one sequence.
    const either = (page: string) => pageNumbers([page], style)[0] ?? pageNumbers([page], /第(?<n>\d+)页，共(?<total>\d+)页/)[0];
    expect(packet.map(inAnyLanguage)).toEqual(packet.map((_, i) => [i + 1, packet.length]));
    for (const part of [summary, list]) expect(pageNumbers(part, style)).toEqual(part.map((_, i) => [i + 1, part.length]));
    expect(letter.map(either).every(Boolean)).toBe(true);
    expect(packet.join(' ')).not.toMatch(/\b\d+ \/ \d+\b/);
  });

  it('writes dates in one style: the list\'s dates read as the letter\'s', () => {
    expect(list.join(' ')).toMatch(/\b\d{1,2} November 2025\b/);
    expect(list.join(' ')).not.toMatch(/\b\d{1,2} Nov 2025\b/);
  });

  it('calls a missing country one name in the list and the summary', () => {
    expect(summary.join(' ')).toContain('Country not given');
    expect(list.join(' ')).toContain('Country not given');
    expect(packet.join(' ')).not.toMatch(/\bUnknown\b/);
    // Ordered by country, the list puts signers who gave none after every country, as the summary does.
    const rows = list.join(' ');
    expect(rows.indexOf('Country not given')).toBeGreaterThan(rows.lastIndexOf('United States'));
  });
});

describe('the count-only certificate', () => {
  let certificate: string[];
  let summary: string[];
  beforeAll(async () => {
    const { dir, code } = await build(CAMPAIGN, 'un-2026');
    expect(code).toBeLessThan(2);
    certificate = await pages(dir, 'signatures.pdf');
    summary = await pages(dir, 'summary.pdf');
  });

  it('orders countries as the summary does: by signers, then by name', () => {
    const names = (text: string, after: string, before: string) => [...text.slice(text.indexOf(after) + after.length, text.indexOf(before, text.indexOf(after)))
      .matchAll(/([A-Z][A-Za-z ]+?) \d+ \d+(?:\.\d)?%/gu)].map((m) => m[1].trim());
    // The summary names every country with 3 signers or more (fewer could point at a person: they are "other
    // countries"), and the certificate groups by the same rule.
    const fromSummary = names(summary.join(' '), 'Country Signers Share', 'Country not given');
    const fromCertificate = names(certificate.join(' '), 'Country Signers Share', '\u0000');
    expect(fromSummary.length).toBeGreaterThan(2);
    expect(fromCertificate.slice(0, fromSummary.length)).toEqual(fromSummary);
    expect(certificate.join(' ')).toContain('Country not given');
  });

  it('shows one fingerprint, the packet\'s, labelled', () => {
    const text = certificate.join(' ');
    expect(text).toMatch(/Packet fingerprint [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
    expect(text).not.toMatch(/List fingerprint/);
  });
});

describe('a packet whose main language is Korean', () => {
  let packet: string[];
  let code: number;
  beforeAll(async () => {
    const campaign = editedCampaign((yaml) => yaml.replace('languages: [en, zh]', 'languages: [ko, zh]'));
    const built = await build(campaign, 'embassy-2026');
    code = built.code;
    packet = await pages(built.dir, 'packet.pdf');
  });

  it('has a Korean cover, contents, list headings and page numbers', () => {
    expect(code).toBeLessThan(2);
    const [cover, contents] = packet;
    expect(cover).toContain('청원');
    expect(cover.replace(/\s+/g, '')).toContain('서명자35명');
    expect(cover).toContain('워싱턴');
    expect(cover).toContain('세계 인권의 날');
    expect(contents).toContain('목차');
    expect(contents).not.toContain('…');
    expect(contents).toContain('서명자 명단');
    const list = packet.at(-1) as string;
    for (const heading of ['이름', '국가', '서명일']) expect(list).toContain(heading);
    const english = /\b(PETITION|Signed by|Delivered|Contents|Signature list|Covering letter|Petition text|signers|NAME|COUNTRY|Page)\b/;
    // The English petition text is the one part in English, footer included (adv-s9 N10); every other page is Korean.
    const korean = packet.filter((page) => !page.includes('English · 영어'));
    expect(korean.length).toBe(packet.length - 1);
    for (const page of korean) expect(page).not.toMatch(english);
    expect(packet.map(inAnyLanguage)).toEqual(packet.map((_, i) => [i + 1, packet.length]));
  });

  it('writes the list\'s dates as the letter does', () => {
    const list = packet.at(-1) as string;
    expect(list).toMatch(/2025 ?년 11월 \d+일/);
    expect(packet.join(' ')).not.toMatch(/\d{4}\. \d{1,2}\. \d{1,2}\./);
  });
});

describe('a follow-up delivery', () => {
  it('tells one story about the count on the cover, in the letters and on the list', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    copy.earlyGoogleForm(3);
    const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBeLessThan(2);
    copy.fullGoogleForm();
    const built = await build(copy.campaign, 'embassy-2026', ['--json'], new Date('2026-06-01T12:00:00Z'));
    expect(built.code).toBeLessThan(2);
    const { signers, follows } = JSON.parse(built.stdout) as { signers: number; follows: { signers: number } };
    const total = follows.signers + signers;
    const story = `a further ${signers} ${signers === 1 ? 'person' : 'people'}, ${total} in all`;
    const packet = await pages(built.dir, 'packet.pdf');
    expect(packet[0]).toContain(story);
    expect(packet[0]).not.toMatch(new RegExp(`\\b${signers} signers?\\b`));
    expect(packet.at(-1)).toContain(story);
    expect(packet.join(' ')).toContain(`bringing the total to ${total}`);
  });

  it('with --allow-empty and no new signers, the letter says so and encloses no list', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBeLessThan(2);
    const built = await build(copy.campaign, 'embassy-2026', ['--allow-empty'], new Date('2026-06-01T12:00:00Z'));
    expect(built.code).toBeLessThan(2);
    const letter = (await pages(built.dir, 'letter.pdf')).join(' ');
    expect(letter).toMatch(/no new signatures since our delivery of 10 December 2025/);
    expect(letter).not.toMatch(/list of (its )?signers (is|are) enclosed|and the list of its signers|List of signers/);
  });
});
