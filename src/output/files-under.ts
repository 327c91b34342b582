import { promises as fsp } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file in a folder and its subfolders, relative and with '/' separators, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    found.push(relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  }
  return found.sort();
}
