// The petition text as an official reads it: paragraphs reflowed, Korean broken between words, Chinese by kinsoku.
// Read back from the PDF, line by line, as a person sees the page.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { FontSet } from '../../../src/packet/fonts/font-set.js';
import { contentWidth } from '../../../src/packet/pages/document-model.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { writeDocument, type PageSetup } from '../../../src/packet/pages/write-document.js';
import { intoFile, pdfText } from './pdf-tools.js';

const setup: PageSetup = { paper: 'A4', orientation: 'portrait', creationDate: new Date('2026-12-10T01:00:00Z'), title: 'Petition' };
const CAMPAIGN = fileURLToPath(new URL('../../../fixtures/campaign/campaign.yaml', import.meta.url));
const petition = (parse(readFileSync(CAMPAIGN, 'utf8')) as { petition: { text: Record<string, string> } }).petition;
const TEXT_SIZE = 11;
// A part's footer is in its language (adv-s9 N10): "Page 1 of 1", "1쪽 중 1쪽", "第1页，共1页".
const NUMBER_OF_PAGE = /^(Page \d+ of \d+|\d+ ?쪽 중 \d+ ?쪽|第\d+页，共\d+页)$/u;

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'typesetting-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

/** The body lines of a one-language petition text: what follows the title and the language caption. */
async function bodyLines(language: string, title: string, text: string): Promise<string[]> {
  const path = join(dir, `${language}.pdf`);
  await intoFile(path, (out) => writeDocument([{ kind: 'petition-text', language, title, text }], setup, out));
  const lines = pdfText(path).split(/[\n\f]/u).map((line) => line.trim()).filter((line) => line !== '' && !NUMBER_OF_PAGE.test(line));
  return lines.slice(2);
}

const CLOSING = /^[。、，．」』）〕】》〉！？：；]/u;

describe('petition text typesetting', () => {
  it('breaks the Korean fixture text between words, never inside one', async () => {
    const text = petition.text.ko;
    const words = new Set(text.split(/\s+/u).filter(Boolean));
    const lines = await bodyLines('ko', '탈북 난민 강제북송을 중단하십시오', text);
    expect(lines.length).toBeGreaterThan(5);
    const broken = lines.flatMap((line) => line.replace(/^\d+\.\s*/u, '').split(' ')).filter((word) => word && !words.has(word) && !/^\d+\.$/u.test(word));
    expect(broken).toEqual([]);
  });

  it('keeps closing punctuation off a line start and no single character alone on the last line (Chinese)', async () => {
    // The last paragraph is two full lines and one character: a greedy break leaves "诺。" on a line of its own.
    const paragraphs = [
      '我们这些签名者，恳请中华人民共和国政府停止强制遣返朝鲜难民，允许联合国难民署接触在中国的朝鲜人，让他们的保护申请得到审理。',
      '联合国调查委员会于二〇一四年发现，被遣返的人经常遭到拘留、审讯、酷刑、强迫劳动和性暴力，其中一些人被处决，这一事实令人震惊不已。',
      '中国是一九五一年《难民公约》及其一九六七年议定书的缔约国，也是《禁止酷刑公约》的缔约国。两项公约都禁止把任何人送回其可能遭受迫害或酷刑的国家，我们请求中国遵守这些承诺。',
    ];
    const lines = await bodyLines('zh', '停止强制遣返朝鲜难民', paragraphs.join('\n\n'));
    expect(lines.join('')).toBe(paragraphs.join(''));
    expect(lines.filter((line) => CLOSING.test(line))).toEqual([]);
    const lastLines = paragraphs.map((paragraph) => lines.find((line) => paragraph.endsWith(line))!);
    for (const last of lastLines) expect([...last.replace(/[\p{P}\s]/gu, '')].length).toBeGreaterThan(1);
  });

  it('reflows the English fixture text: a paragraph\'s words share a line wherever they fit', async () => {
    const text = petition.text.en;
    const lines = await bodyLines('en', 'Stop the forced return of North Korean refugees', text);
    expect(lines).not.toContain('the border');
    const fonts = FontSet.load();
    const width = contentWidth(pageFrame({ paper: 'A4', orientation: 'portrait' }));
    const starts = text.split(/\n\s*\n|\n(?=\s*\d+\.\s)/u).map((block) => block.trim().split(/\s+/u).slice(0, 3).join(' '));
    const loose = lines.slice(0, -1).filter((line, i) => {
      const next = lines[i + 1];
      if (starts.some((start) => next.startsWith(start))) return false;
      const nextWord = next.split(' ')[0];
      return fonts.widthOf(`${line} ${nextWord}`, TEXT_SIZE) <= width;
    });
    expect(loose).toEqual([]);
  });
});
