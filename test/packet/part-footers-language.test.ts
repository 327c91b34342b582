// packet.pdf is one running page sequence, but each part's footer is in the part's own language, as letter.pdf's is:
// the Spanish letter says "Página 4 de 10 · Huella del paquete", never "Page 4 of 10" (adv-s9 N10).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
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
});
