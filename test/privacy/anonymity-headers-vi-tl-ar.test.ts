// Anonymity columns headed in Vietnamese, Tagalog and Arabic. Wordings the reader did not flag ("Ẩn họ tên",
// "Không hiện tên", "Lihim ang pangalan", "Pangalan ay pribado", "اسم مخفي", "سري") printed every name, with no
// warning; now, like "Ẩn danh" or "إخفاء الاسم", they are warned about and every signer of the file is hidden
// until the organizer maps the column. Once mapped, "Có", "Oo", "نعم" read as yes and "Không", "Hindi", "لا" as no.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = [
  ['Nguyễn Văn An', 'an@example.vn', 'VN', 'Có'],
  ['Maria Santos', 'maria@example.ph', 'PH', 'Oo'],
  ['أحمد علي', 'ahmad@example.eg', 'EG', 'نعم'],
  ['Lê Văn Cường', 'cuong@example.vn', 'VN', 'Không'],
  ['Ana Reyes', 'ana@example.ph', 'PH', 'Hindi'],
  ['سارة حسن', 'sara@example.eg', 'EG', 'لا'],
  ['Juan dela Cruz', 'juan@example.ph', 'PH', ''],
];

function exportWith(header: string): string {
  const file = join(dir, 'signers.csv');
  writeFileSync(file, `name,email,country,${header}\n${ROWS.map((row) => row.join(',')).join('\n')}\n`);
  return file;
}

describe('an anonymity column headed in Vietnamese, Tagalog or Arabic', () => {
  it.each(['Ẩn danh', 'Ẩn họ tên', 'Không hiện tên', 'Giữ bí mật tên', 'Huwag ipakita ang pangalan', 'Lihim ang pangalan',
    'Pangalan ay pribado', 'مجهول', 'إخفاء الاسم', 'اسم مخفي', 'سري'])('%j unmapped: warned, and every signer of the file is hidden', async (header) => {
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', exportWith(header), '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`column "${header}" seems to be about anonymity`);
    // A blank answer too: under a consent to show the name it is no consent (verifyJ F9).
    expect(readCsv(merged).map((row) => row.anonymous)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
  });

  it('mapped, its yes and no words are read as such', async () => {
    const merged = join(dir, 'mapped.csv');
    const result = await runMain(['dedupe', exportWith('Ẩn họ tên'), '--map', 'anonymous=Ẩn họ tên', '-o', merged]);
    expect(result.stderr).not.toMatch(/neither a clear yes nor a clear no/);
    expect(readCsv(merged).map((row) => row.anonymous)).toEqual(['yes', 'yes', 'yes', 'no', 'no', 'no', 'no']);
  });
});
