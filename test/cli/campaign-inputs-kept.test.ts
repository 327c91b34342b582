// Found by the adversarial pass on #11 and #14: an output named like a campaign's own files replaced them, and a
// signer who asked for anonymity was printed by name while the pair that made them one person awaited review.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function campaign(sources: string[]): string {
  const file = join(dir, 'campaign.yaml');
  const yaml = readFileSync('fixtures/campaign/campaign.yaml', 'utf8');
  const sourcesBlock = `sources:\n${sources.map((s) => `  - path: ${s}\n`).join('')}`;
  writeFileSync(file, yaml.replace(/^sources:\n(?: {2}.*\n|\s*\n)*/m, sourcesBlock));
  return file;
}

describe('outputs never replace what a campaign reads', () => {
  it('dedupe --campaign refuses -o naming the campaign file or one of its sources', async () => {
    writeFileSync(join(dir, 'a.csv'), 'name,email,country\nAnn Lee,ann@x.example,US\n');
    const file = campaign([join(dir, 'a.csv')]);
    const before = readFileSync(file, 'utf8');
    for (const output of [file, join(dir, 'a.csv')]) {
      const result = await runMain(['dedupe', '--campaign', file, '-o', output]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is one of the inputs');
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toContain('Ann Lee');
  });

  it('dedupe refuses any output inside .petition/, the append-only ledger first of all', async () => {
    writeFileSync(join(dir, 'c.csv'), 'name,email,country\nAnn Lee,ann@x.example,US\n');
    const file = campaign([join(dir, 'c.csv')]);
    const ledger = join(dir, '.petition', 'ledger.jsonl');
    mkdirSync(join(dir, '.petition'), { recursive: true });
    writeFileSync(ledger, '{"deliveryId":"d1"}\n');
    for (const flags of [['--campaign', file, '-o', ledger], ['--campaign', file, '-o', join(dir, 'out.csv'), '--rejects', join(dir, '.petition', 'new.csv')], [join(dir, 'c.csv'), '-o', ledger]]) {
      const result = await runMain(['dedupe', ...flags]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('.petition');
    }
    expect(readFileSync(ledger, 'utf8')).toBe('{"deliveryId":"d1"}\n');
    expect(existsSync(join(dir, '.petition', 'new.csv'))).toBe(false);
    rmSync(join(dir, '.petition'), { recursive: true });
  });

  it('sheets refuses -o or --template naming a typed-up source or the campaign file', async () => {
    writeFileSync(join(dir, 'typed.csv'), 'sheet,line,name,city,country\nPET-01-001-X,1,Ann Lee,Seoul,KR\n');
    const file = campaign([join(dir, 'typed.csv')]);
    for (const args of [['--template', join(dir, 'typed.csv')], ['-o', join(dir, 'typed.csv')], ['-o', file]]) {
      const result = await runMain(['sheets', '--campaign', file, '--count', '1', ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is one of the inputs');
    }
    expect(readFileSync(join(dir, 'typed.csv'), 'utf8')).toContain('Ann Lee');
  });
});

describe('anonymity while a pair awaits review', () => {
  it('does not print by name a signer whose other, still undecided row asked for anonymity', async () => {
    writeFileSync(join(dir, 'e1.csv'), 'name,email,phone,anonymous,country\nSecretus Zanzibarov,,+1 202 555 0199,yes,US\n');
    // Another phone number: the pair awaits review (one phone number would make them one signer, anonymous).
    writeFileSync(join(dir, 'e2.csv'), 'name,email,phone,anonymous,country\nSecretus Zanzibarov,,+1 (202) 555-0123,no,US\n');
    const file = campaign([join(dir, 'e1.csv'), join(dir, 'e2.csv')]);
    const out = join(dir, 'packet');
    const result = await runMain(['packet', '--campaign', file, '-o', out]);
    expect(result.stderr).not.toContain('unexpected');
    const { text } = await readPdfText(readFileSync(join(out, 'signatures.pdf')));
    expect(text).toContain('2 anonymous');
    expect(text).not.toContain('Zanzibarov');
  });
});

describe('the hint for every rejected row', () => {
  it('count, which has no --rejects, names a dedupe command that writes them all', async () => {
    const file = join(dir, 'many-broken.csv');
    writeFileSync(file, `name,email,country\n${Array.from({ length: 12 }, (_, i) => `,nobody${i}@x.example,US\n`).join('')}Ann Lee,ann@x.example,US\n`);
    const result = await runMain(['count', file]);
    expect(result.stderr).toContain(`npx petition dedupe ${file} -o merged.csv --rejects rejects.csv`);
  });
});

describe('an output named -', () => {
  it('is refused rather than written as a file called - in the current folder', async () => {
    writeFileSync(join(dir, 'b.csv'), 'name,email,country\nAnn Lee,ann@x.example,US\n');
    const result = await runMain(['dedupe', join(dir, 'b.csv'), '-o', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standard input, not output');
  });
});
