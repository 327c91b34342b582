// One phone number, in national or international form, with compatible names is one signer; a household's shared
// landline with two clearly different given names is two (issue #10/#11, outside tester C, F5).
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalPhone } from '../../src/normalize/canonical-phone.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

// Each row: name, phone, city, country; row i of the first export and row i of the second.
const FIRST: string[][] = [
  ['MJ Kim', '+82 10-1234-5678', 'Busan', 'KR'],
  ['M. Lee', '+44 20 7946 0018', 'London', 'GB'],
  ['J. Wagner', '+49 30 1234567', 'Berlin', 'DE'],
  ['T. Yamada', '090-1234-5678', 'Tokyo', 'JP'],
  ['Bob Smith', '(312) 555-0100', 'Chicago', 'US'],
  ['Sora Park', '010-9999-0000', 'Daegu', 'KR'],
];
const SECOND: string[][] = [
  ['Min Jun Kim', '010-1234-5678', 'Busan', 'KR'],
  ['Mary Lee', '020 7946 0018', 'London', 'GB'],
  ['Julia Wagner', '030 1234567', 'Berlin', 'DE'],
  ['Taro Yamada', '+81 90-1234-5678', 'Tokyo', 'JP'],
  ['Robert Smith', '+1 312 555 0100', 'Chicago', 'US'],
  ['Jiwoo Park', '+82 10 9999 0000', 'Daegu', 'KR'],
];

async function dedupe(): Promise<{ written: string; clusters: Array<Record<string, string>> }> {
  const dir = tempDir();
  const csv = (rows: string[][], date: string) => 'Name,Phone,City,Country,Date\n' + rows.map((row) => `${row.join(',')},${date}\n`).join('');
  writeFileSync(join(dir, 'a.csv'), csv(FIRST, '2025-11-01'));
  writeFileSync(join(dir, 'b.csv'), csv(SECOND, '2025-11-02'));
  const clusters = join(dir, 'clusters.csv');
  const result = await runMain(['dedupe', join(dir, 'a.csv'), join(dir, 'b.csv'), '-o', join(dir, 'merged.csv'), '--clusters', clusters]);
  return { written: result.stdout + result.stderr, clusters: readCsv(clusters) };
}

describe('one phone number on two rows', () => {
  it('makes one signer of initials and a full given name on the same number, national or international (KR, GB, DE, JP, US)', async () => {
    const { written, clusters } = await dedupe();
    expect(written).toMatch(/Wrote 7 unique signers/);
    const first = clusters.filter((row) => row.file.endsWith('a.csv'));
    const second = clusters.filter((row) => row.file.endsWith('b.csv'));
    for (let i = 0; i < 5; i++) {
      expect(second[i]).toMatchObject({ status: 'duplicate', cluster: first[i].cluster });
      expect(second[i].reasons).toMatch(/phone=exact/);
    }
  });

  it('keeps two clearly different given names on one family landline as two people', async () => {
    const { clusters } = await dedupe();
    const park = clusters.filter((row) => row.file.endsWith('b.csv'))[5];
    expect(park.status).toBe('kept');
  });
});

describe('canonicalPhone', () => {
  it('gives national and international forms of one number one form, and reads no number from text', () => {
    expect(canonicalPhone('010-1234-5678', 'KR')).toBe(canonicalPhone('+82 10-1234-5678', 'KR'));
    expect(canonicalPhone('+44 (0)20 7946 0018', 'GB')).toBe(canonicalPhone('020 7946 0018', 'GB'));
    expect(canonicalPhone('0049 30 1234567', 'FR')).toBe(canonicalPhone('030 1234567', 'DE'));
    expect(canonicalPhone('1-312-555-0100', 'US')).toBe('13125550100');
    expect(canonicalPhone('call me', 'US')).toBe('');
    expect(canonicalPhone('555', 'US')).toBe('');
  });
});
