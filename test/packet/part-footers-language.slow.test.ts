// packet.pdf is one running page sequence, but each part's footer is in the part's own language, as letter.pdf's is:
// the Spanish letter says "Página 4 de 10 · Huella del paquete", never "Page 4 of 10" (adv-s9 N10).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('packet.pdf footers', () => {
  it('are in the language of each part, with the one running sequence of numbers', async () => {
    const dir = tempDir();
    made.push(dir);
    await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    const { pageTexts } = await readPdfText(readFileSync(join(dir, 'packet.pdf')));
    const total = pageTexts.length;
    const flat = pageTexts.map((text) => text.replace(/\s+/g, ' '));
    const spanishLetter = flat.findIndex((text) => /Excelentísimo|Excelencia/.test(text) && /Naciones Unidas/.test(text));
    expect(spanishLetter).toBeGreaterThan(0);
    expect(flat[spanishLetter]).toContain(`Página ${spanishLetter + 1} de ${total}`);
    expect(flat[spanishLetter]).toContain('Huella del paquete');
    expect(flat[spanishLetter]).not.toMatch(/Page \d+ of|Packet fingerprint/);
    const koreanText = flat.findIndex((text) => text.includes('한국어 · Korean'));
    expect(koreanText).toBeGreaterThan(0);
    expect(flat[koreanText]).toMatch(new RegExp(`${total}\\s*쪽 중 ${koreanText + 1}\\s*쪽`));
    expect(flat[koreanText]).toContain('문서 식별 코드');
    expect(flat[koreanText]).not.toMatch(/Page \d+ of/);
    // The cover and the contents speak the packet's main language.
    expect(flat[0]).toContain(`Page 1 of ${total}`);
  });

  // verifyH F4: a petition language without packet words (Japanese) printed "Page 6 of 7 · Packet fingerprint" in a
  // Korean packet whose other parts all speak Korean: it takes the packet's language.
  it('of a part in a language without packet words are in the packet\'s language, not English', async () => {
    const dir = tempDir();
    made.push(dir);
    writeFileSync(join(dir, 's.csv'), 'name,email,country,date\nKim Min,k@example.org,KR,2025-11-03\nLee Su,l@example.org,KR,2025-11-04\n');
    writeFileSync(join(dir, 'campaign.yaml'), `petition:
  languages: [ko, ja]
  title: { ko: 강제북송을 중단하라, ja: 強制送還を止めてください }
  text: { ko: 중국은 탈북민 강제북송을 중단하십시오., ja: 中国は脱北者の強制送還を止めてください。 }
organizer: { name: T, organization: T Org, address: [1 St], contact: t@example.org, signatory: T }
sources:
  - path: s.csv
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male, names: { ko: 안토니우 구테흐스 } }
deliveries:
  - { id: d, target: un, date: 2026-12-10, place: New York, places: { ko: 뉴욕 }, privacy: public, languages: [ko] }
`);
    const out = join(dir, 'out');
    await runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '--delivery', 'd', '-o', out]);
    for (const file of ['petition-text.pdf', 'packet.pdf']) {
      const { pageTexts } = await readPdfText(readFileSync(join(out, file)));
      const japanese = pageTexts.map((text) => text.replace(/\s+/g, ' ')).find((text) => text.includes('強制送還'));
      expect(japanese).toMatch(/\d+\s*쪽 중 \d+\s*쪽/);
      expect(japanese).toContain('문서 식별 코드');
      expect(japanese).not.toMatch(/Page \d+ of|Packet fingerprint/);
    }
  });
});
