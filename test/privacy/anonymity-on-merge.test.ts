// A signer who asked for anonymity in any of their records stays anonymous when the records merge: the most private
// choice wins, whichever row is kept, whether the rows merged by an exact rule or by fuzzy matching, and whatever
// opt-out column the export used ("anonymous", "hide my name", "Visible: no").
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each case: an earlier export without the flag (its row is the one kept) and a later one asking for anonymity. */
const CASES = [
  {
    why: 'same email, "anonymous: yes" in the later export',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'name,email,country,date,anonymous\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,yes\n',
  },
  {
    why: 'same email, a "Hide my name" column',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'Full Name,Email,Country,Date,Hide my name\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,TRUE\n',
  },
  {
    why: 'same email, a "Visible" column answered no',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'name,email,country,date,Visible\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,no\n',
  },
  {
    why: 'same email, the later export has two opt-out columns: "Anonymous: no" and "Hide my name: yes"',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'name,email,country,date,Anonymous,Hide my name\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,no,yes\n',
  },
  {
    why: 'same email, the later export says "Anonymous: no" but "Can we display your name?: no"',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'name,email,country,date,Anonymous,Can we display your name?\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,no,no\n',
  },
  {
    why: 'same email, a Chinese "匿名" column',
    earlier: 'name,email,country,date\nKim Minjun,kim.minjun@example.kr,KR,2013-01-01\nPark Jiwoo,park@example.kr,KR,2013-01-03\n',
    later: 'name,email,country,date,匿名\nKim Minjun,kim.minjun@example.kr,KR,2013-02-01,是\n',
  },
  {
    why: 'no email in common: merged by name and postcode, the earlier row has a "public: yes"',
    earlier: 'name,postcode,city,country,date,public\nKim Minjun,03171,Seoul,KR,2013-01-01,yes\nPark Jiwoo,04524,Seoul,KR,2013-01-03,yes\n',
    later: 'name,postcode,city,country,date,anonymous\nKim Minjun,03171,Seoul,KR,2013-02-01,1\n',
  },
  {
    why: 'a fuzzy merge (a nickname, same email domain and city): the later row is anonymous',
    earlier: 'first name,last name,email,city,postcode,country,date\nKatherine,Whitfield,kathy.whitfield@example.org,Leeds,LS1 4AP,GB,2013-01-01\nPark,Jiwoo,park@example.kr,Seoul,04524,KR,2013-01-03\n',
    later: 'first name,last name,email,city,postcode,country,date,anonymous\nKate,Whitfield,k.whitfield@example.org,Leeds,LS1 4AP,GB,2013-02-01,yes\n',
    fuzzy: true,
  },
];

describe('anonymity survives a merge', () => {
  it.each(CASES.map((c, i) => [c.why, i] as const))('merged.csv says anonymous for the signer: %s', async (_why, i) => {
    const c = CASES[i];
    const a = join(dir, `earlier-${i}.csv`);
    const b = join(dir, `later-${i}.csv`);
    writeFileSync(a, c.earlier);
    writeFileSync(b, c.later);
    const merged = join(dir, `merged-${i}.csv`);
    const clusters = join(dir, `clusters-${i}.csv`);
    const result = await runMain(['dedupe', a, b, '-o', merged, '--clusters', clusters]);
    expect([0, 1]).toContain(result.code);
    const rows = readCsv(merged);
    // One signer for the two records of Kim Minjun / Whitfield, kept from the earlier file.
    expect(rows).toHaveLength(2);
    const kept = rows.find((r) => r.source === a && r.source_row === '1');
    expect(kept).toBeDefined();
    expect(kept?.duplicates).toBe('1');
    expect(kept?.anonymous).toBe('yes');
    expect(rows.find((r) => r.source_row === '2')?.anonymous).toBe('no');
  });

  it('the packet prints the signer as Anonymous, in the list and in packet.pdf, and counts them', async () => {
    const c = CASES[0];
    const exports = join(dir, 'exports');
    const campaignDir = join(dir, 'campaign');
    for (const d of [exports, campaignDir]) rmSync(d, { recursive: true, force: true });
    await import('node:fs').then((fs) => { fs.mkdirSync(exports); fs.mkdirSync(campaignDir); });
    writeFileSync(join(exports, 'a.csv'), c.earlier);
    writeFileSync(join(exports, 'b.csv'), c.later);
    writeFileSync(join(campaignDir, 'campaign.yaml'), minimalCampaign((lines) => {
      lines.splice(10, 2, '  - path: ../exports/a.csv', '  - path: ../exports/b.csv');
      lines[lines.length - 1] = '    privacy: public';
    }));
    const out = join(dir, 'packet');
    const result = await runMain(['packet', '--campaign', join(campaignDir, 'campaign.yaml'), '-o', out]);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect([0, 1]).toContain(result.code);
    for (const file of ['signatures.pdf', 'packet.pdf']) {
      const text = (await readPdfText(readFileSync(join(out, file)))).text;
      expect({ file, named: text.includes('Kim Minjun') }).toEqual({ file, named: false });
      expect(text).toContain('Park Jiwoo');
      expect(text).toMatch(/Anonymous \(South Korea\)/);
    }
  });
});
