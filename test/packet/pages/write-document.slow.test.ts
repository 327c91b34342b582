import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LetterContent } from '../../../src/packet/letter/compose-letters.js';
import { Writable } from 'node:stream';
import { writeDocument, type DrawnPart, type PacketPart, type PageSetup } from '../../../src/packet/pages/write-document.js';
import { intoFile, pdfInfo, pdfPages, pdfText } from './pdf-tools.js';
import { sampleCounts } from './sample-counts.js';

const setup: PageSetup = { paper: 'A4', orientation: 'portrait', creationDate: new Date('2026-12-10T01:00:00Z'), title: 'Stop forced repatriation' };

const letter: LetterContent = {
  language: 'en',
  kind: 'cover-to-ambassador',
  letterhead: ['Coalition to Save North Korean Refugees', '12 Sejong-daero, Jongno-gu, Seoul 03172', 'contact@example.org'],
  placeAndDate: 'Seoul, 10 December 2026',
  recipient: ['His Excellency Xing Haiming', 'Ambassador Extraordinary and Plenipotentiary', 'Embassy of the People\'s Republic of China', '27 Myeongdong 2-gil, Jung-gu, Seoul'],
  salutation: 'Your Excellency,',
  body: [
    'On Human Rights Day we deliver to you a petition signed by 9,000 people from 8 countries, asking the Government of the People\'s Republic of China to stop forcibly returning North Korean refugees.',
    'Refugees returned to North Korea face imprisonment, torture and worse. The principle of non-refoulement binds every state party to the 1951 Refugee Convention and its 1967 Protocol, to which China acceded in 1982.',
    'We respectfully ask that you convey this petition to your Government, and we would welcome the opportunity to discuss it with you.',
  ],
  closing: 'Yours respectfully,',
  signature: ['Kim Min-jun', 'Coordinator, Coalition to Save North Korean Refugees'],
  enclosures: ['Enclosures: summary of signatures; petition text in Korean and English; list of signatories'],
};

const koreanText = '우리는 중국 정부에 탈북민 강제북송을 즉시 중단할 것을 촉구합니다.\n\n강제로 송환된 사람들은 구금과 고문을 당합니다.';

const parts: PacketPart[] = [
  { kind: 'letter', letter },
  { kind: 'summary', counts: sampleCounts(), title: 'Stop forced repatriation', target: 'Ambassador of the People\'s Republic of China', topCountries: 5 },
  { kind: 'petition-text', language: 'ko', title: '강제북송 중단 청원', text: koreanText },
  { kind: 'petition-text', language: 'en', title: 'Stop forced repatriation', text: 'We call on the Government of China to stop forcibly returning North Korean refugees.' },
];

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'write-document-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** Extracted text breaks lines where the layout did; compare with single spaces. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('writeDocument', () => {
  it('prints the letter, the summary and the petition texts, in that order', async () => {
    const path = join(dir, 'packet.pdf');
    const { pages } = await intoFile(path, (out) => writeDocument(parts, setup, out));
    expect(pdfPages(path)).toBe(pages);
    const pageTexts = Array.from({ length: pages }, (_, i) => flat(pdfText(path, i + 1)));
    const pageOf = (text: string) => pageTexts.findIndex((page) => page.includes(text));

    for (const expected of ['Your Excellency,', 'His Excellency Xing Haiming', 'Embassy of the People\'s Republic of China', 'Yours respectfully,', 'Kim Min-jun', 'Seoul, 10 December 2026']) {
      expect(pageOf(expected)).toBe(0);
    }
    const summary = pageOf('Summary of signatures');
    expect(summary).toBeGreaterThan(0);
    for (const expected of ['Unique signers', '9,000', 'South Korea', 'United States', 'Other countries (3)', 'New signers per day']) {
      expect(pageTexts[summary]).toContain(expected);
    }
    const korean = pageOf('강제북송 중단 청원');
    expect(korean).toBeGreaterThan(summary);
    expect(pageTexts[korean]).toContain('탈북민 강제북송을 즉시 중단할 것을 촉구합니다.');
    expect(pageOf('We call on the Government of China')).toBeGreaterThan(korean);
  });

  it('gives byte-identical files for the same input, dated from the delivery', async () => {
    const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    await intoFile(a, (out) => writeDocument(parts, setup, out));
    await intoFile(b, (out) => writeDocument(parts, setup, out));
    expect((await fsp.readFile(a)).equals(await fsp.readFile(b))).toBe(true);
    expect(pdfInfo(a)).toMatch(/CreationDate:.*2026/);
    expect(pdfInfo(a)).toMatch(/Title:\s+Stop forced repatriation/);
  });

  it('writes a summary in Korean with Korean numbers and country names', async () => {
    const path = join(dir, 'summary-ko.pdf');
    await intoFile(path, (out) => writeDocument([{ kind: 'summary', counts: sampleCounts(), title: '강제북송 중단', target: '주한 중국 대사', language: 'ko' }], { ...setup, compress: false }, out));
    const text = flat(pdfText(path));
    for (const expected of ['서명 요약', '국가별 서명자', '대한민국', '9,000']) expect(text).toContain(expected);
  });

  it('fits the summary of a typical campaign on one page', async () => {
    const path = join(dir, 'summary-one-page.pdf');
    const sourceNames = { 'exports/change-org.tsv': 'Change.org', 'paper/seoul-sheets.csv': 'Paper sheets, Seoul' };
    const { pages } = await intoFile(path, (out) => writeDocument([{ kind: 'summary', counts: sampleCounts(), title: 'Stop forced repatriation', target: 'Ambassador of the People\'s Republic of China', sourceNames }], setup, out));
    expect(pages).toBe(1);
    expect(flat(pdfText(path))).toContain('Paper sheets, Seoul');
  });

  it('hands pages to the output while it draws, not all at the end (a 20,000-page list must not pile up in memory)', async () => {
    let received = 0;
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done();
      },
    });
    const line = 'Signatures of people who ask China to stop forced returns '.repeat(2);
    const pageCount = 60;
    const receivedAfterPage: number[] = [];
    // Like the signature list read from its spool: the drawing loop only ever awaits promises that are already settled.
    const manyPages: DrawnPart = {
      kind: 'drawn',
      title: 'Signatures',
      plan: () => Promise.resolve(pageCount),
      async draw(doc, drawer, _fonts, pageDone) {
        for (let page = 0; page < pageCount; page++) {
          doc.addPage({ size: [595.28, 841.89], margin: 0 });
          for (let row = 0; row < 40; row++) drawer.draw(`${page}.${row} ${line}`, 40, 40 + row * 18, { size: 8, width: 515 });
          await pageDone();
          receivedAfterPage.push(received);
        }
        return pageCount;
      },
    };
    const { pages } = await writeDocument([manyPages], { ...setup, compress: false }, out);
    expect(pages).toBe(pageCount);
    expect(receivedAfterPage[pageCount - 2]).toBeGreaterThan(0);
    expect(receivedAfterPage[pageCount - 2]).toBeGreaterThan(received / 3);
  });

  it('prints on US Letter in landscape when asked', async () => {
    const path = join(dir, 'letter-landscape.pdf');
    await intoFile(path, (out) => writeDocument([parts[3]], { ...setup, paper: 'Letter', orientation: 'landscape' }, out));
    expect(pdfInfo(path)).toMatch(/Page size:\s+792 x 612 pts/);
  });
});
