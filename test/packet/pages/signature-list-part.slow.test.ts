import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signatureListPart } from '../../../src/packet/pages/signature-list-part.js';
import { writeDocument, type PageSetup } from '../../../src/packet/pages/write-document.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import { SignerSpool } from '../../../src/packet/signer-spool.js';
import { intoFile, pdfPages, pdfText } from './pdf-tools.js';
import { sampleCounts } from './sample-counts.js';

const creationDate = new Date('2026-12-10T01:00:00Z');
const setup: PageSetup = { paper: 'A4', orientation: 'portrait', creationDate, title: 'Packet' };

const names = ['김민준', 'Anna Müller', '王小明', 'José Ordóñez', 'Иван Петров'];
const entries: ListEntry[] = Array.from({ length: 130 }, (_, i) => ({
  name: `${names[i % names.length]} ${i + 1}`,
  city: i % 2 ? 'Seoul' : 'Berlin',
  region: '',
  postcode: '',
  country: i % 2 ? 'KR' : 'DE',
  signedAt: Date.UTC(2026, 10, 1) + i * 3_600_000,
  anonymous: false,
}));

const listOptions: ListOptions = {
  title: 'Stop forced repatriation', target: 'Ambassador', profile: 'public', anonymous: 'show',
  paper: 'A4', orientation: 'portrait', order: 'time', creationDate, fingerprint: '0123456789ab', totalSigners: entries.length,
};

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'packet-pdf-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('signatureListPart in packet.pdf', () => {
  it('adds the same pages signatures.pdf has, after the summary, with every name legible', async () => {
    const listPath = join(dir, 'signatures.pdf');
    const alone = await intoFile(listPath, (out) => writeSignatureList(entries, listOptions, out));

    const summaryPath = join(dir, 'summary.pdf');
    const summaryPart = { kind: 'summary' as const, counts: sampleCounts(), title: 'Stop forced repatriation', target: 'Ambassador' };
    const summary = await intoFile(summaryPath, (out) => writeDocument([summaryPart], setup, out));

    const packetPath = join(dir, 'packet.pdf');
    const packet = await intoFile(packetPath, (out) => writeDocument([summaryPart, signatureListPart(entries, listOptions)], setup, out));
    expect(packet.pages).toBe(summary.pages + alone.pages);
    expect(pdfPages(packetPath)).toBe(packet.pages);

    const listText = pdfText(packetPath, summary.pages + 1);
    expect(listText).toContain('김민준 1');
    expect(listText).toContain('Anna Müller 2');
    const allText = pdfText(packetPath);
    expect(allText.indexOf('Summary of signatures')).toBeLessThan(allText.indexOf('王小明 3'));
    expect(allText).toContain('Иван Петров 130');
  });

  describe('with names long enough to wrap (rows that grow)', () => {
    const longName = 'Maria-Magdalena Anneliese Wilhelmina von Hohenzollern-Sigmaringen und Württemberg-Hohenlohe';
    const tallEntries = entries.map((entry, i) => (i % 3 === 0 ? { ...entry, name: `${longName} ${i + 1}` } : entry));
    const tallOptions = { ...listOptions, totalSigners: tallEntries.length };
    const summaryPart = { kind: 'summary' as const, counts: sampleCounts(), title: 'Stop forced repatriation', target: 'Ambassador' };
    /** A page's text without its "Page n of N", which packet.pdf numbers on from the pages before the list. */
    const unnumbered = (text: string) => text.replace(/Page \d+ of \d+/gu, 'Page # of #');

    async function expectSamePages(list: Parameters<typeof signatureListPart>[0], name: string): Promise<void> {
      const listPath = join(dir, `${name}-signatures.pdf`);
      const alone = await intoFile(listPath, (out) => writeSignatureList(tallEntries, tallOptions, out));
      const plain = await intoFile(join(dir, `${name}-plain.pdf`), (out) => writeSignatureList(entries, listOptions, out));
      expect(alone.pages).toBeGreaterThan(plain.pages); // the wrapped rows do take more pages

      const summary = await intoFile(join(dir, `${name}-summary.pdf`), (out) => writeDocument([summaryPart], setup, out));
      const packetPath = join(dir, `${name}-packet.pdf`);
      const packet = await intoFile(packetPath, (out) => writeDocument([summaryPart, signatureListPart(list, tallOptions)], setup, out));
      expect(packet.pages).toBe(summary.pages + alone.pages);
      expect(pdfPages(packetPath)).toBe(packet.pages);
      for (let page = 1; page <= alone.pages; page++) {
        const inPacket = pdfText(packetPath, summary.pages + page);
        expect(inPacket).toContain(`Page ${summary.pages + page} of ${packet.pages}`);
        expect(unnumbered(inPacket)).toBe(unnumbered(pdfText(listPath, page)));
      }
      // The long name is printed whole, over as many lines as its cell needs.
      // (lines break at spaces or after a hyphen, never inside a word).
      for (const part of longName.split(/[ -]/)) expect(pdfText(packetPath, packet.pages)).toContain(part);
      expect(pdfText(packetPath, packet.pages)).toContain('signatures 100–130 of 130');
    }

    it('gives packet.pdf the pages signatures.pdf has, counted before drawing, numbered on', async () => {
      await expectSamePages(tallEntries, 'held');
    });

    it('does the same for signers read from the spool', async () => {
      const spool = new SignerSpool('time', tallEntries.length);
      try {
        tallEntries.forEach((entry, i) => spool.add(entry, i.toString(16).padStart(16, '0'), i));
        await expectSamePages(spool.ordered(tallOptions), 'spooled');
      } finally {
        spool.close();
      }
    });
  });

  it('is byte-identical when built twice', async () => {
    const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    for (const path of [a, b]) await intoFile(path, (out) => writeDocument([signatureListPart(entries, listOptions)], setup, out));
    expect((await fsp.readFile(a)).equals(await fsp.readFile(b))).toBe(true);
  });

  it('refuses a list whose length disagrees with the count', async () => {
    await expect(intoFile(join(dir, 'bad.pdf'), (out) => writeDocument([signatureListPart(entries.slice(1), listOptions)], setup, out)))
      .rejects.toThrow(/129 entries but the count says 130/);
  });
});
