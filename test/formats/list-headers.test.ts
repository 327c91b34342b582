// A column headed "Listed" (Yes/No) and its siblings ask whether the signer is listed by name: its "No" hides the
// name. Before, "Listed" was ignored without a warning and its "No" signers were printed by name (outside tester C,
// F8). A header about the list that can't be read is reported and read fail-closed, as before.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { speaksOfAnonymity } from '../../src/formats/unread-anonymity.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const SHOW_NAME_HEADERS = ['Listed', 'Listed?', 'List', 'List name', 'Publish name', 'Display name?', '공개 여부', '명단 공개', '명단 표시', 'Publicar nombre',
  'Show on list', 'On public list', 'Listed publicly', 'Listing', 'Listado', 'Auf der Liste', 'Sur la liste'];

describe('a show-name column headed by the list', () => {
  it.each(SHOW_NAME_HEADERS)('%j: its "No" signers are anonymous in merged.csv, its "Yes" signers shown', async (header) => {
    const dir = tempDir();
    const file = join(dir, 'export.csv');
    writeFileSync(file, `Name,Email,Country,${header}\nAnn Shown,ann@example.org,KR,Yes\nBo Hidden,bo@example.org,KR,No\n`);
    const merged = join(dir, 'merged.csv');
    const run = await runMain(['dedupe', file, '-o', merged, '--no-bom']);
    expect(run.stderr).toBe('');
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Ann Shown', 'no'], ['Bo Hidden', 'yes']]);
  });

  it('"Display name" without a question mark may be the name to show: unclear, read fail-closed', () => {
    expect(classifyHeader('Display name')).toMatchObject({ kind: 'ignored' });
    expect(speaksOfAnonymity('Display name')).toBe(true);
  });

  it.each(['Join mailing list', 'Mailing list', 'Remove me from public list', 'Do not list me', 'Not listed'])('%j is never read as consent to list the name', (header) => {
    expect(classifyHeader(header)).not.toMatchObject({ kind: 'field', inverted: true });
  });

  it.each(['Not listed', 'Unlisted', 'Keep off the list', 'Liste', 'Listed where?'])('%j, unread, is reported as a column about the list', (header) => {
    expect(speaksOfAnonymity(header)).toBe(true);
  });
});
