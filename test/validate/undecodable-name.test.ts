// A name whose letters were all lost to bytes not valid in the file's encoding (a CP949 row in a UTF-8 file) is
// rejected as such, naming its line and how to get the signer back, not as "a name without letters" (verifyO F7).
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import iconv from 'iconv-lite';
import { tempDir, writerIn } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = writerIn(dir);

describe('a row in another encoding', () => {
  it('a CP949 name among UTF-8 rows is rejected as undecodable, naming the line, exit 1', async () => {
    const file = write('j.csv', Buffer.concat([
      Buffer.from('name,email,city,country\nJürgen Müller,j@ok.example,Berlin,DE\nRenée Côté,r@ok.example,Montréal,CA\n'),
      iconv.encode('이서연,l@ok.example,부산,KR\n', 'cp949'),
    ]));
    const result = await runMain(['count', '--json', file]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 3, rejected: 1, unique: 2, rejectReasons: { undecodable: 1 } });
    expect(result.stderr).toContain('row 3 (line 4, column "name")');
    expect(result.stderr).toContain("is bytes that are not valid in the file's encoding");
    expect(result.stderr).not.toContain('has no letters');
  });

  it('a name with one stray byte still counts (its letters are there), and the line is named', async () => {
    const file = write('stray.csv', Buffer.concat([Buffer.from('name,email\nJürgen Müller,j@ok.example\nZoë Éclair,z@ok.example\nBob'), Buffer.from([0xff]), Buffer.from(' Smith,b@ok.example\n')]));
    const result = await runMain(['count', '--json', file]);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 3, rejected: 0, unique: 3 });
    expect(result.stderr).toContain('line 4');
  });

  it('a name typed without letters is still said so', async () => {
    const file = write('dash.csv', Buffer.from('name,email\n-,d@ok.example\nAnna Berg,a@ok.example\n'));
    const result = await runMain(['count', '--json', file]);
    expect(JSON.parse(result.stdout)).toMatchObject({ rejectReasons: { name_without_letters: 1 } });
  });
});
