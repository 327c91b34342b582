// A one-word name that asked for anonymity hid every one-word name in another script in its city (issue 11, left27;
// outside tester): "Kim", anonymous, in Seoul made 김민수, 박지영 and 이서준 (other people, other emails) "Anonymous" in
// the packet's list. The carry-over by script and place compares no reading, so it needs a name that stands for one
// person: two parts or more, or a whole name written as one run of Hangul, Han or kana. A one-word name ("Kim",
// "Иван") is a family or given name alone: beside it only the usual rules (email, phone, the name's readings) hide a row.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdfText } from '../helpers/pdf-text.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const HEADER = 'name,email,city,country,anonymous,date';

/** Builds the `list` delivery (public) of a one-source campaign; returns the list's text, the merged rows and stderr. */
async function packetOf(rows: string[]) {
  const campaign = tinyCampaign(`${HEADER}\n${rows.join('\n')}\n`);
  const folder = join(campaign, '..', 'packet');
  const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', folder]);
  const list = (await readPdfText(readFileSync(join(folder, 'signatures.pdf')))).text;
  const merged = join(campaign, '..', 'merged.csv');
  await runMain(['dedupe', join(campaign, '..', 'signers.csv'), '-o', merged, '--no-bom']);
  return { list, stderr: result.stderr, shown: Object.fromEntries(readCsv(merged).map((row) => [row.name, row.anonymous])) };
}

describe('a one-word name that asked for anonymity', () => {
  it('"Kim" in Seoul hides no other signer there: 김민수, 박지영 and 이서준 are printed by name', async () => {
    const { list, stderr, shown } = await packetOf([
      'Kim,kim@example.kr,Seoul,KR,yes,2026-11-01',
      '김민수,minsu@example.kr,Seoul,KR,no,2026-11-01',
      '박지영,jiyoung@example.kr,Seoul,KR,no,2026-11-02',
      '이서준,seojun@example.kr,Seoul,KR,no,2026-11-03',
    ]);
    for (const name of ['김민수', '박지영', '이서준']) expect(list).toContain(name);
    expect(list).not.toContain('Kim');
    expect(list.match(/Anonymous/gu) ?? []).toHaveLength(1);
    expect(shown).toEqual({ Kim: 'yes', 김민수: 'no', 박지영: 'no', 이서준: 'no' });
    expect(stderr).not.toContain('may be the same person');
  });

  it('hides no one-word name in another script in its city, in any script, nor is hidden by one', async () => {
    const { shown } = await packetOf([
      'Иван,ivan@example.ru,Berlin,DE,yes,2026-11-01', 'Ali,ali@example.de,Berlin,DE,no,2026-11-01', 'محمد,m@example.de,Berlin,DE,no,2026-11-01',
      '김민수,minsu2@example.kr,Busan,KR,yes,2026-11-01', 'Park,park@example.kr,Busan,KR,no,2026-11-01',
      'Tanaka,tanaka@example.jp,Osaka,JP,yes,2026-11-01', '山田太郎,yamada@example.jp,Osaka,JP,no,2026-11-01',
    ]);
    expect(shown).toMatchObject({ Ali: 'no', محمد: 'no', Park: 'no', 山田太郎: 'no' });
  });

  it('still hides the same person by the usual rules: the same email, the same name in Hangul in the same city', async () => {
    const { list, shown } = await packetOf([
      'Kim,kim@example.kr,Seoul,KR,yes,2026-11-01', '김,kim2@example.kr,Seoul,KR,no,2026-11-02', '김민수,kim@example.kr,Seoul,KR,no,2026-11-03',
    ]);
    expect(Object.values(shown)).toEqual(['yes', 'yes']);
    expect(list).not.toMatch(/김|Kim/u);
  });

  it('a whole name still hides its spelling in another script at its place, with a warning', async () => {
    const { shown, stderr } = await packetOf(['Mohammed Ali,ma@example.de,Berlin,DE,yes,2026-11-01', 'محمد علي,ma2@example.de,Berlin,DE,no,2026-11-01']);
    expect(shown).toEqual({ 'Mohammed Ali': 'yes', 'محمد علي': 'yes' });
    expect(stderr).toContain('may be the same person and is shown as anonymous too');
  });
});
