// Finds the templates/ folder shipped with the package, from src/ (tests) or dist/ (built).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The absolute path of the package's templates/ folder. */
export function builtinTemplatesDir(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates', 'offices'))) {
      cached = join(dir, 'templates');
      return cached;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('templates/ folder not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
