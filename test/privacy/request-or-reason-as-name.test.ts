// verifyS2 F3 through dedupe and packet. Before: a name cell that was a request in words of its own ("이름 공개 곤란",
// "Can't give my name") let the same email's named row print, and one that gave a reason instead of a name ("탈북민",
// "Family in North Korea", "신변 위협") was a second person of a household: counted, and "탈북민" and the real name printed
// in the signature list. The same words in a comment hid nothing. Now each hides its signer, counted once, with a
// warning naming the rows; a signer who says the name may be shown is still shown.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const IN_THE_NAME = ['이름 밝히기 어려움', '이름 공개 곤란', '신원 노출 곤란', '이름은 못 밝힘', "Can't give my name", 'Cannot disclose', '신변 위협', '탈북민',
  'Family in North Korea', '북한 가족 있음'];
const IN_THE_COMMENT = ['이름 공개 어려움', '가족이 북에 있음', '名前は出せません', 'Rather not say', 'Do not list', 'Ne pas diffuser', 'Nicht veröffentlichen', '請勿公開',
  'Family in North Korea', '탈북민'];
const SHOWN = ['I signed publicly', 'publish it', '제 이름을 공개해도 됩니다', 'Free North Korea'];

/** The rows: each name-cell phrase beside a real name on one email, each comment on a signer of its own, and controls. */
function exportCsv(): string {
  const rows = ['name,email,city,country,date,comment'];
  IN_THE_NAME.forEach((phrase, i) => rows.push(`"${phrase}",n${i}@ex.example,Seoul,KR,2025-11-05,`, `Real${String.fromCharCode(97 + i)} Person,n${i}@ex.example,Seoul,KR,2025-11-02,`));
  IN_THE_COMMENT.forEach((comment, i) => rows.push(`Comm${String.fromCharCode(97 + i)} Person,c${i}@ex.example,Seoul,KR,2025-11-02,"${comment}"`));
  SHOWN.forEach((comment, i) => rows.push(`Open${String.fromCharCode(97 + i)} Person,o${i}@ex.example,Seoul,KR,2025-11-02,"${comment}"`));
  return rows.join('\n') + '\n';
}

describe('a request or a reason written instead of a name, or as the comment', () => {
  const input = join(dir, 'req.csv');
  writeFileSync(input, exportCsv());

  it('hides the signer and the named row on its email, one signer each, never a household', async () => {
    const merged = join(dir, 'merged.csv');
    const clusters = join(dir, 'clusters.csv');
    const result = await runMain(['dedupe', input, '-o', merged, '--clusters', clusters]);
    const signers = IN_THE_NAME.length + IN_THE_COMMENT.length + SHOWN.length;
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${signers}\\b`));
    const rows = readCsv(merged);
    expect(rows.filter((row) => row.anonymous === 'no').map((row) => row.name)).toEqual(SHOWN.map((_, i) => `Open${String.fromCharCode(97 + i)} Person`));
    expect(readCsv(clusters).map((row) => row.reason)).not.toContain('household');
    expect(result.stderr).toMatch(/4 name cells give a reason not to be named instead of a name .*rows 13, 15, 17, 19/u);
    expect(result.stderr).toMatch(/10 comments ask for the signer's name to be hidden/u);
  });

  it('prints none of those names, nor the reason, in the signature list', async () => {
    const campaign = tinyCampaign(exportCsv());
    const out = tempDir();
    const { code } = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out]);
    expect(code).toBe(1);
    const list = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text.replace(/\s+/gu, ' ');
    expect(list).toContain('24 signers');
    expect(list).toContain('Opena Person');
    for (const hidden of ['Reala Person', 'Realh Person', 'Reali Person', 'Comma Person', 'Commj Person', '탈북민', 'Family in North Korea']) expect(list).not.toContain(hidden);
  });
});
