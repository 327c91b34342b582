// A column whose header speaks of anonymity, privacy or a public list but that the reader cannot classify is a
// problem (exit 1) naming the column: a public list is never printed silently over a signer's unread request.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../src/formats/detect-format.js';
import { unreadAnonymityColumns } from '../../src/formats/unread-anonymity.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('columns that may hold an anonymity request the reader cannot read', () => {
  it.each([
    ['Private list status'], ['Public list?'], ['Anonymity preference (see form)'], ['Display name on website'],
    ['Скрывать подпись?'], ['익명성 선택'], ['Verbergen?'], ['匿名性'],
  ])('%j is reported', (header) => {
    expect(unreadAnonymityColumns(detectFormat(['Name', 'Email', header]).columns)).toEqual([header]);
  });

  it.each([['Anonymous'], ['Can we display your name?'], ['Opt out of public list'], ['Privacy policy accepted'], ['Newsletter'], ['Organisation']])(
    '%j is not', (header) => {
      expect(unreadAnonymityColumns(detectFormat(['Name', 'Email', header]).columns)).toEqual([]);
    });

  it('dedupe exits 1 and names the column', async () => {
    const path = join(dir, 'unread.csv');
    writeFileSync(path, 'Name,Email,Country,Private list status\nAhn Seojun,ahn@example.org,KR,1\n');
    const result = await runMain(['dedupe', path, '-o', join(dir, 'unread.merged.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Private list status');
  });
});
