// Headers typed with a CJK input method left in full-width mode, or with one letter from the wrong keyboard layout,
// are the headers they look like (adv11c A7): an anonymity column read as unknown printed its signers by name, and
// an email column read as unknown counted the same people twice.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('headers in full-width letters and with look-alike letters', () => {
  it.each([
    ['Ａｎｏｎｙｍｏｕｓ', 'anonymous'], ['Ｅｍａｉｌ', 'email'], ['Ｎａｍｅ', 'name'], ['ＣＯＵＮＴＲＹ', 'country'],
    ['\u0410nonymous', 'anonymous'], ['\u0415mail', 'email'], ['N\u0430me', 'name'], ['Ｈｉｄｅ ｍｙ ｎａｍｅ', 'anonymous'],
  ])('%j is the %s column', (header, field) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field });
  });

  it('a Russian header keeps its own letters', () => {
    expect(classifyHeader('Скрыть имя')).toMatchObject({ kind: 'field', field: 'anonymous' });
  });

  it('a full-width anonymity column hides its signer, and a full-width email column merges the same people', async () => {
    const a = join(dir, 'fw.csv');
    const b = join(dir, 'plain.csv');
    writeFileSync(a, 'name,Ｅｍａｉｌ,country,Ａｎｏｎｙｍｏｕｓ\nSecret Fullw,sf@example.org,KR,yes\nOpen Olga,olga@example.org,KR,no\n');
    writeFileSync(b, 'name,email,country\nSecret Fullw,sf@example.org,KR\nOpen Olga,olga@example.org,KR\n');
    const merged = join(dir, 'm.csv');
    await runMain(['dedupe', a, b, '-o', merged]);
    const rows = readCsv(merged);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.name === 'Secret Fullw')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === 'Open Olga')?.anonymous).toBe('no');
  });
});
