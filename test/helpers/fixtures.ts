// Paths of the bundled fixture exports, and a temporary folder per test.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

const made: string[] = [];

/** A new temporary folder, removed after the test file ends (test/global/remove-temp-dirs.ts). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'petition-test-'));
  made.push(dir);
  return dir;
}

/** Writes a named file into `dir` and gives its path: `const write = writerIn(tempDir())`. */
export function writerIn(dir: string): (name: string, contents: string | Buffer) => string {
  return (name, contents) => {
    const path = join(dir, name);
    writeFileSync(path, contents);
    return path;
  };
}

export function removeTestTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A private copy of fixtures/campaign/campaign.yaml with the exports beside it, in a new temporary folder. */
export function campaignCopy(): { root: string; campaign: string } {
  const root = tempDir();
  cpSync(EXPORTS_DIR, join(root, 'exports'), { recursive: true });
  mkdirSync(join(root, 'campaign'));
  cpSync(fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url)), join(root, 'campaign', 'campaign.yaml'));
  return { root, campaign: join(root, 'campaign', 'campaign.yaml') };
}
