import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { privacyNotice, SHEET_LABELS } from '../../src/sheets/sheet-labels.js';

const names = { target: 'the Secretary-General', organizer: 'Safe Passage', contact: 'info@example.org', url: '' };

describe('the privacy notice on a printed sheet', () => {
  it('names only the columns the sheet collects (--columns)', () => {
    const nameOnly = privacyNotice(SHEET_LABELS.en, ['name'], 'en', names);
    expect(nameOnly).toContain('We collect your name, only to deliver this petition.');
    expect(nameOnly).not.toMatch(/country|city|email/);
    const nameCity = privacyNotice(SHEET_LABELS.en, ['name', 'city'], 'en', names);
    expect(nameCity).toContain('We collect your name and city, only');
    expect(nameCity).not.toMatch(/country|email/);
    const all = privacyNotice(SHEET_LABELS.en, ['name', 'city', 'country', 'email'], 'en', names);
    expect(all).toContain('name, city, country, and email (if you give it)');
    expect(all).toContain('your email is never printed in it');
  });

  it('does the same in Korean and Spanish', () => {
    const ko = privacyNotice(SHEET_LABELS.ko, ['name', 'city'], 'ko', names);
    expect(ko).toContain('이름');
    expect(ko).toContain('도시');
    expect(ko).not.toMatch(/국가|이메일/);
    const es = privacyNotice(SHEET_LABELS.es, ['name'], 'es', names);
    expect(es).toContain('Recogemos su nombre solo para entregar esta petición.');
    expect(es).not.toMatch(/ciudad|país|correo/);
    expect(privacyNotice(SHEET_LABELS.es, ['name', 'email'], 'es', names)).toContain('su correo nunca se imprime');
  });
});

describe('a sheet printed with --columns name,city', () => {
  it.each([
    ['en', 'Privacy', 'Wecollectyournameandcity,', ['country', 'email']],
    ['es', 'Privacidad', 'Recogemossunombreyciudad', ['país', 'correo']],
    ['ko', '개인정보안내', '이름및도시', ['국가', '이메일']],
  ])('says in %s that it collects only name and city', async (language, title, collects, absent) => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url)), campaign);
      const pdf = join(dir, 'sheets.pdf');
      expect((await runMain(['sheets', '--campaign', campaign, '--language', language, '--count', '1', '--columns', 'name,city', '-o', pdf])).code).toBe(0);
      const page = (await readPdfText(readFileSync(pdf))).pageTexts[0].normalize('NFC').replace(/\s+/g, '');
      // The notice only: the petition's summary above it may well say "country".
      const notice = page.slice(page.lastIndexOf(title)).toLowerCase();
      expect(notice).toContain(collects.toLowerCase());
      for (const word of absent) expect(notice).not.toContain(word);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
