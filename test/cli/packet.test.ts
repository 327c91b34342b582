import { beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText, type PdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const pdf = (dir: string, name: string): Promise<PdfText> => readPdfText(readFileSync(join(dir, name)));

describe('petition packet on the fixture campaign', () => {
  let dir: string;
  let json: { outputs: Array<{ path: string; pages: number; sha256: string }>; counts: { unique: number; rows: number } };
  let code: number;

  beforeAll(async () => {
    dir = tempDir();
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir, '--json']);
    code = result.code;
    json = JSON.parse(result.stdout);
  });

  it('writes every part of the packet and a manifest', () => {
    expect(code).toBe(1); // the Seoul sheet's repeated header is a rejected row to look at
    expect(readdirSync(dir).sort()).toEqual(['letter.pdf', 'manifest.json', 'packet.pdf', 'petition-text.pdf', 'signatures.pdf', 'summary.pdf']);
  });

  it('addresses the Ambassador in a covering letter and the President in the enclosed one, without c/o', async () => {
    const letter = await pdf(dir, 'letter.pdf');
    expect(letter.text).toContain('His Excellency Mr. Xie Feng');
    expect(letter.text).toContain('Ambassador Extraordinary and Plenipotentiary');
    expect(letter.text).toContain('His Excellency Mr. Xi Jinping');
    expect(letter.text).toContain('10 December 2026');
    expect(letter.text).toContain('Human Rights Day');
    expect(letter.text).not.toMatch(/c\/o/i);
    // The letters name the honest count.
    expect(letter.text).toContain(`${json.counts.unique} people`);
    expect(letter.text).toContain('习近平');
  });

  it('prints the petition in English, Korean and Spanish', async () => {
    const text = await pdf(dir, 'petition-text.pdf');
    expect(text.text).toContain('Stop the forced return of North Korean refugees');
    expect(text.text).toContain('탈북 난민 강제북송을 중단하십시오');
    expect(text.text).toContain('Detengan la devolución forzosa');
  });

  it('lists every unique signer legibly, with no email, phone or street', async () => {
    const list = await pdf(dir, 'signatures.pdf');
    for (const name of ['박지호', 'Jürgen Müller', 'Олег Иванов', '王伟', 'Chloé Martin']) expect(list.text.normalize('NFC')).toContain(name);
    expect(list.text).not.toMatch(/@[a-z0-9-]+\.[a-z]/i);
    expect(list.text).not.toMatch(/\+44|\+1 \d{3}/);
    expect(list.text).toMatch(/Page 1 of \d+/);
    expect(statSync(join(dir, 'signatures.pdf')).mode & 0o777).toBe(0o600);
  });

  it('makes packet.pdf a cover, its contents and the sum of its parts, and the manifest agrees with the files', async () => {
    const pages = Object.fromEntries(json.outputs.map((o) => [o.path, o.pages]));
    const coverAndContents = 2;
    expect(pages['packet.pdf']).toBe(coverAndContents + pages['letter.pdf'] + pages['summary.pdf'] + pages['petition-text.pdf'] + pages['signatures.pdf']);
    expect((await pdf(dir, 'packet.pdf')).pages).toBe(pages['packet.pdf']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.counts.unique).toBe(json.counts.unique);
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toContain('../exports/seoul-paper.csv');
  });

  it('verifies an untouched packet and names a changed file', async () => {
    expect((await runMain(['verify', dir])).code).toBe(0);
    const copy = tempDir();
    for (const name of readdirSync(dir)) writeFileSync(join(copy, name), readFileSync(join(dir, name)));
    const letter = readFileSync(join(copy, 'letter.pdf'));
    letter[letter.length - 20] ^= 1;
    writeFileSync(join(copy, 'letter.pdf'), letter);
    const result = await runMain(['verify', copy]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('letter.pdf');
  });

  it('rebuilds byte-identical files from the same inputs', async () => {
    const again = tempDir();
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', again, '--json']);
    const hashes = (outputs: Array<{ path: string; sha256: string }>) => Object.fromEntries(outputs.map((o) => [o.path, o.sha256]));
    expect(hashes(JSON.parse(result.stdout).outputs)).toEqual(hashes(json.outputs));
  });
});

describe('petition packet for a count-only delivery', () => {
  it('prints a certificate of the count and no names', async () => {
    const dir = tempDir();
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir, '--json']);
    const unique = JSON.parse(result.stdout).counts.unique as number;
    const list = await pdf(dir, 'signatures.pdf');
    expect(list.text).toContain(unique.toLocaleString('en-US'));
    expect(list.text).not.toContain('박지호');
    expect(list.text).not.toContain('Jürgen');
    const letter = await pdf(dir, 'letter.pdf');
    expect(letter.text).toContain('highest consideration');
    expect(letter.text).toContain('Excelentísimo Señor');
  });

  it('refuses an unknown delivery with the ones it knows', async () => {
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'nope', '-o', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('embassy-2026, un-2026');
  });
});
