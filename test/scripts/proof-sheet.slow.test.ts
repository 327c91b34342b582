// npm run proof's renderer: every page of a PDF as a PNG a person can look at, and all of them on one contact sheet.
import { describe, it, expect, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadImage } from '@napi-rs/canvas';
import { writeDocument, type PageSetup } from '../../src/packet/pages/write-document.js';
import { intoFile } from '../packet/pages/pdf-tools.js';
import { tempDir } from '../helpers/fixtures.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/proof-sheet.mjs', import.meta.url));
const setup: PageSetup = { paper: 'A4', orientation: 'portrait', creationDate: new Date('2026-12-10T00:00:00Z'), title: 'Proof' };
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Share of a picture's pixels that are dark: ink on the page. */
async function inkShare(file: string): Promise<number> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(readFileSync(file));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
  return dark / (data.length / 4);
}

describe('proof sheet', () => {
  it('renders each page of a PDF with its text visible, and a contact sheet with every page', async () => {
    const pdf = join(dir, 'texts.pdf');
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}. ${'We call on the Government of China to stop forced returns. '.repeat(6)}`).join('\n\n');
    const { pages } = await intoFile(pdf, (out) => writeDocument([{ kind: 'petition-text', language: 'en', title: 'Proof', text }], setup, out));
    expect(pages).toBeGreaterThan(1);
    const proof = join(dir, 'proof');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_OPTIONS;
    execFileSync(process.execPath, [SCRIPT, pdf, proof], { env, stdio: 'pipe' });

    const pngs = readdirSync(proof).filter((name) => name.startsWith('page-')).sort();
    expect(pngs).toEqual(Array.from({ length: pages }, (_, i) => `page-${String(i + 1).padStart(3, '0')}.png`));
    for (const png of pngs) expect(await inkShare(join(proof, png))).toBeGreaterThan(0.005);
    const first = await loadImage(readFileSync(join(proof, pngs[0])));
    expect(first.width / first.height).toBeCloseTo(595.28 / 841.89, 2);

    const sheet = await loadImage(readFileSync(join(proof, 'contact-sheet.png')));
    expect(sheet.width).toBeGreaterThan(pages * 300);
    expect(await inkShare(join(proof, 'contact-sheet.png'))).toBeGreaterThan(0.005);
  });
});
