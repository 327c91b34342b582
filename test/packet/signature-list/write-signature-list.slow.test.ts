import { describe, it, expect } from '@jest/globals';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { MemoryOut, drawnGlyphIds, pdfPageCount, pdfText } from '../fonts/pdf-text.js';
import { EVERY_SCRIPT, generated, listOptions } from './fixtures.js';

async function pdfOf(entries: ListEntry[] | AsyncIterable<ListEntry>, options: ListOptions): Promise<{ pdf: Buffer; pages: number }> {
  const out = new MemoryOut();
  const result = await writeSignatureList(entries, options, out);
  return { pdf: out.bytes(), pages: result.pages };
}

async function* streamOf(entries: ListEntry[]): AsyncGenerator<ListEntry> {
  yield* entries;
}

describe('writeSignatureList', () => {
  it('prints every script legibly: each name and city comes back through text extraction, no .notdef glyph', async () => {
    const { pdf } = await pdfOf(EVERY_SCRIPT, listOptions(EVERY_SCRIPT));
    const text = pdfText(pdf);
    for (const entry of EVERY_SCRIPT) {
      expect(text).toContain(entry.name.normalize('NFC'));
      expect(text).toContain(entry.city.normalize('NFC'));
    }
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });

  it('has as many pages as rows need, and says so in the footer', async () => {
    const entries = generated(100);
    const { pdf, pages } = await pdfOf(entries, listOptions(entries));
    expect(pages).toBe(3);
    expect(pdfPageCount(pdf)).toBe(3);
    const text = pdfText(pdf);
    expect(text).toContain('Page 2 of 3 · signatures 46–90 of 100');
    expect(text).toContain('Page 3 of 3 · signatures 91–100 of 100');
  });

  it('gives byte-identical PDFs for the same input, compressed or not', async () => {
    for (const compress of [false, true]) {
      const entries = [...EVERY_SCRIPT, ...generated(60)];
      const first = await pdfOf(entries, listOptions(entries, { compress }));
      const second = await pdfOf(entries, listOptions(entries, { compress }));
      expect(first.pdf.equals(second.pdf)).toBe(true);
      expect(first.pdf.toString('latin1')).toContain('(D:20261210000000Z)');
    }
  });

  it('streams an async iterable in signing order to the same bytes as the array', async () => {
    const entries = generated(100);
    const fromArray = await pdfOf(entries, listOptions(entries));
    const fromStream = await pdfOf(streamOf(entries), listOptions(entries));
    expect(fromStream.pdf.equals(fromArray.pdf)).toBe(true);
  });

  it('refuses a stream that is out of signing order or shorter than announced', async () => {
    const entries = generated(10);
    await expect(pdfOf(streamOf([...entries].reverse()), listOptions(entries))).rejects.toThrow(/signing order/u);
    await expect(pdfOf(streamOf(entries.slice(0, 5)), listOptions(entries))).rejects.toThrow(/ended after 5 rows/u);
  });

  it('never prints email, phone or street unless they are named as extra columns', async () => {
    const entries = generated(5, { extra: { email: 'secret@example.org', phone: '+82 10 5555 0101', street: '12 Hidden Street' } });
    const plain = pdfText((await pdfOf(entries, listOptions(entries, { profile: 'recipient' }))).pdf);
    for (const value of ['secret@example.org', '5555', 'Hidden Street']) expect(plain).not.toContain(value);
    const withEmail = pdfText((await pdfOf(entries, listOptions(entries, { extraColumns: ['email'] }))).pdf);
    expect(withEmail).toContain('secret@example.org');
    expect(withEmail).not.toContain('Hidden Street');
  });

  it('count-only prints a certificate of the count and no names', async () => {
    const entries = [...EVERY_SCRIPT, ...generated(20)];
    const { pdf, pages } = await pdfOf(entries, listOptions(entries, { profile: 'count-only' }));
    const text = pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('CERTIFICATE OF SIGNATURE COUNT');
    expect(text).toContain('30\npeople signed this petition.');
    expect(text).toContain('South Korea');
    expect(text).not.toContain('김정은');
    expect(text).not.toContain('Signer 1');
  });

  it('count-only heads its table "Signers", as the summary does, and never breaks the fingerprint across lines', async () => {
    const entries = generated(5);
    // Codes of different widths and both papers put the end of the line at every place inside some code.
    const codes = ['5AFA-EC99-E77B-F783', 'WWWW-MMMM-WWWW-MMMM', '1111-1111-1111-1111', 'E7E7-WW11-M1M1-A9A9', '0000-0000-WWWW-WWWW'];
    for (const packetFingerprint of codes) {
      for (const paper of ['A4', 'Letter'] as const) {
        for (const anonymous of [0, 1]) {
          const some = entries.map((entry, i) => ({ ...entry, anonymous: i < anonymous }));
          const text = pdfText((await pdfOf(some, listOptions(some, { profile: 'count-only', packetFingerprint, paper }))).pdf);
          expect(text).toContain(packetFingerprint);
          expect(text).toMatch(/Country\s+Signers\s+Share/);
        }
      }
    }
  });

  it('writes one PDF per volume through a sink, each with its cover', async () => {
    const entries = generated(100);
    const files: Buffer[] = [];
    const result = await writeSignatureList(entries, listOptions(entries, { split: { every: 50 } }), async (_volume, fill) => {
      const out = new MemoryOut();
      await fill(out);
      files.push(out.bytes());
    });
    expect(files).toHaveLength(2);
    expect(result.volumes.map((volume) => [volume.firstSignature, volume.lastSignature, volume.pages])).toEqual([[1, 50, 3], [51, 100, 3]]);
    const second = pdfText(files[1]);
    expect(second).toContain('SIGNATURES · VOLUME 2 OF 2');
    expect(second).toContain('Volume 2 of 2 · Page 6 of 6 · signatures 96–100 of 100');
  });

  it('in a packet, a volume\'s title page gives the packet fingerprint verify accepts, not a second code', async () => {
    const entries = generated(100);
    const files: string[] = [];
    const options = listOptions(entries, { split: { every: 50 }, packetFingerprint: '133A-85EF-21D8-EA8E' });
    await writeSignatureList(entries, options, async (_volume, fill) => {
      const out = new MemoryOut();
      await fill(out);
      files.push(pdfText(out.bytes()));
    });
    for (const text of files) {
      expect(text).not.toContain(options.fingerprint);
      expect(text).toMatch(/Packet fingerprint 133A-85EF-21D8-EA8E · prepared 10 December 2026/);
    }
  });

  it('refuses entries that do not add up to the announced total', async () => {
    const entries = generated(3);
    await expect(pdfOf(entries, listOptions(entries, { totalSigners: 4 }))).rejects.toThrow(/3 entries but the count says 4/u);
  });
});
