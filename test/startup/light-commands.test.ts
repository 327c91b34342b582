import { describe, it, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// count, dedupe, inspect, explain and status start in well under a second only if they never load the PDF, font,
// template or workbook libraries: each of those costs a few hundred milliseconds of module loading before any work.
const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/u, '');
const HEAVY = ['pdfkit', 'fontkit', 'exceljs', 'unzipper', 'handlebars'];

/** The packages a module reaches through static imports (a dynamic `await import()` is not followed: it loads on use). */
function staticPackages(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const via = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)';/gmu)) {
      const spec = match[1];
      const chain = [...via.get(file)!];
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/u, '.ts'));
        if (existsSync(target) && !via.has(target)) {
          via.set(target, [...chain, target]);
          queue.push(target);
        }
      } else if (!spec.startsWith('node:')) {
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!reached.has(name)) reached.set(name, chain.map((path) => path.slice(ROOT.length + 1)));
      }
    }
  }
  return reached;
}

describe('commands that read and count load no PDF or workbook code until they need it', () => {
  it.each(['count', 'dedupe', 'inspect', 'explain', 'status'])('%s', (command) => {
    const packages = staticPackages(join(ROOT, 'src', 'cli', 'commands', `${command}.ts`));
    expect(packages.size).toBeGreaterThan(0); // the walk did follow the command's imports
    const heavy = HEAVY.filter((name) => packages.has(name)).map((name) => `${name} via ${packages.get(name)!.join(' -> ')}`);
    expect(heavy).toEqual([]);
  });
});
