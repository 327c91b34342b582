import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signatureListPart } from '../../../src/packet/pages/signature-list-part.js';
import { writeDocument, type PageSetup } from '../../../src/packet/pages/write-document.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
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
