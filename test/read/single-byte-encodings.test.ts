// Exports saved in a single-byte code page other than Windows-1252 or -1251 (verifyK F13): Turkish, Hebrew, Arabic, Thai,
// Greek and KOI8-R Russian were read as accented Latin or Cyrillic soup, with exit 0 and no warning. Each is now read
// in its own page, and Latin-1 and Windows-1251 files stay as they were.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { sniffEncoding } from '../../src/read/sniff-encoding.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Signers as a person would type them: name, city, country. */
const SIGNERS: Record<string, { encoding: string; rows: Array<[string, string, string]> }> = {
  turkish: { encoding: 'windows-1254', rows: [['Şükrü Öztürk', 'İstanbul', 'TR'], ['Ayşe Yılmaz', 'İzmir', 'TR'], ['Çağrı Güneş', 'Ankara', 'TR'], ['Gülşen Doğan', 'Eskişehir', 'TR']] },
  hebrew: { encoding: 'windows-1255', rows: [['דוד כהן', 'תל אביב', 'IL'], ['שרה לוי', 'ירושלים', 'IL'], ['משה פרץ', 'חיפה', 'IL']] },
  arabic: { encoding: 'windows-1256', rows: [['محمد أحمد', 'القاهرة', 'EG'], ['فاطمة علي', 'الرياض', 'SA'], ['مريم خالد', 'بيروت', 'LB']] },
  thai: { encoding: 'tis620', rows: [['สมชาย ใจดี', 'กรุงเทพมหานคร', 'TH'], ['สมหญิง รักไทย', 'เชียงใหม่', 'TH'], ['วิไล ศรีสุข', 'ภูเก็ต', 'TH']] },
  greek: { encoding: 'iso-8859-7', rows: [['Άννα Παπαδοπούλου', 'Άργος', 'GR'], ['Γιώργος Παπαδόπουλος', 'Αθήνα', 'GR'], ['Μαρία Νικολάου', 'Θεσσαλονίκη', 'GR'], ['Ελένη Δημητρίου', 'Ηράκλειο', 'GR']] },
  'greek (Windows)': { encoding: 'windows-1253', rows: [['Άννα Νίκου', 'Άργος', 'GR'], ['Νίκος Γεωργίου', 'Πάτρα', 'GR'], ['Κώστας Ιωάννου', 'Λάρισα', 'GR']] },
  'russian (KOI8-R)': { encoding: 'koi8-r', rows: [['Иван Петров', 'Москва', 'RU'], ['Мария Смирнова', 'Санкт-Петербург', 'RU'], ['Ольга Попова', 'Екатеринбург', 'RU']] },
  'russian (Windows)': { encoding: 'windows-1251', rows: [['Иван Петров', 'Москва', 'RU'], ['Алексей Кузнецов', 'Новосибирск', 'RU'], ['Щукин Эдуард', 'Ярославль', 'RU']] },
  'latin-1': { encoding: 'windows-1252', rows: [['Jürgen Müller', 'Köln', 'DE'], ['Guðrún Þórsdóttir', 'Reykjavík', 'IS'], ['François Ça', 'Orléans', 'FR'], ['Zoë Noël', 'Genève', 'CH']] },
};

function exportText(rows: Array<[string, string, string]>): string {
  return `name,email,city,country,date\n${rows.map(([name, city, country], i) => `${name},p${i}@example.org,${city},${country},2025-11-0${i + 1}`).join('\n')}\n`;
}

describe('an export in a single-byte code page is read in it', () => {
  it.each(Object.entries(SIGNERS))('%s: every name and city comes out as typed', async (language, { encoding, rows }) => {
    const bytes = iconv.encode(exportText(rows), encoding);
    const file = join(dir, `${language.replace(/\W+/g, '-')}.csv`);
    writeFileSync(file, bytes);
    const merged = `${file}.merged.csv`;
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const read = readCsv(merged);
    expect(read.map((row) => [row.name, row.city])).toEqual(rows.map(([name, city]) => [name, city]));
    expect(sniffEncoding(bytes).encoding).toBe(encoding);
  });

  it.each(Object.entries(SIGNERS))('%s: a file of one signer is read in it too', (_language, { encoding, rows }) => {
    const bytes = iconv.encode(exportText(rows.slice(0, 1)), encoding);
    const read = iconv.decode(bytes, sniffEncoding(bytes).encoding);
    expect(read).toBe(exportText(rows.slice(0, 1)));
  });

  it('a sign that is no letter ("№", "N°") does not move a Windows-1251 or Latin-1 file to another page', () => {
    for (const [text, encoding] of [['name,street\nИван Петров,ул. Ленина № 5\n', 'windows-1251'], ['name,street\nZoë Noël,Rue de l’Église N°5 ©\n', 'windows-1252']]) {
      expect(sniffEncoding(iconv.encode(text, encoding)).encoding).toBe(encoding);
    }
  });
});
