// Renders every page of a PDF to PNG and puts them all on one contact sheet: a person sees a whole packet at once.
// Usage: node scripts/proof-sheet.mjs FILE.pdf OUT_DIR  → OUT_DIR/page-001.png … and OUT_DIR/contact-sheet.png
// Rendering is pdf.js on @napi-rs/canvas (pdfjs-dist's own optional dependency): no system tools needed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Pixels per point of a page image (1.5 ≈ 108 dpi: readable, and a 60-page packet stays small). */
const PAGE_SCALE = 1.5;
const COLUMNS = 6;
const THUMB_WIDTH = 300;
const GAP = 16;
const LABEL = 22;

/** Every page as OUT_DIR/page-NNN.png; returns the files in page order. */
async function renderPages(pdfPath, outDir) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), isEvalSupported: false, verbosity: 0 }).promise;
  const files = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: PAGE_SCALE });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, viewport }).promise;
      const file = join(outDir, `page-${String(number).padStart(3, '0')}.png`);
      writeFileSync(file, await canvas.encode('png'));
      files.push(file);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  return files;
}

/** A grid of thumbnails in reading order, each with its page number under it. */
async function contactSheet(files, sheetFile) {
  const images = await Promise.all(files.map((file) => loadImage(readFileSync(file))));
  const heightOf = (image) => Math.round((THUMB_WIDTH * image.height) / image.width);
  const cell = Math.max(...images.map(heightOf));
  const columns = Math.min(COLUMNS, images.length);
  const rows = Math.ceil(images.length / columns);
  const sheet = createCanvas(GAP + columns * (THUMB_WIDTH + GAP), GAP + rows * (cell + LABEL + GAP));
  const ctx = sheet.getContext('2d');
  ctx.fillStyle = '#d8d8d8';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.font = '15px sans-serif';
  ctx.textAlign = 'center';
  images.forEach((image, index) => {
    const x = GAP + (index % columns) * (THUMB_WIDTH + GAP);
    const y = GAP + Math.floor(index / columns) * (cell + LABEL + GAP);
    const height = heightOf(image);
    ctx.drawImage(image, x, y, THUMB_WIDTH, height);
    ctx.strokeStyle = '#888888';
    ctx.strokeRect(x + 0.5, y + 0.5, THUMB_WIDTH - 1, height - 1);
    ctx.fillStyle = '#222222';
    ctx.fillText(String(index + 1), x + THUMB_WIDTH / 2, y + height + 16);
  });
  writeFileSync(sheetFile, await sheet.encode('png'));
}

const [pdfPath, outDir] = process.argv.slice(2);
if (!pdfPath || !outDir) {
  console.error('usage: node scripts/proof-sheet.mjs FILE.pdf OUT_DIR');
  process.exit(2);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = await renderPages(pdfPath, outDir);
const sheetFile = join(outDir, 'contact-sheet.png');
await contactSheet(files, sheetFile);
console.error(`proof: ${files.length} pages of ${pdfPath} in ${outDir}/, every page on one picture: ${sheetFile}`);
