// Notes written as a noun or a short adjective beside the name (issue 11 item 6; outside tester O, F3): "Dina Moe (no
// public listing)", "Eli Sand (keine Veröffentlichung)", "Willy Nes (prywatnie)", "Yusuf Ak (gizli)", "Pia Sund (initials
// only)" were printed with the note, and a comment "Private signature" printed the name. Each language's nouns and
// adjectives are notes in brackets, after the name or as a comment of its own; names holding such a word still print.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import type { RawSignature } from '../../src/types.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(fields: { name: string; comment?: string }) {
  const normalizer = createNormalizer({ source: 'typed.csv' });
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields, extra: {} };
  const sig = normalizer.normalize(raw);
  return { sig, verdict: validateSignature(sig, raw) };
}

describe('a noun or adjective note beside the name hides it, and the note is not printed', () => {
  it.each([
    // The tester's five.
    ['Dina Moe (no public listing)', 'Dina Moe'], ['Eli Sand (keine Veröffentlichung)', 'Eli Sand'], ['Willy Nes (prywatnie)', 'Willy Nes'],
    ['Yusuf Ak (gizli)', 'Yusuf Ak'], ['Pia Sund (initials only)', 'Pia Sund'],
    // Their siblings, language by language.
    ['Ann Lee (not for publication)', 'Ann Lee'], ['Ann Lee (unlisted)', 'Ann Lee'], ['Ann Lee - not public', 'Ann Lee'], ['Ann Lee privately', 'Ann Lee'],
    ['Max Ott (nicht öffentlich)', 'Max Ott'], ['Max Ott (privat)', 'Max Ott'], ['Max Ott nur Initialen', 'Max Ott'],
    ['Luc Roy (non public)', 'Luc Roy'], ['Lia Neri (non pubblico)', 'Lia Neri'], ['Eva Díaz (no publicar)', 'Eva Díaz'],
    ['Rui Sá (não público)', 'Rui Sá'], ['Jan Smit (niet openbaar)', 'Jan Smit'], ['Ewa Nowak (prywatny)', 'Ewa Nowak'],
    ['Jana Nová (neveřejně)', 'Jana Nová'], ['Anna Kiss (nem nyilvános)', 'Anna Kiss'], ['Ali Kaya (özel)', 'Ali Kaya'],
    ['Ali Kaya gizli', 'Ali Kaya'], ['Νίκος Πάππας (ιδιωτικά)', 'Νίκος Πάππας'], ['Иван Петров (не для публикации)', 'Иван Петров'],
    ['Олена Коваль (конфіденційно)', 'Олена Коваль'], ['김철수 (비공개 서명)', '김철수'], ['김철수 (이니셜만)', '김철수'],
    ['王小明（非公开）', '王小明'], ['山田太郎（不公開）', '山田太郎'], ['Nguyễn An (không công khai)', 'Nguyễn An'],
    ['Omar Ali (ليس للنشر)', 'Omar Ali'], ['Reza Karimi (محرمانه)', 'Reza Karimi'], ['Dov Levi (לא לפרסום)', 'Dov Levi'],
  ])('%j is anonymous, printed as %j', (name, printed) => {
    const { sig, verdict } = read({ name });
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
    expect(sig.name).toBe(printed);
  });

  it.each(['Ayşe Özel', 'Edmond Privat', 'Mehmet Gizli', 'ayşe özel', 'Private Ryan', 'Anna Secret', 'Sirri Hassan'])(
    '%j is a name: printed as typed, not hidden', (name) => {
      const { sig, verdict } = read({ name });
      expect(verdict).toBeNull();
      expect(sig.anonymous).toBe(false);
      expect(sig.name).toBe(name);
    });
});

describe('a comment of its own made of a note', () => {
  it.each(['Private signature', 'private please', 'sign privately', 'keep private', 'Keep it private', 'Initials only please', 'prywatnie',
    'gizli', 'nicht öffentlich', 'no public listing'])('%j asks for the name to be hidden', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
  });
  it.each(['My country is not listed', 'Private prisons must close', 'Keep private data safe online', 'Özel bir gün', 'Thank you', '개인'])(
    '%j asks nothing', (comment) => {
      expect(commentAsksAnonymity(comment)).toBe(false);
    });
});

describe('the tester\'s file (verifyO iB, iC): every request hidden, every signer counted', () => {
  it('prints no name beside its note, hides the "Private signature" comment, and counts all seven', async () => {
    const file = join(dir, 's.csv');
    writeFileSync(file, ['name,email,city,country,date,comment', 'Dina Moe (no public listing),p3@ok.example,Oslo,NO,2025-11-01,',
      'Eli Sand (keine Veröffentlichung),p5@ok.example,Oslo,NO,2025-11-01,', 'Pia Sund (initials only),p17@ok.example,Oslo,NO,2025-11-01,',
      'Willy Nes (prywatnie),p23@ok.example,Oslo,NO,2025-11-01,', 'Yusuf Ak (gizli),p25@ok.example,Oslo,NO,2025-11-01,',
      'Comm PersonO,c14@ok.example,TownO,NO,2025-11-01,Private signature', 'Ayşe Özel,a1@ok.example,Oslo,NO,2025-11-01,', ''].join('\n'));
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual([
      ['Dina Moe', 'yes'], ['Eli Sand', 'yes'], ['Pia Sund', 'yes'], ['Willy Nes', 'yes'], ['Yusuf Ak', 'yes'], ['Comm PersonO', 'yes'], ['Ayşe Özel', 'no'],
    ]);
    const counted = await runMain(['count', file, '--json']);
    expect(JSON.parse(counted.stdout)).toMatchObject({ rows: 7, rejected: 0, accepted: 7, unique: 7 });
  });
});
