// The words around the letters in the packet's own language: petition-text headings, the recipient, observances,
// French and Chinese punctuation; and an untranslated role or source label warns as any missing translation does.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const EXPORTS = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The example campaign with two clean exports (the others have rows to look at: exit 1 on their own), edited. */
async function build(delivery: string, edit: (text: string) => string, files: string[] = ['packet.pdf']) {
  const dir = tempDir();
  dirs.push(dir);
  const text = readFileSync(CAMPAIGN, 'utf8')
    .replace(/\nsources:\n[\s\S]*?\n(?=\n)/, `\nsources:\n  - path: ${EXPORTS}change-org.csv\n  - path: ${EXPORTS}speakout.csv\n`);
  writeFileSync(join(dir, 'campaign.yaml'), edit(text));
  const result = await runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '--delivery', delivery, '-o', join(dir, 'out')]);
  // pdfjs splits a line where the font changes (Latin to Hangul): runs of spaces are one space here.
  const pdfs = await Promise.all(files.map(async (name) => (await readPdfText(readFileSync(join(dir, 'out', name)))).pageTexts.map((page) => page.replace(/\s+/g, ' '))));
  return { result, pdfs, dir };
}

const embassyIn = (languages: string) => (text: string) => text.replace('languages: [en, zh]                  # one letter', `languages: [${languages}]  # one letter`);

describe('petition-text headings', () => {
  it('name each text\'s language in the packet\'s language, once when they are the same', async () => {
    const { pdfs: [pages] } = await build('embassy-2026', embassyIn('ko'), ['petition-text.pdf']);
    const text = pages.join('\n');
    expect(text).toContain('English · 영어');
    expect(text).toContain('español · 스페인어');
    expect(text).not.toContain('한국어 · 한국어');
    expect(text).not.toMatch(/· (English|Korean|Spanish)\b/);
  });
});

describe('the recipient', () => {
  it('keeps the office in a Spanish packet: cover, contents and list, and tells the two letters apart', async () => {
    const { pdfs: [packet] } = await build('embassy-2026', embassyIn('es'));
    const [cover, contents] = packet;
    expect(cover).toContain('Su Excelencia el señor Xi Jinping, Presidente de la República Popular China');
    expect(contents).toContain('Carta de remisión a Su Excelencia el señor Xie Feng, Embajador');
    expect(contents).toContain('Carta a Su Excelencia el señor Xi Jinping, Presidente');
    expect(`${cover}\n${contents}`).not.toMatch(/Excelentísimo|\b[aA] el /);
    expect(packet.at(-1)).toContain('Su Excelencia el señor Xi Jinping, Presidente');
  });

  it('names the addressee of a Spanish letter in an English packet\'s words', async () => {
    const { pdfs: [packet] } = await build('un-2026', (text) => text);
    expect(packet[1]).toContain('Letter to His Excellency Mr. António Guterres, Secretary-General of the United Nations (Spanish)');
    expect(`${packet[0]}\n${packet[1]}`).not.toContain('Excelentísimo');
  });
});
