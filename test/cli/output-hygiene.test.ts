// What reaches the terminal from a file stays one harmless line: file names with line breaks, stacked combining
// marks and huge cells are shown, not obeyed or poured out.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output hygiene', () => {
  it('inspect shows a line break inside a file name, never prints it', async () => {
    const path = join(dir, 'bad\nname.csv');
    writeFileSync(path, 'name,email,country\nAnn Lee,a@x.example,US\n');
    const result = await runMain(['inspect', path]);
    expect(result.stdout.split('\n')[0]).toBe(join(dir, 'bad␊name.csv'));
  });

  it('cuts a huge cell quoted in a warning to about 80 characters, and stacked combining marks to a few', async () => {
    const path = join(dir, 'hostile.csv');
    writeFileSync(path, `name,email,country,date\nAnn Lee,a@x.example,US,${'x'.repeat(5000)}\nB${'\u0301'.repeat(60)} Ray,b@x.example,US,2025-01-01${'\u0301'.repeat(60)}\n`);
    const result = await runMain(['count', path]);
    const quoted = [...result.stderr.matchAll(/"([^"\n]*)"/g)].map((m) => m[1]);
    expect(quoted.some((cell) => cell.startsWith('xxxx'))).toBe(true);
    for (const cell of quoted) expect(cell.length).toBeLessThanOrEqual(81);
    expect(result.stderr).toContain('x…');
    expect(result.stdout + result.stderr).not.toMatch(/\p{M}{4}/u);
  });
});

describe('visibleMessage', () => {
  it('leaves a message alone whose own words lie between two short quoted values', async () => {
    const { visibleMessage } = await import('../../src/cli/visible-controls.js');
    const message = 'warning: a.csv, column "date": Dates are read as day/month/year, but the file does not prove it: no day above 12 in 8 dates; "." dates are read day first';
    expect(visibleMessage(message)).toBe(message);
    expect(visibleMessage(`e.g. "${'x'.repeat(200)}"`)).toBe(`e.g. "${'x'.repeat(79)}…"`);
  });
});
