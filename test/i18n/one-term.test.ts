// One word for one thing in each catalog (adv15c P9): the Spanish help says "kit de prensa" as every message does, and
// the Korean catalog calls the ledger 대장 as verify's messages do, not 전달 기록부 in some places.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

const catalog = (language: string): Record<string, string> => JSON.parse(readFileSync(new URL(`../../locales/${language}.json`, import.meta.url), 'utf8'));

describe('terms in the catalogs', () => {
  it('says "kit de prensa" in Spanish, never "dossier"', () => {
    expect(Object.entries(catalog('es')).filter(([, text]) => /dossier/iu.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('calls the ledger 대장 in Korean, never 전달 기록부', () => {
    expect(Object.entries(catalog('ko')).filter(([, text]) => text.includes('기록부')).map(([key]) => key)).toEqual([]);
  });
});
