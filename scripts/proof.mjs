// `npm run proof`: builds the example packet (what `npm start` builds), renders every page of packet.pdf to PNG and
// puts them all on one contact sheet, so a person can look at the whole packet in one picture before a release.
// Rendering is pdf.js with @napi-rs/canvas (pdfjs-dist's own optional dependency): no system tools needed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const OUT = 'out';
const PROOF = join(OUT, 'proof');
/** Pixels per point of a page image (1.5 ≈ 108 dpi: readable, and a 60-page packet stays small). */
const PAGE_SCALE = 1.5;
const COLUMNS = 8;
const THUMB_WIDTH = 300;
const GAP = 16;
const LABEL = 22;

const build = spawnSync(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

rmSync(PROOF, { recursive: true, force: true });
mkdirSync(PROOF, { recursive: true });
const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(OUT, 'packet.pdf'))), isEvalSupported: false, verbosity: 0 }).promise;
const files = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: PAGE_SCALE });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport }).promise;
  const file = join(PROOF, `page-${String(number).padStart(3, '0')}.png`);
  writeFileSync(file, await canvas.encode('png'));
  files.push(file);
  page.cleanup();
}
await pdf.destroy();

// The contact sheet: every page as a thumbnail, in reading order, numbered as the PDF numbers them.
const images = await Promise.all(files.map((file) => loadImage(readFileSync(file))));
const thumbHeight = Math.round((THUMB_WIDTH * images[0].height) / images[0].width);
const rows = Math.ceil(images.length / COLUMNS);
const sheet = createCanvas(GAP + COLUMNS * (THUMB_WIDTH + GAP), GAP + rows * (thumbHeight + LABEL + GAP));
const ctx = sheet.getContext('2d');
ctx.fillStyle = '#d8d8d8';
ctx.fillRect(0, 0, sheet.width, sheet.height);
ctx.font = '15px sans-serif';
ctx.textAlign = 'center';
images.forEach((image, index) => {
  const x = GAP + (index % COLUMNS) * (THUMB_WIDTH + GAP);
  const y = GAP + Math.floor(index / COLUMNS) * (thumbHeight + LABEL + GAP);
  const height = Math.round((THUMB_WIDTH * image.height) / image.width);
  ctx.drawImage(image, x, y, THUMB_WIDTH, height);
  ctx.strokeStyle = '#888888';
  ctx.strokeRect(x + 0.5, y + 0.5, THUMB_WIDTH - 1, height - 1);
  ctx.fillStyle = '#222222';
  ctx.fillText(String(index + 1), x + THUMB_WIDTH / 2, y + height + 16);
});
const sheetFile = join(PROOF, 'contact-sheet.png');
writeFileSync(sheetFile, await sheet.encode('png'));
const pageFiles = readdirSync(PROOF).filter((name) => name.startsWith('page-')).length;
console.error(`proof: ${pageFiles} pages of ${join(OUT, 'packet.pdf')} in ${PROOF}/, contact sheet ${sheetFile}`);
