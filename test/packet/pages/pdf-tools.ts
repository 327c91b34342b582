// Reads back a PDF the way a person would: its text (pdftotext) and its page count (pdfinfo), from poppler-utils.
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

/** Runs `fill` into a new file and waits until the file is complete. */
export async function intoFile<T>(path: string, fill: (out: Writable) => Promise<T>): Promise<T> {
  const out = createWriteStream(path);
  const result = await fill(out);
  out.end();
  await finished(out);
  return result;
}
