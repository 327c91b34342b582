// A signature typed up from a paper sheet says, in the list, where its original is: an official or an auditor holding
// the sheets finds "sheet NKR-01-012-K, line 7" without asking anyone.
import { describe, it, expect } from '@jest/globals';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import type { ListEntry } from '../../../src/packet/signature-list/list-types.js';
import { readPdfText } from '../../helpers/pdf-text.js';
import { MemoryOut } from '../fonts/pdf-text.js';
import { listOptions } from './fixtures.js';
import { FontSet } from '../../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../../src/packet/signature-list/write-signature-list.js';
import { cellTexts, columnsFor } from '../../../src/packet/signature-list/columns.js';

const START = Date.UTC(2026, 2, 1);

const ENTRIES: ListEntry[] = [
  { name: 'Jane Doe', city: 'Chicago', region: '', postcode: '', country: 'US', signedAt: START, anonymous: false },
  { name: '김민준', city: '서울', region: '', postcode: '', country: 'KR', signedAt: START + 1000, anonymous: false, paper: { sheet: 'NKR-01-012-K', line: 7 } },
  { name: '오하늘', city: '서울', region: '', postcode: '', country: 'KR', signedAt: START + 2000, anonymous: true, paper: { sheet: 'NKR-01-012-K', line: 8 } },
];

async function listText(language: string, paperColumn: boolean): Promise<string> {
  const out = new MemoryOut();
  await writeSignatureList(ENTRIES, listOptions(ENTRIES, { language, paperColumn }), out);
  return (await readPdfText(out.bytes())).text;
}

describe('the paper original of a typed-up signature in the signature list', () => {
  it('prints the sheet and line in the language of the list, for anonymous signers too', async () => {
    const english = await listText('en', true);
    expect(english).toContain('PAPER ORIGINAL');
    expect(english).toContain('sheet NKR-01-012-K, line 7');
    expect(english).toContain('sheet NKR-01-012-K, line 8');
    expect(english).not.toContain('오하늘');
    // Hangul and Latin are drawn in separate runs, which the text extraction joins with spaces.
    const korean = (await listText('ko', true)).replace(/\s+/g, '');
    expect(korean).toContain('서명지NKR-01-012-K,7번줄');
    const spanish = await listText('es', true);
    expect(spanish).toContain('hoja NKR-01-012-K, línea 7');
  });

  it('never breaks a sheet ID across lines, even under a long campaign code (adv14 D9)', async () => {
    const sheet = 'NKRSEOUL-01-012-Q5';
    // The recipient's columns with an email and a street: the paper column gets less room than it would like.
    const extra = { email: 'minjun.kim.rally.volunteer@example.kr', street: '서울특별시 종로구 세종대로 175 광화문빌딩 12층' };
    const entries: ListEntry[] = ENTRIES.map((e) => ({ ...e, region: '서울특별시', postcode: '03154', extra, ...(e.paper ? { paper: { sheet, line: 16 } } : {}) }));
    for (const language of ['en', 'ko', 'es']) {
      const out = new MemoryOut();
      await writeSignatureList(entries, listOptions(entries, { language, paperColumn: true, profile: 'recipient', extraColumns: ['email', 'street'] }), out);
      const { text } = await readPdfText(out.bytes());
      // A broken ID is drawn as two runs, which the extraction joins with spaces.
      expect({ language, whole: text.split(sheet).length - 1 }).toEqual({ language, whole: 2 });
    }
  });

  it('has no such column when no signature came from paper', async () => {
    expect(await listText('en', false)).not.toContain('PAPER ORIGINAL');
  });
});

describe('the paper column and the contact columns of a Korean or Spanish list (testerA F10)', () => {
  const measure = fontMeasure(FontSet.load());

  it('keeps the line reference whole when the cell wraps: "3번 줄", never "3번" / "줄"', () => {
    const [text] = cellTexts({ ...ENTRIES[1], paper: { sheet: 'NKR-01-001-GJ', line: 3 } }, [{ key: 'paper', title: '', align: 'left', width: { fixed: 124 } }], '1', 'ko');
    // As wide as the cell the tester saw: "서명지 NKR-01-001-GJ, 3번" fits, "줄" does not.
    const width = measure.widthOf('서명지 NKR-01-001-GJ, 3번', 7) + 0.5;
    const lines = measure.wrap(text, width, 7).map((line) => line.trim());
    expect(lines[lines.length - 1].replace(/\s/gu, ' ')).toBe('3번 줄');
    for (const language of ['en', 'es']) {
      const [cell] = cellTexts({ ...ENTRIES[1], paper: { sheet: 'NKR-01-001-GJ', line: 3 } }, [{ key: 'paper', title: '', align: 'left', width: { fixed: 124 } }], '1', language);
      const wrapped = measure.wrap(cell, measure.widthOf('sheet NKR-01-001-GJ, line', 7), 7).map((line) => line.trim().replace(/\s/gu, ' '));
      expect(wrapped[wrapped.length - 1]).toMatch(/^(line|línea) 3$/u);
    }
  });

  it('heads the email, phone and street columns --include adds in the list\'s language', async () => {
    const titles = (language: string) => columnsFor('recipient', ['email', 'phone', 'street'], 20, language).map((c) => c.title);
    expect(titles('ko')).toEqual(expect.arrayContaining(['이메일', '전화', '주소']));
    expect(titles('es')).toEqual(expect.arrayContaining(['Correo electrónico', 'Teléfono', 'Dirección']));
    expect(titles('en')).toEqual(expect.arrayContaining(['Email', 'Phone', 'Street']));
    const entries: ListEntry[] = ENTRIES.map((e) => ({ ...e, extra: { email: 'someone@example.kr' } }));
    const out = new MemoryOut();
    await writeSignatureList(entries, listOptions(entries, { language: 'ko', paperColumn: true, profile: 'recipient', extraColumns: ['email'] }), out);
    const { text } = await readPdfText(out.bytes());
    expect(text).toContain('이메일');
    expect(text).not.toContain('EMAIL');
  });
});
