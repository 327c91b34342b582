// verifyS2 F1: notes after a name were printed in the signature list addressed to the official, beside the full name,
// with no warning: "김철수 (탈북민)", "Sora Lee (North Korean defector)", "Kang Il, defector", "Han Mi (family still in
// Hyesan)". The list and merged.csv now hold no note; a note saying why the signer is at risk hides the name, and both
// kinds of note are warned about once with their rows. F10: "Anonymous jane2@x.com" is an anonymous signer, not a reject.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const RISK = ['김철수 (탈북민)', '이영희 (북한이탈주민)', '박민수 (가족 북한 거주)', 'Sora Lee (North Korean defector)', 'Jin Choi (refugee from DPRK)',
  '최은희 [새터민]', 'Han Mi (family still in Hyesan)', '"Kang Il, defector"', '정미란 - 탈북 2015년', 'Oh Jun (escaped 2019)'];
const NOTED = ['Jane Doe (volunteer)', 'Ana Ruiz (she/her)'];
const NAMES = ['Kim (Minsu)', 'María (Maru) López', '"Smith, John"'];

function signers(): string {
  const cells = [...RISK, ...NOTED, ...NAMES, 'Anonymous jane2@x.com', '익명 카톡 abc123'];
  return `name,email,city,country\n${cells.map((cell, i) => `${cell},r${i}@example.org,Seoul,KR`).join('\n')}\n`;
}

describe('notes beside a name in the delivered documents', () => {
  it('prints no note and no name of a signer at risk, and warns once per kind with the rows', async () => {
    const campaign = tinyCampaign(signers());
    const dir = tempDir();
    const { code, stderr } = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', dir]);
    expect(code).toBe(1);
    const list = (await readPdfText(readFileSync(join(dir, 'signatures.pdf')))).text.replace(/\s+/gu, ' ');
    expect(list).toContain('17 signers');
    for (const word of ['탈북', '북한', '새터민', 'defector', 'refugee', 'DPRK', 'Hyesan', 'escaped', 'volunteer', 'she/her', '김철수', 'Sora Lee', 'Kang Il', 'Han Mi', 'Oh Jun', '정미란']) {
      expect(list).not.toContain(word);
    }
    for (const name of ['Jane Doe', 'Ana Ruiz', 'Kim (Minsu)', 'María (Maru) López', 'Smith, John']) expect(list).toContain(name);
    expect(list).not.toContain('@');
    expect(stderr).toMatch(/10 names carry a note saying why the signer is at risk .*rows 1, 2, 3, 4, 5, …/u);
    expect(stderr).toMatch(/2 names carry a note in brackets or after a comma or dash .*rows 11, 12\)/u);
  });

  it('leaves the notes out of merged.csv too', async () => {
    const dir = tempDir();
    const file = join(tinyCampaign(signers()), '..', 'signers.csv');
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', file, '-o', merged, '--no-bom']);
    const rows = readCsv(merged);
    expect(rows).toHaveLength(17);
    expect(rows.filter((row) => row.anonymous === 'yes')).toHaveLength(12);
    expect(rows.map((row) => row.name).join('|')).not.toMatch(/탈북|북한|새터민|defector|refugee|Hyesan|escaped|volunteer|she\/her|@|\d/u);
  });
});
