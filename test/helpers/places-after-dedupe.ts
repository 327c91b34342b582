// Dedupe one CSV and read back what the merged file keeps of each signer's place: city, region, postcode.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './fixtures.js';
import { runMain } from './run-main.js';

export async function placesAfterDedupe(csv: string): Promise<{ code: number; stderr: string; merged: string; places: string[][] }> {
  const dir = tempDir();
  try {
    const file = join(dir, 'places.csv');
    writeFileSync(file, csv);
    const mergedFile = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', mergedFile]);
    const merged = readFileSync(mergedFile, 'utf8').replace(/^\uFEFF/u, '');
    const lines = merged.split('\n').filter(Boolean);
    const header = lines[0].split(',');
    const places = lines.slice(1).map((line) => line.split(','))
      .map((row) => ['city', 'region', 'postcode'].map((column) => row[header.indexOf(column)]));
    return { code: result.code, stderr: result.stderr, merged, places };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
