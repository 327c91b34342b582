// The words around the letters in the packet's own language: petition-text headings, the recipient, observances,
// French and Chinese punctuation; and an untranslated role or source label warns as any missing translation does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('a Korean packet', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    // A source labelled in English only: the Korean summary would print the English label.
    built = await build('embassy-2026', (text) => embassyIn('ko')(text).replace('change-org.csv\n', 'change-org.csv\n    label: { en: Online petition }\n'), ['petition-text.pdf', 'summary.pdf']);
  });

  it('names each petition text\'s language in Korean, once when it is Korean', () => {
    const text = built.pdfs[0].join('\n');
    expect(text).toContain('English · 영어');
    expect(text).toContain('español · 스페인어');
    expect(text).not.toContain('한국어 · 한국어');
    expect(text).not.toMatch(/· (English|Korean|Spanish)\b/);
  });

  it('warns that a source label has no Korean translation, and exits 1', () => {
    expect(built.pdfs[1].join('\n')).toContain('Online petition');
    expect(built.result.stderr).toMatch(/warning: missing translation: source "[^"]*change-org\.csv": the label in Korean \(ko\) is missing: add label: \{ ko: … \} \(now "Online petition"\)/);
    expect(built.result.code).toBe(1);
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
    const { pdfs: [packet], result } = await build('un-2026', (text) => text);
    expect(packet[0]).toMatch(/Signed by \d+ people/);
    // Every word is translated (the role has roles.es): no warning.
    expect(result.stderr).not.toContain('missing translation');
    expect(packet[1]).toContain('Letter to His Excellency Mr. António Guterres, Secretary-General of the United Nations (Spanish)');
    expect(`${packet[0]}\n${packet[1]}`).not.toContain('Excelentísimo');
  });
});

/** A packet in `language` from the organizer's own one-line template and preset, its petition signed in English first. */
async function buildOwn(language: string, letterLine: string, title: string, styled: string) {
  const dir = tempDir();
  dirs.push(dir);
  mkdirSync(join(dir, 'templates', 'letters'), { recursive: true });
  mkdirSync(join(dir, 'templates', 'offices'));
  writeFileSync(join(dir, 'templates', 'letters', `${language}.hbs`), `${letterLine} {{petition.title}}.\n`);
  writeFileSync(join(dir, 'templates', 'offices', 'un-own.yaml'), [
    'description: UN', 'official:', `  ${language}:`, '    recipient: ["{{name}}"]',
    '    address: ["New York, NY 10017"]', `    styled: "${styled}"`, '    salutation: "{{name}},"', '    close: "—"', '',
  ].join('\n'));
  writeFileSync(join(dir, 'campaign.yaml'), [
    // Signed in English first: the role is written in English.
    'petition:', `  languages: [en, ${language}]`, `  title: { en: Stop the forced return, ${language}: ${title} }`, `  text: { en: Stop it., ${language}: ${title}. }`,
    'organizer: { name: Ana Kim, organization: Example, address: [Example Road 1, Berlin], contact: info@example.org, signatory: Ana Kim, role: Coordinator }',
    `sources: [{ path: ${EXPORTS}speakout.csv }]`, 'templates: templates',
    'targets: [{ id: un-sg, preset: un-own, name: António Guterres, gender: male }]',
    `deliveries: [{ id: first, target: un-sg, date: 2026-12-10, place: New York, occasion: Human Rights Day, languages: [${language}], privacy: recipient }]`, '',
  ].join('\n'));
  const result = await runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '-o', join(dir, 'out')]);
  const packet = (await readPdfText(readFileSync(join(dir, 'out', 'packet.pdf')))).pageTexts.map((page) => page.replace(/\s+/g, ' '));
  return { result, packet };
}

describe('German and French packets from the organizer\'s own template', () => {
  it('translate a known observance on the cover, and warn that the role has no German translation', async () => {
    const { result, packet } = await buildOwn('de', 'Im Namen von {{organization}} übergeben wir Ihnen die Petition', 'Stoppt die Zwangsrückführung', '{{name}}, Generalsekretär der Vereinten Nationen');
    expect(packet[0]).toContain('(Tag der Menschenrechte)');
    expect(packet.join('\n')).not.toContain('Human Rights Day');
    expect(result.stderr).toContain('warning: missing translation: organizer: the role in German (de) is missing: add roles: { de: … } (now "Coordinator")');
    expect(result.code).toBe(1);
  });

  it('set a space before the colon in French', async () => {
    const { packet } = await buildOwn('fr', 'Au nom de {{organization}}, nous vous remettons la pétition', 'Arrêtez le renvoi forcé', '{{name}}, Secrétaire général des Nations Unies');
    expect(packet[0]).toContain('(Journée des droits de l’homme)');
    const text = packet.join('\n');
    expect(text).toContain('Destinataire : António Guterres, Secrétaire général');
    expect(text).not.toContain('Destinataire:');
  });
});

describe('a Chinese packet', () => {
  it('punctuates the cover with full-width comma and parentheses', async () => {
    const { pdfs: [packet] } = await build('embassy-2026', embassyIn('zh'));
    // pdfjs splits Chinese runs at the digits: the cover without spaces.
    const cover = packet[0].replace(/ /g, '');
    expect(cover).toContain('2026年12月10日，华盛顿（人权日）');
    expect(cover).not.toMatch(/,|\(/);
  });
});
