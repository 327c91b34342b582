// What outside tester J still found printed in name cells (issue #11): e-mails spelled out in Dutch, Indonesian,
// Vietnamese, Arabic, Thai, Finnish, Romanian, Croatian, Lithuanian and Indian English, whose user part and at-word were
// left behind when the provider was cut; messenger handles written without a colon; and the labels of a cut number.
// A postcode cell with a third person's name or a street after the postcode (F4) keeps only the postcode.
// Real names with the same words in them ("Anna Line de Vries", "Maria di Rossi", "Jean et Marie") stay whole.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWithoutContact, screenPostcode } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('a spelled-out e-mail in a name cell, in more languages (verifyJ F1)', () => {
  it.each([
    ['Jan de Vries jan apenstaartje ziggo punt nl', 'Jan de Vries'],
    ['Jan Jansen jan at ziggo punt nl', 'Jan Jansen'],
    ['piet apenstaartje ziggo punt nl', ''],
    ['Nguyễn Văn An an a còng gmail chấm com', 'Nguyễn Văn An'],
    ['Dang dang a móc gmail chấm com', 'Dang'],
    ['محمد علي mohamed ات gmail دوت كوم', 'محمد علي'],
    ['สมชาย ใจดี somchai แอท gmail ดอท คอม', 'สมชาย ใจดี'],
    ['राहुल शर्मा rahul at the rate gmail dot com', 'राहुल शर्मा'],
    ['Siti siti di gmail titik com', 'Siti'],
    ['Budi Santoso budi at gmail titik com', 'Budi Santoso'],
    ['Mikko Virtanen mikko ät gmail piste com', 'Mikko Virtanen'],
    ['Peter peter kissa gmail piste com', 'Peter'],
    ['Ion Popescu ion arond yahoo punct ro', 'Ion Popescu'],
    ['Ana Horvat ana et gmail točka com', 'Ana Horvat'],
    ['Jonas jonas eta gmail taškas lt', 'Jonas'],
    // An at-word nobody listed, before a domain spelled out: the lower-case words before it go with it.
    ['Jan Jansen jan xyzzy foo punt nl', 'Jan Jansen'],
  ])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });
});

describe('a messenger handle without a colon, and the label of a cut number (verifyJ F3, F11)', () => {
  it.each([
    ['Mai Zalo maimai', 'Mai'],
    ['Ola Threads olaola', 'Ola'],
    ['Ivan ТГ ivanp', 'Ivan'],
    ['Eli Mastodon eli@mastodon.social', 'Eli'],
    ['Nikolaos Κινητό 6912345678', 'Nikolaos'],
    ['Thanh số điện thoại 0912345678', 'Thanh'],
    ['Kasia Kom. 601234567', 'Kasia'],
    ['Deepak फोन 9876543210', 'Deepak'],
    ['Rahul मकान नं 12', 'Rahul'],
    ['Piotr Zieliński os. Tysiąclecia 5', 'Piotr Zieliński'],
    ['Tanaka 〒105-0011', 'Tanaka'],
    ['Kim 우편번호 03154', 'Kim'],
  ])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(['Anna Line de Vries', 'Line Hansen', 'Maria di Rossi', 'Jean et Marie', 'Pieter Punt', 'Lê Lợi', 'Kossuth',
    'Os Guinness', 'Nguyễn Văn Số', 'Signal Smith', 'Telegram Sam', 'Ana Eta', 'Anna Kissa'])('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it('reads a long cell with the new words (a quadratic search took minutes: the suite’s 60 s timeout guards it)', () => {
    expect(nameWithoutContact(`Ana ${'di et '.repeat(50_000)}x`)).toContain('Ana');
  });
});

describe('dedupe of the tester\'s rows', () => {
  it('prints the names without the rest of the address or the handle, and warns with the rows', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      writeFileSync(file, 'name,email,country\nJan de Vries jan apenstaartje ziggo punt nl,j1@x.example,NL\n'
        + 'Siti siti di gmail titik com,s1@x.example,ID\nMai Zalo maimai,m1@x.example,VN\nAnna Line de Vries,a1@x.example,NL\n');
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged]);
      expect(result.code).toBe(1);
      const names = readFileSync(merged, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[3]);
      expect(names).toEqual(['Jan de Vries', 'Siti', 'Mai', 'Anna Line de Vries']);
      expect(result.stderr).toMatch(/3 name cells hold contact details .*rows 1, 2, 3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a postcode cell with words after the postcode (verifyJ F4)', () => {
  it.each([
    ['10115 BEI SCHMIDT', '10115'],
    ['〒105-0011 港区芝公園4-2-8', '105-0011'],
    ['100000 LÊ LỢI 5', '100000'],
    ['00-001 MARSZAŁKOWSKA 1', '00-001'],
    ['1011 AB Prinsengracht 1', '1011 AB'],
  ])('%s keeps %s', (cell, kept) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'street', town: kept });
  });

  it.each(['10115', '1011 AB', '1011AB', 'SW1A 1AA', 'K1A 0B1', '02108-1234', '00-001', 'D-10115'])('%s, a postcode, stays', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'clean' });
  });

  it('dedupe writes the postcode alone and warns with the rows', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'postcodes.csv');
      writeFileSync(file, 'name,email,postcode,country\nAnna Berg,a@x.example,10115 bei Schmidt,DE\n'
        + 'Jan Smit,j@x.example,1011 AB Prinsengracht 1,NL\nPiet Smit,p@x.example,1011 AB,NL\n');
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged]);
      expect(result.code).toBe(1);
      const postcodes = readFileSync(merged, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[11]);
      expect(postcodes).toEqual(['10115', '1011 AB', '1011 AB']);
      expect(result.stderr).toMatch(/2 postcode cells hold a street address .*rows 1, 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
