// Synchronous read-back of a PDF (text, page count, info) for tests, through pdfjs in a child Node process: no poppler needed.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./pdf-extract.mjs', import.meta.url));

/**
 * Runs test/helpers/pdf-extract.mjs on the bytes of a PDF.
 * mode 'text' prints pdftotext-like text (lines, a \f after each page); 'pages' the page count; 'info' pdfinfo-like fields;
 * 'spans' one JSON line per text item: its text, the embedded font's name (subset tag removed), size and position.
 */
export function extractPdfSync(pdf: Uint8Array, mode: 'text' | 'pages' | 'info' | 'spans', pages?: { first: number; last: number }): string {
  // jest runs with --experimental-vm-modules; the child is a plain Node program and needs none of it.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const range = pages ? [String(pages.first), String(pages.last)] : [];
  return execFileSync(process.execPath, [SCRIPT, mode, ...range], { input: pdf, env, maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
}
