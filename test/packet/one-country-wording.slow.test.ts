// Signers from one country are said to come from it, by name, where the document may name it — never "from 1 country
// or territory" — and one signer is not said to come from "a single country" (letter, certificate, release, poster;
// en, ko, es).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

afterAll(removeTestTempDirs);

const SIGNERS = ['김민지,minji@example.org,KR,2026-11-02', '박서준,seojun@example.org,KR,2026-11-03', '이하은,haeun@example.org,KR,2026-11-03', 'José Núñez,jose@example.org,KR,2026-11-04'];

function campaign(signers: string[]): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'kr.csv'), `name,email,country,date\n${signers.join('\n')}\n`);
  writeFileSync(join(dir, 'c.yaml'), [
    'petition:', '  languages: [en, ko, es]',
    '  title: { en: Stop the forced returns, ko: 강제북송을 중단하십시오, es: Detengan las devoluciones forzosas }',
    '  text: { en: Text., ko: 본문., es: Texto. }',
    'organizer: { name: Org Person, organization: Test Org, address: [1 Street], contact: a@example.org, signatory: Org Person }',
    'sources:', '  - path: kr.csv',
    'targets:', '  - { id: t, preset: un-secretary-general, name: António Guterres, names: { ko: 안토니우 구테흐스 }, gender: male }',
    'deliveries:',
    '  - { id: d, target: t, date: 2026-12-10, place: New York, places: { ko: 뉴욕, es: Nueva York }, languages: [en, ko, es], privacy: recipient, paper: A4 }',
    '  - { id: c, target: t, date: 2026-12-10, place: New York, languages: [en, es], privacy: count-only, paper: A4 }',
    '',
  ].join('\n'));
  return join(dir, 'c.yaml');
}

const pdf = async (path: string) => (await readPdfText(readFileSync(path))).text.replace(/\s+/g, ' ');

describe('one country, one signer', () => {
  it('names the one country in the letters, the certificate and the press kit', async () => {
    const file = campaign(SIGNERS);
    const out = join(tempDir(), 'd');
    const count = join(tempDir(), 'c');
    const press = join(tempDir(), 'p');
    expect((await runMain(['packet', '--campaign', file, '--delivery', 'd', '-o', out])).code).toBe(0);
    expect((await runMain(['packet', '--campaign', file, '--delivery', 'c', '-o', count])).code).toBe(0);
    await runMain(['press', '--campaign', file, '--delivery', 'd', '-o', press]);
    const letter = await pdf(join(out, 'letter.pdf'));
    expect(letter).toContain('signed by 4 people from South Korea between');
    expect(letter).toContain('대한민국에서 모두 4명이 서명하였습니다');
    expect(letter).toContain('firmada por 4 personas de Corea del Sur entre');
    expect(letter).not.toMatch(/1 country|1개 국가|1 país/);
    const certificate = await pdf(join(count, 'signatures.pdf'));
    expect(certificate).toContain('All signers come from South Korea.');
    expect(certificate).not.toContain('1 country');
    const release = (language: string) => readFileSync(join(press, `press-release-${language}.txt`), 'utf8');
    expect(release('en')).toContain('It was signed by 4 people from South Korea between');
    expect(release('es')).toContain('La firmaron 4 personas de Corea del Sur entre');
    expect(release('ko')).toContain('대한민국에서 4명이 서명했다.');
    for (const language of ['en', 'es', 'ko']) expect(release(language)).not.toMatch(/ 1 country|1개 국가|1 país/);
    expect(await pdf(join(press, 'poster-es.pdf'))).toContain('de Corea del Sur');
  });

  it('one signer: no "1 country", no "모두 1명", and a country that may not be named is not named', async () => {
    const file = campaign(SIGNERS.slice(0, 1));
    const out = join(tempDir(), 'd');
    const count = join(tempDir(), 'c');
    const press = join(tempDir(), 'p');
    await runMain(['packet', '--campaign', file, '--delivery', 'd', '-o', out]);
    await runMain(['packet', '--campaign', file, '--delivery', 'c', '-o', count]);
    await runMain(['press', '--campaign', file, '--delivery', 'd', '-o', press, '--allow-empty']);
    const letter = await pdf(join(out, 'letter.pdf'));
    expect(letter).toContain('signed by 1 person from South Korea on 2 November 2026');
    expect(letter).toContain('대한민국에서 1명이 서명하였습니다');
    expect(letter).not.toContain('모두 1명');
    // Count-only: 1 signer from a country is not named, and not counted as "a single country" either.
    const countLetter = await pdf(join(count, 'letter.pdf'));
    expect(countLetter).toContain('signed by 1 person on 2 November 2026');
    expect(countLetter).not.toContain('South Korea');
    const certificate = await pdf(join(count, 'signatures.pdf'));
    expect(certificate).not.toMatch(/1 country|single country|Signers come from/);
    const release = readFileSync(join(press, 'press-release-en.txt'), 'utf8');
    expect(release).toContain('It was signed by 1 person on 2 November 2026.');
    expect(await pdf(join(press, 'poster-en.pdf'))).not.toContain('country or territory');
  });

  // Outside tester F, F9: 6 of 10 signers gave no country, and the letters said "de un solo país o territorio".
  it('signers without a country: one known country is not "a single country", in any letter or the certificate', async () => {
    const file = campaign([...SIGNERS.slice(0, 2), 'Ana Ruiz,ana@example.org,,2026-11-03', 'Luis Gómez,luis@example.org,,2026-11-04']);
    const out = join(tempDir(), 'd');
    const count = join(tempDir(), 'c');
    const press = join(tempDir(), 'p');
    await runMain(['packet', '--campaign', file, '--delivery', 'd', '-o', out]);
    await runMain(['packet', '--campaign', file, '--delivery', 'c', '-o', count]);
    await runMain(['press', '--campaign', file, '--delivery', 'd', '-o', press]);
    const letter = await pdf(join(out, 'letter.pdf'));
    expect(letter).toContain('signed by 4 people between');
    expect(letter).toContain('firmada por 4 personas entre');
    expect(letter).not.toMatch(/single country|un solo país|한 국가 또는 지역|South Korea|Corea del Sur/);
    const certificate = await pdf(join(count, 'signatures.pdf'));
    expect(certificate).not.toMatch(/single country|solo país|Signers come from|All signers come/);
    expect(readFileSync(join(press, 'press-release-en.txt'), 'utf8')).not.toContain('single country');
    expect(await pdf(join(press, 'poster-es.pdf'))).not.toContain('un solo país');
    expect(await pdf(join(press, 'poster-en.pdf'))).not.toContain('single country');
  });
});
