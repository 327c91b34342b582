// A rejected name quoted in a message or rejects.csv (issue 11, split16 F10): street addresses, messenger IDs, web
// addresses and spelled-out e-mails are masked as e-mails and phone numbers already were, the rest of the name kept.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskContactInName } from '../../src/output/mask.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('contact data in a rejected name, as messages quote it', () => {
  it.each([
    ['Telegram @x', 'T…'],
    ['12 rue de Rivoli', '1…'],
    ['ул. Ленина д. 5 кв. 12', 'у…'],
    ['Ada t.me/adalove', 'Ada t…'],
    ['Sam sam AT gmail DOT com', 'Sam s…@gmail.com'],
    ['jane [dot] roe [at] gmail [dot] com', 'j…@gmail.com'],
    ['Lee (Kakao ID: lee1234)', 'Lee (K…'],
    ['010-1234-5678 t.me/adalove', '0…'],
    // As before: e-mails and phone numbers keep their masks, and a name without contact data is quoted as written.
    ['Jane Roe jane@gmail.com', 'Jane Roe j…@gmail.com'],
    ['Minjun 010-1234-5678', 'Minjun …78'],
    ['=SUM(A1:A9)', '=SUM(A1:A9)'],
  ])('%s is quoted as %j', (name, quoted) => {
    expect(maskContactInName(name)).toBe(quoted);
  });

  it('shows none of it on stderr nor in rejects.csv, which name the row', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      writeFileSync(file, 'name,email,country\nTelegram @x,q1@x.example,KR\n12 rue de Rivoli,q2@x.example,FR\n'
        + 'ул. Ленина д. 5 кв. 12,q3@x.example,RU\nt.me/adalove,q4@x.example,GB\nKakao ID: lee1234,q5@x.example,KR\n');
      const rejects = join(dir, 'rejects.csv');
      const result = await runMain(['dedupe', file, '-o', join(dir, 'merged.csv'), '--rejects', rejects]);
      const rejected = readFileSync(rejects, 'utf8');
      for (const text of [result.stderr, rejected]) {
        for (const contact of ['@x', 'Rivoli', 'Ленина', 'adalove', 'lee1234']) expect(text).not.toContain(contact);
      }
      expect(result.stderr).toMatch(/row 2 \(line 3, column "name"\): .*"1…"/);
      expect(rejected).toMatch(/,1,2,name_is_contact,name,"the name cell ""T…""/);
      expect(rejected.split('\n').filter(Boolean)).toHaveLength(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
