// The number of signatures a platform states above its export's header, checked against the rows read (verifyR1 F-M5):
// a petitions.eu download cut short ("Number of signatures: 6" over 4 rows) was counted short without a word, exit 0.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredCount } from '../../src/formats/declared-count.js';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('declaredCount', () => {
  it.each([
    ['Number of signatures: 6', 6],
    ['Aantal ondertekeningen: 1.234', 1234],
    ['Nombre de signatures : 1 234', 1234],
    ['Anzahl der Unterschriften 12', 12],
    ['Number of signatures:,6', 6],
    ['서명자 수: 12명', 12],
    ['Total signatures: 1,024', 1024],
  ])('reads %j as %i', (line, count) => {
    expect(declaredCount(['Petition: Stop the forced return', 'Id: 4821', line, ''])?.count).toBe(count);
  });

  it.each([
    ['Signatures 2025'],
    ['Id: 4821'],
    ['Petition: 10,000 signatures for the refugees'],
    ['Petition: We need 5000 signatures'],
    ['Signed in Seoul on 2025-11-01'],
  ])('does not read %j as a count', (line) => {
    expect(declaredCount([line])).toBeUndefined();
  });
});

describe('count: a preamble that states another number than the rows read', () => {
  const fixture = readFileSync(exportPath('petitions-eu.csv'), 'utf8');
  const write = (name: string, text: string): string => {
    const file = join(tempDir(), name);
    writeFileSync(file, text);
    return file;
  };

  it('warns naming both numbers when rows are missing (a download cut short), exit 1', async () => {
    const cut = write('peu-truncated.csv', fixture.split('\n').slice(0, -3).join('\n') + '\n');
    const result = await runMain(['count', '--exact', cut]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 3: the preamble states 6 signatures ("Number of signatures: 6"), but 4 rows were read: rows are missing');
  });

  it('warns when the rows are more than it states', async () => {
    const more = write('peu-more.csv', fixture.replace('Number of signatures: 6', 'Number of signatures: 5'));
    const result = await runMain(['count', '--exact', more]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the preamble states 5 signatures ("Number of signatures: 5"), but 6 rows were read: the file holds rows the statement does not count');
  });

  it('says nothing when the rows are as many as it states', async () => {
    const result = await runMain(['count', '--exact', exportPath('petitions-eu.csv')]);
    expect(result.stderr).not.toContain('the preamble states');
    expect(result.code).toBe(0);
  });
});
