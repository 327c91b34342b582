// A name cell "[redacted]" is a volunteer's note that the name was withheld (outside tester J, t13): before, it was
// printed on the public list as if it were a signer's name. Set apart, in brackets, it hides the name like
// "(withheld)"; alone and unbracketed, "Redacted" stays a name, as "Hidden" and "Secret" do.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a name cell that says the name was redacted', () => {
  it('is shown as anonymous, in brackets alone or after a name; the count stays', async () => {
    const input = join(dir, 'redacted.csv');
    writeFileSync(input, 'name,email,city,country\n[redacted],r1@x.example,Berlin,DE\nAnna (redacted),r2@x.example,Berlin,DE\nAnna Berg,r3@x.example,Berlin,DE\n');
    const merged = join(dir, 'redacted-merged.csv');
    const result = await runMain(['dedupe', input, '-o', merged]);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['[redacted]', 'yes'], ['Anna', 'yes'], ['Anna Berg', 'no']]);
    expect(result.stdout).toMatch(/unique signers\s+3\b/);
  });
});
