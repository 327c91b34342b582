// A column whose header speaks of anonymity, privacy or a public list but that the reader cannot classify is a
// problem (exit 1) naming the column: a public list is never printed silently over a signer's unread request.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../src/formats/detect-format.js';
import { unreadAnonymityColumns } from '../../src/formats/unread-anonymity.js';
import { createRecordMapper } from '../../src/formats/map-record.js';
import { readAnonymous } from '../../src/normalize/parse-flag.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readCsv } from '../helpers/read-csv.js';

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

  /** Whether the signer of a row with `answer` under `header` is hidden; null when the column is reported unread. */
  function hides(header: string, answer: string, map?: Record<string, string>): boolean | null {
    const mapping = detectFormat(['Name', 'Email', header], { map });
    if (unreadAnonymityColumns(mapping.columns).length > 0) return null;
    const raw = createRecordMapper(mapping, 'x.csv')(['Secret', 's@x.example', answer], 1, 2);
    return readAnonymous(raw.fields.anonymous, raw.moreAnonymity).anonymous;
  }

  it.each([
    // Opt-out headers the first pass missed, in the languages signers use: read, or reported, never a silent show.
    ['Не публиковать', 'да'], ['Не показывать', 'да'], ['Скрыть', 'да'], ['Показывать имя', 'нет'], ['Публиковать имя', 'нет'],
    ['Privacy', 'private'], ['anon', '1'], ['Anon.', 'yes'], ['Confidential', 'yes'], ['Keep confidential', 'yes'],
    ['Vertraulich', 'ja'], ['Confidencial', 'sí'], ['Confidentiel', 'oui'], ['Конфиденциально', 'да'], ['기밀', '예'], ['秘密', '是'],
  ])('a signer who answered under %j (%j) is not shown by name', (header, answer) => {
    expect(hides(header, answer)).not.toBe(false);
  });

  it.each([['Показывать имя', 'да'], ['Публиковать имя', 'да']])('a yes under the show-name header %j shows the name', (header, answer) => {
    expect(hides(header, answer)).toBe(false);
  });

  it('--map anonymous=!COLUMN reads a consent-to-publish column the other way round: its no hides the name, a blank too', () => {
    const header = 'Ich bin einverstanden, dass mein Name veröffentlicht wird';
    const map = { anonymous: `!${header}` };
    expect(hides(header, 'nein', map)).toBe(true);
    expect(hides(header, '', map)).toBe(true);
    expect(hides(header, 'ja', map)).toBe(false);
  });

  // Fail closed (adv11c A8): a warning after a public list is printed protects no one. A blank answer may be no consent
  // to publish (verifyJ F9): every signer of the file is hidden until the column is mapped.
  it('every signer of a file with a column that could not be read is shown as anonymous until the column is mapped', async () => {
    const path = join(dir, 'privacy.csv');
    writeFileSync(path, 'Name,Email,Country,Privacy\nSecret Seven,s7@example.org,US,private\nOpen Olga,olga@example.org,US,\n');
    const merged = join(dir, 'privacy.merged.csv');
    const result = await runMain(['dedupe', path, '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/every signer of the file is shown as anonymous/);
    expect(readCsv(merged).map((r) => [r.name, r.anonymous])).toEqual([['Secret Seven', 'yes'], ['Open Olga', 'yes']]);
    const mapped = join(dir, 'privacy.mapped.csv');
    await runMain(['dedupe', path, '-o', mapped, '--map', 'anonymous=!Privacy']);
    expect(readCsv(mapped).map((r) => [r.name, r.anonymous])).toEqual([['Secret Seven', 'yes'], ['Open Olga', 'yes']]);
  });

  it('dedupe exits 1 and names the column', async () => {
    const path = join(dir, 'unread.csv');
    writeFileSync(path, 'Name,Email,Country,Private list status\nAhn Seojun,ahn@example.org,KR,1\n');
    const result = await runMain(['dedupe', path, '-o', join(dir, 'unread.merged.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Private list status');
  });
});
