// Paths of the bundled fixture exports, and a temporary folder per test.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPORTS_DIR = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));

export function exportPath(name: string): string {
  return join(EXPORTS_DIR, name);
}

export function allExports(): string[] {
  return readdirSync(EXPORTS_DIR).filter((f) => f.endsWith('.csv')).sort().map(exportPath);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'petition-test-'));
}
