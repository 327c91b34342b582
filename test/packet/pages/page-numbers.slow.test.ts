// Every page of every part carries its number; packet.pdf opens with a cover and contents, numbers its pages in one
// sequence through every part (the signature list included) and has a bookmark for each part.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LetterContent } from '../../../src/packet/letter/compose-letters.js';
import { signatureListPart } from '../../../src/packet/pages/signature-list-part.js';
import { writeDocument, type PacketCover, type PacketPart, type PageSetup } from '../../../src/packet/pages/write-document.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { readPdfOutline } from '../../helpers/pdf-text.js';
import { intoFile, pdfPages, pdfText } from './pdf-tools.js';
import { sampleCounts } from './sample-counts.js';

const creationDate = new Date('2026-12-10T01:00:00Z');
const setup: PageSetup = { paper: 'A4', orientation: 'portrait', creationDate, title: 'Stop forced repatriation' };

function letter(language: string, to: string, paragraphs: number): LetterContent {
  return {
    language, kind: 'to-official', letterhead: ['Safe Passage Coalition'], placeAndDate: 'Washington, D.C., 10 December 2026',
    recipient: [to, 'Embassy of the People\'s Republic of China'], salutation: 'Your Excellency,',
    body: Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1}. ${'We respectfully ask your Government to stop the forced return of North Korean refugees. '.repeat(4)}`),
    closing: 'Yours respectfully,', signature: ['Min-ji Park', 'Coordinator'],
  };
}

const letters: PacketPart[] = [
  { kind: 'letter', letter: letter('en', 'His Excellency Mr. Xi Jinping', 14) },
  { kind: 'letter', letter: letter('en', 'His Excellency Mr. António Guterres', 2) },
];
const summary: PacketPart = { kind: 'summary', counts: sampleCounts(), title: 'Stop forced repatriation', target: 'Ambassador' };
const texts: PacketPart[] = [
  { kind: 'petition-text', language: 'ko', title: '강제북송 중단 청원', text: '우리는 중국 정부에 탈북민 강제북송을 즉시 중단할 것을 촉구합니다.' },
  { kind: 'petition-text', language: 'en', title: 'Stop forced repatriation', text: 'We call on the Government of China to stop forcibly returning North Korean refugees.' },
];

const entries: ListEntry[] = Array.from({ length: 130 }, (_, i) => ({
  name: `Signer ${i + 1}`, city: 'Seoul', region: '', postcode: '', country: 'KR', signedAt: Date.UTC(2026, 10, 1) + i * 60_000, anonymous: false,
}));
const listOptions: ListOptions = {
  title: 'Stop forced repatriation', target: 'Ambassador', profile: 'public', anonymous: 'show',
  paper: 'A4', orientation: 'portrait', order: 'time', creationDate, fingerprint: '0123456789ab', totalSigners: entries.length,
};
const cover: PacketCover = {
  title: 'Stop forced repatriation', recipient: 'His Excellency Mr. Xi Jinping', delivery: 'December 10, 2026, Washington, D.C.',
  signers: '130 signers', from: 'Safe Passage Coalition', fingerprint: 'packet-fingerprint-slot',
};

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'page-numbers-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** The number printed at the foot of each page: "Page n of N", the one style of every part. */
function pageNumbers(path: string): Array<[number, number] | undefined> {
  return pdfText(path).split('\f').slice(0, -1).map((page) => {
    // Each part's footer is in the part's language (a Korean text says "3쪽 중 2쪽"), the sequence one through the file.
    const match = /(?:Page|Página|Seite) (\d+) (?:of|de|von|sur) (\d+)/u.exec(page);
    if (match) return [Number(match[1]), Number(match[2])];
    const korean = /(\d+)\s*쪽 중 (\d+)\s*쪽/u.exec(page);
    if (korean) return [Number(korean[2]), Number(korean[1])];
    const chinese = /第(\d+)页，共(\d+)页/u.exec(page);
    return chinese ? [Number(chinese[1]), Number(chinese[2])] : undefined;
  });
}

describe('page numbers', () => {
  it('numbers every page of the summary and the petition texts in one sequence through the file', async () => {
    const path = join(dir, 'texts.pdf');
    const { pages } = await intoFile(path, (out) => writeDocument([summary, ...texts], setup, out));
    expect(pages).toBeGreaterThan(2);
    expect(pageNumbers(path)).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
  });

  it('numbers each letter on its own in letter.pdf, a one-page letter too', async () => {
    const path = join(dir, 'letters.pdf');
    const { pages } = await intoFile(path, (out) => writeDocument(letters, setup, out));
    const numbers = pageNumbers(path);
    const long = pages - 1;
    expect(long).toBeGreaterThan(1);
    expect(numbers).toEqual([...Array.from({ length: long }, (_, i) => [i + 1, long]), [1, 1]]);
  });

  it('opens packet.pdf with a cover and contents, numbers all its pages in one sequence, and bookmarks each part', async () => {
    const path = join(dir, 'packet.pdf');
    const parts = [...letters, summary, ...texts, signatureListPart(entries, listOptions)];
    const { pages } = await intoFile(path, (out) => writeDocument(parts, setup, out, { cover }));
    expect(pdfPages(path)).toBe(pages);
    expect(pageNumbers(path)).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));

    const coverText = pdfText(path, 1);
    for (const fact of ['Stop forced repatriation', 'His Excellency Mr. Xi Jinping', 'December 10, 2026, Washington, D.C.', '130 signers', 'packet-fingerprint-slot']) {
      expect(coverText).toContain(fact);
    }
    const outline = await readPdfOutline(readFileSync(path));
    expect(outline.map((entry) => entry.title)).toEqual([
      'Stop forced repatriation', 'Contents',
      'Letter to His Excellency Mr. Xi Jinping (English)', 'Letter to His Excellency Mr. António Guterres (English)',
      'Summary of signatures', 'Petition text · Korean', 'Petition text · English', 'Signature list',
    ]);
    // The contents give each part the page its bookmark opens, and that page is where the part begins.
    const contents = pdfText(path, 2);
    for (const entry of outline.slice(2)) {
      expect(contents).toMatch(new RegExp(`${entry.title.replace(/[().]/gu, '\\$&')}\\s+${entry.page}\\n`, 'u'));
    }
    expect(pdfText(path, outline[2].page)).toContain('Your Excellency,');
    expect(pdfText(path, outline[4].page)).toContain('Summary of signatures');
    expect(pdfText(path, outline[5].page)).toContain('강제북송 중단 청원');
    expect(pdfText(path, outline[7].page)).toContain('Signer 1 ');
    expect(outline[7].page + 3 - 1).toBe(pages); // 130 signers are three pages of the list
  });

  it('bookmarks each volume of a split list under the list, at the volume\'s cover', async () => {
    const path = join(dir, 'split.pdf');
    const parts = [summary, signatureListPart(entries, { ...listOptions, split: { every: 50 } })];
    await intoFile(path, (out) => writeDocument(parts, setup, out, { cover }));
    const list = (await readPdfOutline(readFileSync(path))).find((entry) => entry.title === 'Signature list');
    expect(list?.items?.map((entry) => entry.title)).toEqual(['Volume 1: Signatures 1–50', 'Volume 2: Signatures 51–100', 'Volume 3: Signatures 101–130']);
    expect(list?.items?.[0].page).toBe(list?.page);
    for (const [index, volume] of (list?.items ?? []).entries()) expect(pdfText(path, volume.page)).toContain(`SIGNATURES · VOLUME ${index + 1} OF 3`);
  });
});
