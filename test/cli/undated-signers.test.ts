// A signer whose date cell cannot be read ("11월 초", "2025년 11월경", "last week", "Nov?", "45xxx") is a person who
// signed: a delivery or a --from/--to count keeps them, names their rows (file, row, column) and exits 1. In a chain of
// deliveries they are counted in the first delivery that reads their source and, through the ledger, never again.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { followUpCampaign } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const SEOUL = [
  '번호,이름,이메일,주소,서명일',
  '1,김민지,minji.kim@example.kr,서울특별시 종로구,2025. 11. 03.',
  '2,박서준,,부산광역시 해운대구,11월 초',
  '3,이하늘,haneul.lee@example.kr,경기도 수원시,2025년 11월경',
  '4,최유리,,인천광역시 남동구,2025. 11. 05.',
  '5,정도윤,doyun.jung@example.kr,대구광역시 수성구,2025. 11. 06.',
].join('\r\n') + '\r\n';

const ONLINE = [
  'Name,Email,Country,Date',
  'José Álvarez,jose.alvarez@example.es,ES,2026-03-02',
  'Zoë Müller,zoe.mueller@example.de,DE,last week',
  '王芳,wang.fang@example.cn,CN,Nov?',
].join('\r\n') + '\r\n';

/** The follow-up campaign with seoul.csv (country KR) as its source; online.csv is beside it, not yet a source. */
function campaign(): { root: string; file: string } {
  const { root, campaign: file } = followUpCampaign({ 'seoul.csv': SEOUL }, 'recipient', { countries: { 'seoul.csv': 'KR' } });
  writeFileSync(join(root, 'online.csv'), ONLINE);
  return { root, file };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('a signer whose date cannot be read is counted, and named', () => {
  it('count --from/--to keeps them, names file, rows and column, exit 1', async () => {
    const dir = tempDir();
    const file = join(dir, 'seoul.csv');
    writeFileSync(file, SEOUL.replace('2025. 11. 06.', '45xxx'));
    const result = await runMain(['count', file, '--from', '2025-11-01', '--to', '2025-12-10', '--json']);
    expect(result.code).toBe(1);
    const counts = JSON.parse(result.stdout);
    expect(counts.unique).toBe(5);
    expect(counts.rejected).toBe(0);
    expect(result.stderr).toContain(`${file}, row 2, line 3, column "date": 3 signers whose date cannot be read are counted (rows 2, 3, 5)`);
    expect(result.stderr).toContain('a count of another period counts them too');
    // The way to place them names the form, not a date a volunteer could copy onto every undated row.
    expect(result.stderr).toContain('Type each date as year-month-day (YYYY-MM-DD');
    expect(result.stderr).not.toMatch(/Type the date as \d{4}-/);
  });

  it('rows with no date at all are named beside those whose date cannot be read (outside tester, F4)', async () => {
    const dir = tempDir();
    const file = join(dir, 'seoul.csv');
    writeFileSync(file, SEOUL.replace('2025. 11. 06.', '45xxx') + '6,한지민,,서울특별시 마포구,\r\n7,오세훈,,서울특별시 중구,  \r\n');
    const other = join(dir, 'online.csv');
    writeFileSync(other, 'Name,Email,Country,Date\r\nAna Gómez,ana.gomez@example.es,ES,\r\n');
    const result = await runMain(['count', file, other, '--from', '2025-11-01', '--to', '2025-12-10', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).unique).toBe(8);
    expect(result.stderr).toContain(`${file}, row 2, line 3, column "date": 3 signers whose date cannot be read are counted (rows 2, 3, 5), and 2 with no date at all (rows 6, 7)`);
    expect(result.stderr).toContain(`${other}, row 1, line 2, column "date": 1 signer with no date at all is counted (row 1)`);
  });

  it('a delivery counts them in count, packet letter and manifest alike; the follow-up does not count them again', async () => {
    const { root, file } = campaign();
    const counted = await runMain(['count', '--campaign', file, '--delivery', 'first', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(counted.code).toBe(1);
    expect(JSON.parse(counted.stdout).unique).toBe(5);

    const first = join(root, 'first');
    const built = await runMain(['packet', '--campaign', file, '--delivery', 'first', '-o', first, '--mark-delivered', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(built.code).toBe(1);
    expect(JSON.parse(built.stdout).signers).toBe(5);
    expect(built.stderr).toContain('seoul.csv, row 2, line 3, column "date": 2 signers whose date cannot be read are counted (rows 2, 3)');
    expect(built.stderr).toContain('the ledger keeps a later delivery from counting them again');
    expect(JSON.parse(readFileSync(join(first, 'manifest.json'), 'utf8')).counts.unique).toBe(5);
    const letter = flat((await readPdfText(readFileSync(join(first, 'letter.pdf')))).text);
    expect(letter).toMatch(/\b5 people\b/);
    const press = await runMain(['press', '--campaign', file, '--delivery', 'first', '-o', join(root, 'press'), '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(press.code).toBeLessThan(2);
    expect(JSON.parse(readFileSync(join(root, 'press', 'manifest.json'), 'utf8')).figures.signers).toBe(5);

    // The follow-up reads a new export: its own undated signers are counted there, the first delivery's are not again.
    writeFileSync(file, readFileSync(file, 'utf8').replace('    country: KR\n', '    country: KR\n  - path: online.csv\n'));
    const second = join(root, 'second');
    const follow = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', second, '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    expect(follow.code).toBe(1);
    expect(JSON.parse(follow.stdout).signers).toBe(3);
    expect(follow.stderr).toContain('online.csv, row 2, line 3, column "date": 2 signers whose date cannot be read are counted (rows 2, 3)');
    // The first delivery's undated signers were counted there: the follow-up does not warn of them again (F3). (The
    // export's own line about its unreadable date cells stays: it is about the file, one line, not about a count.)
    expect(follow.stderr).not.toMatch(/seoul\.csv[^\n]*whose date cannot be read/);
    expect(follow.stderr.match(/whose date cannot be read/g)).toHaveLength(1);
    const countedAgain = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    expect(countedAgain.stderr).not.toMatch(/seoul\.csv[^\n]*whose date cannot be read/);
    expect(countedAgain.stderr).toContain('online.csv, row 2, line 3');
    expect(JSON.parse(readFileSync(join(second, 'manifest.json'), 'utf8')).counts.unique).toBe(8);
    const letter2 = flat((await readPdfText(readFileSync(join(second, 'letter.pdf')))).text);
    expect(letter2).toContain('bringing the total to 8');

    // Counting the first delivery again, after its undated signers were joined by others no date can close out: the
    // number it handed over is said beside the exports' number as they are now (an outside tester's F2).
    const recount = await runMain(['count', '--campaign', file, '--delivery', 'first', '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    expect(recount.code).toBe(1);
    expect(JSON.parse(recount.stdout).unique).toBe(7);
    expect(recount.stderr).toContain('delivery "first" was marked delivered on 2025-12-09, its documents stating 5 signers; the exports as they are now give 7');
  });
});
