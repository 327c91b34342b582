// The press kit of the example campaign, built as `petition press` builds it: what a press officer would check.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPress, type PressResult } from '../../src/press/build-press.js';
import { buildPacket } from '../../src/packet/build-packet.js';
import { verifyPacket } from '../../src/packet/manifest/verify-packet.js';
import { scanSources } from '../../src/pipeline/scan-sources.js';
import { campaignScanOptions } from '../../src/campaign/campaign-scan-options.js';
import { loadCampaign } from '../../src/campaign/load-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { inkShare, readPng } from './png.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const NOW = new Date('2026-12-01T00:00:00Z');
const request = (outDir: string) => ({ campaignPath: CAMPAIGN, deliveryId: 'embassy-2026', outDir, now: NOW, toolVersion: 'test', languages: ['en', 'ko', 'es'] });

let dir: string;
let kit: PressResult;

beforeAll(async () => {
  dir = tempDir();
  kit = await buildPress(request(dir));
});
afterAll(removeTestTempDirs);

describe('petition press', () => {
  it('writes per language two one-page posters, two cards and a release, all listed in the manifest', () => {
    const names = kit.outputs.map((o) => o.path);
    for (const language of ['en', 'ko', 'es']) {
      expect(names).toEqual(expect.arrayContaining([
        `poster-${language}.pdf`, `poster-${language}-letter.pdf`, `card-${language}.png`, `card-${language}-square.png`,
        `press-release-${language}.md`, `press-release-${language}.txt`,
      ]));
    }
    expect(readdirSync(dir).sort()).toEqual([...names, 'manifest.json'].sort());
  });

  it.each([
    ['en', 'Stop the forced return of North Korean refugees', ['people signed', 'from 16 countries and territories', 'South Korea', 'Germany', '10 December 2026', 'Washington, D.C.', 'Human Rights Day', 'Xi Jinping']],
    ['ko', '탈북 난민 강제북송을 중단하십시오', ['명이 서명했습니다', '16개 국가·지역에서', '대한민국', '독일', '2026년 12월 10일', '워싱턴', '세계 인권의 날', '시진핑']],
    ['es', 'Detengan la devolución forzosa de los refugiados norcoreanos', ['personas firmaron', 'de 16 países y territorios', 'Países con más firmas', 'Corea del Sur', 'Alemania', '10 de diciembre de 2026', 'Día de los Derechos Humanos']],
  ])('the %s poster is one page stating the title, the count, the countries and the delivery in that language', async (language, title, phrases) => {
    for (const name of [`poster-${language}.pdf`, `poster-${language}-letter.pdf`]) {
      const pdf = await readPdfText(readFileSync(join(dir, name)));
      expect(pdf.pages).toBe(1);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text.replace(/ /g, '')).toContain(title.replace(/ /g, ''));
      expect(text).toMatch(/\b35\b/);
      for (const phrase of phrases) expect(text.replace(/ /g, '')).toContain(phrase.replace(/ /g, ''));
      // Countries with one or two signers are not named in a public document.
      expect(text).not.toMatch(/Denmark|Dinamarca|덴마크/);
    }
  });

  it('sizes the posters A3/Tabloid and the delivery paper, and the cards 1200 × 630 and 1080 × 1080, none blank', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const size = async (name: string) => {
      const document = await getDocument({ data: new Uint8Array(readFileSync(join(dir, name))), verbosity: 0 }).promise;
      const view = (await document.getPage(1)).view;
      await document.destroy();
      return [Math.round(view[2]), Math.round(view[3])];
    };
    // The delivery prints on Letter: the large poster is Tabloid.
    expect(await size('poster-en.pdf')).toEqual([792, 1224]);
    expect(await size('poster-en-letter.pdf')).toEqual([612, 792]);
    for (const language of ['en', 'ko', 'es']) {
      const wide = await readPng(readFileSync(join(dir, `card-${language}.png`)));
      const square = await readPng(readFileSync(join(dir, `card-${language}-square.png`)));
      expect([wide.width, wide.height]).toEqual([1200, 630]);
      expect([square.width, square.height]).toEqual([1080, 1080]);
      // The white body carries the count, the chart and the delivery: well inked, not an empty page.
      expect(inkShare(wide, { x: 0, y: 170, width: 1200, height: 380 }, [255, 255, 255])).toBeGreaterThan(0.03);
      expect(inkShare(square, { x: 0, y: 300, width: 1080, height: 650 }, [255, 255, 255])).toBeGreaterThan(0.03);
      // The title band (white letters on navy) has its title.
      expect(inkShare(wide, { x: 40, y: 60, width: 800, height: 70 }, [0x1f, 0x2a, 0x44])).toBeGreaterThan(0.05);
    }
  });

  it('writes a release with a headline, a dateline in the language\'s style, the count, the countries, the period, the quote and the contact', () => {
    const en = readFileSync(join(dir, 'press-release-en.md'), 'utf8');
    expect(en).toMatch(/^# “Stop the forced return of North Korean refugees”: 35 people sign petition\n/);
    expect(en).toContain('**WASHINGTON, D.C., 10 December 2026** — Safe Passage Coalition today delivered');
    expect(en).toContain('signed by 35 people from 16 countries and territories between 1 November 2025 and 8 November 2025');
    expect(en).toContain('> “Every person sent back faces prison camps. China can stop this today.” — Min-ji Park, Safe Passage Coalition');
    expect(en).toContain('**Contact:** Min-ji Park, press@example.org');
    const ko = readFileSync(join(dir, 'press-release-ko.md'), 'utf8');
    expect(ko).toContain('**(워싱턴=2026년 12월 10일)**');
    expect(ko).toContain('16개 국가·지역에서 35명이 서명했다');
    const es = readFileSync(join(dir, 'press-release-es.md'), 'utf8');
    expect(es).toContain('**Washington, D.C., 10 de diciembre de 2026.** —');
    expect(es).toContain('firmaron 35 personas de 16 países y territorios');
    // Spanish wording (adv15b N14): the occasion set off from the official's title, the period after the closing
    // guillemet and the speaker introduced by a verb, not «… hoy.», Min-ji Park; "de 16 países", not "desde".
    // News style, not the letter's honorific (adv15c P8): the title after the name, in lower case.
    // Handed to the embassy, addressed to the President (pack12): not "entregada a Xi Jinping".
    expect(es).toContain('## Petición dirigida a Xi Jinping, presidente de la República Popular China, entregada a la Embajada de la República Popular China en Washington, D.C.');
    expect(es).toMatch(/en Washington, D\.C\., en el Día de los Derechos Humanos\n/);
    expect(es).toContain('> «Cada persona devuelta acaba en un campo de prisioneros. China puede detenerlo hoy», dijo Min-ji Park, Safe Passage Coalition.');
    expect(en).toMatch(/in Washington, D\.C\., on Human Rights Day\n/);
    const text = readFileSync(join(dir, 'press-release-en.txt'), 'utf8');
    expect(text).not.toMatch(/\*\*|^#{1,6} /m);
    expect(text).toContain('WASHINGTON, D.C., 10 December 2026 — ');
  });

  it('says "de 16 países" on the Spanish poster, not "desde" (from a place, not since a time)', async () => {
    const text = (await readPdfText(readFileSync(join(dir, 'poster-es.pdf')))).text.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/desde 16|Más firmas desde/);
  });

  it('names no signer: no name or email of the exports is in any press file', async () => {
    const campaign = await loadCampaign(CAMPAIGN);
    const personal = new Set<string>();
    await scanSources(campaignScanOptions(campaign, campaign.timezone ?? 'UTC', new Date()), (event) => {
      if (event.kind !== 'accepted') return;
      for (const value of [event.signature.name, event.signature.email]) if (value && value.length >= 5) personal.add(value);
    });
    expect(personal.size).toBeGreaterThan(20);
    for (const file of kit.outputs) {
      const text = file.path.endsWith('.pdf') ? (await readPdfText(readFileSync(join(dir, file.path)))).text : readFileSync(join(dir, file.path), 'utf8');
      for (const value of personal) expect({ file: file.path, found: text.includes(value) ? value : null }).toEqual({ file: file.path, found: null });
    }
  });

  it('publishes in its manifest only the figures the kit prints, never small per-country, per-day or per-source counts', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const text = JSON.stringify(manifest);
    for (const hidden of ['byCountry', 'byDay', 'byLanguage', 'bySource', '"CN"', '"DK"', 'action-network.csv', 'exports/', 'inputs', 'signerListFingerprint']) {
      expect({ hidden, found: text.includes(hidden) }).toEqual({ hidden, found: false });
    }
    expect(manifest.figures).toEqual({ signers: 35, countries: 16, topCountries: ['KR', 'DE', 'US'] });
    expect(manifest.packetFingerprint).toBe(kit.manifest.packetFingerprint);
  });

  it('gives the same bytes when built again', async () => {
    const again = tempDir();
    await buildPress(request(again));
    for (const name of [...kit.outputs.map((o) => o.path), 'manifest.json']) {
      expect({ name, same: readFileSync(join(again, name)).equals(readFileSync(join(dir, name))) }).toEqual({ name, same: true });
    }
  });

  it('states the packet letter\'s number and carries the packet fingerprint; verify checks every file', async () => {
    const packetDir = tempDir();
    const packet = await buildPacket({ campaignPath: CAMPAIGN, deliveryId: 'embassy-2026', outDir: packetDir, now: NOW, toolVersion: 'test' });
    expect(kit.manifest.packetFingerprint).toBe(packet.manifest.packetFingerprint);
    const letter = (await readPdfText(readFileSync(join(packetDir, 'letter.pdf')))).text.replace(/\s+/g, ' ');
    const signed = /signed by (\d[\d,]*) people/.exec(letter)?.[1];
    expect(signed).toBe('35');
    const poster = (await readPdfText(readFileSync(join(dir, 'poster-en.pdf')))).text;
    expect(poster).toMatch(new RegExp(`\\b${signed}\\b`));
    expect(readFileSync(join(dir, 'press-release-en.md'), 'utf8')).toContain(`signed by ${signed} people`);

    expect(await verifyPacket(dir)).toMatchObject({ ok: true, differences: [], packetFingerprint: packet.manifest.packetFingerprint });
    const copy = tempDir();
    for (const name of readdirSync(dir)) writeFileSync(join(copy, name), readFileSync(join(dir, name)));
    writeFileSync(join(copy, 'press-release-en.md'), readFileSync(join(dir, 'press-release-en.md'), 'utf8').replace('35 people', '3,500 people'));
    const verified = await verifyPacket(copy);
    expect(verified.ok).toBe(false);
    expect(verified.differences).toEqual([expect.objectContaining({ path: 'press-release-en.md', problem: 'size' })]);
  });
});
