// The cover of each volume of a split list speak the packet's language: every sentence, label and
// country name, not only the running header.
import { describe, expect, it } from '@jest/globals';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import type { ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { MemoryOut } from '../fonts/pdf-text.js';
import { readPdfText } from '../../helpers/pdf-text.js';
import { generated, listOptions } from './fixtures.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPdfSync } from '../../helpers/extract-pdf-sync.js';

/** The first page (the cover) of every volume file, and the file's title and subject as a viewer shows them. */
async function volumeCovers(options: Partial<ListOptions>): Promise<string[]> {
  const entries = generated(60, { name: '김민지', city: '서울', region: '', postcode: '' });
  const files: Buffer[] = [];
  await writeSignatureList(entries, listOptions(entries, { title: '탈북 난민 강제북송을 중단하십시오', target: '주미 중화인민공화국 대사관', language: 'ko', ...options }), async (_volume, fill) => {
    const out = new MemoryOut();
    await fill(out);
    files.push(out.bytes());
  });
  return Promise.all(files.map(async (file) => {
    const document = await getDocument({ data: new Uint8Array(file), verbosity: 0 }).promise;
    const info = (await document.getMetadata()).info as { Title: string; Subject: string };
    await document.destroy();
    return `${(await readPdfText(file)).pageTexts[0]}\n${info.Title}\n${info.Subject}`;
  }));
}

/** Words in Latin letters, leaving out the fingerprints (hex codes). */
function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !/^[0-9a-f]+$/.test(word));
}

describe('a Korean split list', () => {
  it('prints each volume cover in Korean, volumes of a number of signatures', async () => {
    const covers = await volumeCovers({ split: { every: 25 } });
    expect(covers).toHaveLength(3);
    for (const cover of covers) expect(latinWords(cover)).toEqual([]);
    expect(covers[1]).toContain('이 권에는 서명 26번부터 50번까지');
  });

  it('names the countries of country volumes in Korean', async () => {
    const covers = await volumeCovers({ split: { by: 'country' } });
    expect(covers).toHaveLength(3);
    for (const cover of covers) expect(latinWords(cover)).toEqual([]);
    const korea = new Intl.DisplayNames(['ko'], { type: 'region' }).of('KR') as string;
    expect(covers.join('\n')).toContain(korea);
  });
});

describe('a split list that omits anonymous signers', () => {
  it('does not say they are listed as "Anonymous" when none were there to omit', async () => {
    const covers = await volumeCovers({ split: { every: 25 }, anonymous: 'omit' });
    for (const cover of covers) expect(cover).not.toContain('“익명”');
    const shown = await volumeCovers({ split: { every: 25 } });
    expect(shown[0]).toContain('“익명”');
  });
});

describe('a German list of more than a thousand signers', () => {
  it('numbers its rows as its footers and covers write numbers: 1.001, not 1,001', async () => {
    const entries = generated(1001);
    const out = new MemoryOut();
    await writeSignatureList(entries, listOptions(entries, { language: 'de' }), out);
    const { pageTexts } = await readPdfText(out.bytes());
    const last = pageTexts[pageTexts.length - 1];
    expect(last).toContain('Unterschriften 991–1.001 von 1.001');
    expect(last).toMatch(/(^|\s)1\.001\s+Signer 1001/);
    expect(pageTexts.join('\n')).not.toMatch(/\b1,0\d\d\b/);
  });
});

describe('a volume cover with a very long title and addressee', () => {
  it('prints them at 7 pt or more', async () => {
    const entries = generated(60);
    const files: Buffer[] = [];
    const long = 'His Excellency the Ambassador Extraordinary and Plenipotentiary of the People’s Republic of China to the United States of America, '.repeat(6);
    await writeSignatureList(entries, listOptions(entries, { title: long, target: long, split: { every: 30 } }), async (_volume, fill) => {
      const out = new MemoryOut();
      await fill(out);
      files.push(out.bytes());
    });
    const sizes = extractPdfSync(files[0], 'spans').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { size: number }).size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(7);
  });
});

describe('a split list whose signers signed more than once', () => {
  // The summary says 75 signatures were received and the letter 60 people: each cover says how the two agree.
  it('explains on every cover, in the packet language, the signatures received beside the people listed', async () => {
    const korean = await volumeCovers({ split: { every: 25 }, receivedSignatures: 75 });
    for (const cover of korean) {
      expect(cover.replace(/\s+/g, ' ')).toContain('청원에 접수된 서명 75건 중 이미 집계된 서명자가 다시 서명한 15건을 제외하여 서명자는 60명입니다.');
      expect(latinWords(cover)).toEqual([]);
    }
    const english = await volumeCovers({ split: { every: 25 }, receivedSignatures: 75, language: 'en' });
    for (const cover of english) {
      expect(cover.replace(/\s+/g, ' ')).toContain('The petition received 75 signatures; 15 were repeat signatures by people already counted and were removed, leaving 60 people.');
    }
    const spanish = await volumeCovers({ split: { every: 25 }, receivedSignatures: 75, language: 'es' });
    expect(spanish[0].replace(/\s+/g, ' ')).toContain('La petición recibió 75 firmas; 15 repetían la firma de personas ya contadas y se eliminaron, lo que deja 60 personas.');
  });

  it('says nothing of it when no one signed twice', async () => {
    const covers = await volumeCovers({ split: { every: 25 }, receivedSignatures: 60, language: 'en' });
    for (const cover of covers) expect(cover).not.toContain('received');
  });
});

describe('the repeats sentence of a volume cover', () => {
  /** The first volume's cover, for a list of `signers` signers out of `received` signatures. */
  async function cover(language: string, signers: number, received: number): Promise<string> {
    const entries = generated(signers);
    const files: Buffer[] = [];
    await writeSignatureList(entries, listOptions(entries, { language, receivedSignatures: received, split: { every: 25 } }), async (_volume, fill) => {
      const out = new MemoryOut();
      await fill(out);
      files.push(out.bytes());
    });
    return (await readPdfText(files[0])).pageTexts[0].replace(/\s+/gu, ' ');
  }

  it('leaves "1 person" (one signer) and "2 people", in English, Spanish and Korean', async () => {
    expect(await cover('en', 1, 3)).toContain('leaving 1 person.');
    expect(await cover('en', 2, 4)).toContain('leaving 2 people.');
    expect(await cover('es', 1, 3)).toContain('lo que deja 1 persona.');
    expect(await cover('es', 2, 4)).toContain('lo que deja 2 personas.');
    expect(await cover('ko', 1, 3)).toContain('서명자는 1명입니다.');
  });
});
