// The packet as the receiving official reads it: names from the CLDR, one date style, no file paths or our own bookkeeping.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfText, type PdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const regions = new Intl.DisplayNames(['en-GB'], { type: 'region' });
const englishDay = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

describe('the embassy packet speaks to an official', () => {
  const dirs: string[] = [];
  let summary: PdfText;
  let letter: PdfText;
  let list: PdfText;
  let counts: { byCountry: Record<string, { unique: number }>; firstSigned: string };
  let producers: Record<string, unknown>;

  beforeAll(async () => {
    const dir = tempDir();
    dirs.push(dir);
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir, '--json']);
    counts = JSON.parse(result.stdout).counts;
    [summary, letter, list] = await Promise.all(['summary.pdf', 'letter.pdf', 'signatures.pdf'].map((name) => readPdfText(readFileSync(join(dir, name)))));
    producers = {};
    for (const name of ['letter.pdf', 'summary.pdf', 'petition-text.pdf', 'signatures.pdf', 'packet.pdf']) {
      const document = await getDocument({ data: new Uint8Array(readFileSync(join(dir, name))), verbosity: 0 }).promise;
      producers[name] = ((await document.getMetadata()).info as { Producer?: string }).Producer;
      await document.destroy();
    }
  });
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('names petition-courier as the Producer of every PDF', () => {
    expect(producers).toEqual({ 'letter.pdf': 'petition-courier', 'summary.pdf': 'petition-courier', 'petition-text.pdf': 'petition-courier', 'signatures.pdf': 'petition-courier', 'packet.pdf': 'petition-courier' });
  });

  it('asks the ambassador to transmit the letter that encloses the petition', () => {
    expect(letter.text).toContain('With the letter we enclose the petition');
    expect(letter.text).not.toContain('The letter accompanies');
  });

  it('names sources by platform or label, with no file path and none of our own figures', () => {
    expect(summary.text).toContain('Change.org');
    expect(summary.text).toContain('Action Network');
    expect(summary.text).toContain('Paper sheets, Seoul');
    expect(summary.text).not.toMatch(/\.\.\/|[\w-]+\.(csv|tsv)\b|exports/);
    for (const internal of ['Rows read', 'Rows rejected', 'Repeated header', 'awaiting review', 'pairs']) expect(summary.text).not.toContain(internal);
  });

  it('gives each country its one CLDR name in the summary and the list', () => {
    // Countries the summary names (the rest, ties ordered by name, are summed as "Other countries").
    for (const code of ['RU', 'US', 'KR', 'DE']) {
      expect(counts.byCountry[code].unique).toBeGreaterThan(0);
      expect(summary.text).toContain(regions.of(code));
      expect(list.text).toContain(regions.of(code));
    }
    for (const text of [summary.text, list.text]) expect(text).not.toMatch(/Russian Federation|United States of America|Korea, Republic of/);
  });

  it('writes every date in the letter\'s style: summary, list and letter alike', () => {
    expect(letter.text).toContain('10 December 2026');
    expect(summary.text).toMatch(englishDay);
    expect(summary.text).toContain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(counts.firstSigned)));
    // The list's date column takes the same style: one date style per language in every part.
    expect(list.text).toMatch(/\b\d{1,2} November 2025\b/);
    for (const text of [summary.text, letter.text, list.text]) expect(text).not.toMatch(ISO_DAY);
    expect(summary.text).not.toMatch(/(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
  });
});

describe('the count-only certificate', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('writes its dates as the letter does, not as ISO dates', async () => {
    const dir = tempDir();
    dirs.push(dir);
    await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    const certificate = await readPdfText(readFileSync(join(dir, 'signatures.pdf')));
    expect(certificate.text).toMatch(new RegExp(`Signatures were given between ${englishDay.source} and ${englishDay.source}`));
    expect(certificate.text).toContain('prepared 10 December 2026');
    // The fingerprint's label reads as words of the sentence, not a heading dropped into it.
    expect(certificate.text).toMatch(/identified by the packet fingerprint [0-9A-F]{4}-/);
    expect(certificate.text).not.toMatch(ISO_DAY);
    expect(certificate.text).toContain(regions.of('KR'));
  });
});

describe('a letter language with no translation of the official\'s name', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The example campaign with two clean exports (the others have rows to look at: exit 1 on their own), pointed back at the fixtures. */
  async function build(edit: (text: string) => string) {
    const dir = tempDir();
    dirs.push(dir);
    const exports = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));
    const text = readFileSync(CAMPAIGN, 'utf8')
      .replace(/\nsources:\n[\s\S]*?\n(?=\n)/, `\nsources:\n  - path: ${exports}change-org.csv\n  - path: ${exports}speakout.csv\n`);
    writeFileSync(join(dir, 'campaign.yaml'), edit(text));
    return runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '--delivery', 'embassy-2026', '-o', join(dir, 'out')]);
  }

  it('writes a Korean packet in Korean: the embassy\'s address, CLDR names and one date style', async () => {
    const result = await build((text) => text.replace('languages: [en, zh]                  # one letter', 'languages: [ko, en]                  # one letter'));
    const dir = dirs[dirs.length - 1];
    const [letter, summary] = await Promise.all(['letter.pdf', 'summary.pdf'].map((name) => readPdfText(readFileSync(join(dir, 'out', name)))));
    const korean = letter.pageTexts[0];
    expect(korean).toContain('주미 중화인민공화국 대사관');
    expect(korean).toContain(new Intl.DisplayNames(['ko'], { type: 'region' }).of('US'));
    expect(korean).not.toMatch(/Embassy|People's Republic/);
    expect(korean).toContain('2026년 12월 10일');
    expect(summary.text).toContain(new Intl.DisplayNames(['ko'], { type: 'region' }).of('KR'));
    expect(summary.text).toMatch(/2025 ?년 11월 \d{1,2}일/); // pdfjs may split a run at the Hangul
    expect(summary.text).not.toMatch(ISO_DAY);
    expect(result.code).toBe(0);
  });

  it('builds cleanly when every name is translated', async () => {
    const result = await build((text) => text);
    expect(result.stderr).not.toContain('missing translation');
    expect(result.code).toBe(0);
  });

  it('builds, warns naming what is missing, and exits 1', async () => {
    const result = await build((text) => text.replace('names: { zh: 习近平, ko: 시진핑 }', 'names: { ko: 시진핑 }'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning: missing translation: target "xi-jinping": the name in Chinese (zh) is missing: add names: { zh: … } (now "Xi Jinping")');
  });
});

describe('a packet in a letter language the built-in templates do not write (the organizer\'s own template and preset)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A letter in `language` from a one-line template: the letter speaks it; the packet's own words must too, or say they cannot. */
  async function buildIn(language: string, letterLine: string) {
    const dir = tempDir();
    dirs.push(dir);
    const exports = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));
    mkdirSync(join(dir, 'templates', 'letters'), { recursive: true });
    mkdirSync(join(dir, 'templates', 'offices'));
    writeFileSync(join(dir, 'templates', 'letters', `${language}.hbs`), `${letterLine} {{petition.title}}.\n`);
    writeFileSync(join(dir, 'templates', 'offices', 'un-own.yaml'), [
      'description: UN', 'official:', `  ${language}:`, '    recipient: ["{{name}}", "ONU"]',
      '    address: ["ONU", "New York, NY 10017"]', '    styled: "{{name}}"', '    salutation: "{{name}},"', '    close: "—"', '',
    ].join('\n'));
    writeFileSync(join(dir, 'campaign.yaml'), [
      'petition:', `  title: { ${language}: Stop }`, `  text: { ${language}: Stop. }`,
      'organizer: { name: Ana Kim, organization: Beispiel e.V., address: [Beispielweg 1, Berlin], contact: info@example.org, signatory: Ana Kim }',
      `sources: [{ path: ${exports}speakout.csv }]`, 'templates: templates',
      'targets: [{ id: un-sg, preset: un-own, name: António Guterres, gender: male }]',
      `deliveries: [{ id: first, target: un-sg, date: 2026-12-10, place: New York, languages: [${language}], privacy: recipient }]`, '',
    ].join('\n'));
    const result = await runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '-o', join(dir, 'out')]);
    const [packet, summary, list] = await Promise.all(['packet.pdf', 'summary.pdf', 'signatures.pdf'].map((name) => readPdfText(readFileSync(join(dir, 'out', name)))));
    return { result, packet, summary, list };
  }

  it('writes a German packet in German: cover, contents, page numbers, list headings and summary', async () => {
    const { result, packet, summary, list } = await buildIn('de', 'Im Namen von {{organization}} übergeben wir Ihnen die Petition');
    expect(result.stderr).not.toContain('missing translation');
    expect(result.code).toBe(0);
    expect(packet.pageTexts[0]).toContain('Unterzeichnet von');
    expect(packet.text).toContain('Inhalt');
    expect(packet.text).toContain(`Seite 1 von ${packet.pages}`);
    expect(packet.text).toContain('Liste der Unterzeichnenden');
    expect(list.text).toContain('NAME');
    expect(list.text).toContain('LAND');
    expect(summary.text).toContain('Zusammenfassung der Unterschriften');
    for (const english of ['Contents', 'Page 1 of', 'Signature list', 'Signed by', 'COUNTRY']) expect(packet.text + list.text).not.toContain(english);
  });

  it('writes a French packet in French', async () => {
    const { result, packet } = await buildIn('fr', 'Au nom de {{organization}}, nous vous remettons la pétition');
    expect(result.code).toBe(0);
    expect(packet.text).toContain('Sommaire');
    expect(packet.text).toContain(`Page 1 sur ${packet.pages}`);
    expect(packet.text).toContain('Liste des signataires');
  });

  it('warns naming the language whose packet words are missing, and exits 1, for a language it has none in', async () => {
    const { result } = await buildIn('pt', 'Em nome de {{organization}}, entregamos a petição');
    expect(result.stderr).toMatch(/warning: missing translation: packet: .*cover.*contents.*page numbers.*Portuguese \(pt\).*print in English/);
    expect(result.code).toBe(1);
  });
});
