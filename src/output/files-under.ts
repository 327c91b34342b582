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

/**
 * Every folder under `dir` that holds no file at any depth, the outermost of each such tree only, relative with '/'
 * separators and sorted: filesUnder cannot name it, yet it was put there by someone.
 */
export async function emptyFoldersUnder(dir: string): Promise<string[]> {
  const folders: string[] = [];
  const files: string[] = [];
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    (entry.isDirectory() ? folders : files).push(relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  }
  const holdsFiles = new Set(files.flatMap((file) => ancestors(file)));
  const empty = folders.filter((folder) => !holdsFiles.has(folder)).sort();
  const emptySet = new Set(empty);
  return empty.filter((folder) => !ancestors(folder).some((above) => emptySet.has(above)));
}

/** 'a/b/c' → ['a', 'a/b']. */
function ancestors(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_part, index) => parts.slice(0, index + 1).join('/'));
}
