// Notes still printed beside the name (issue 11; outside tester P, F4): "Ada Rud (incognito)", "Ada Ness (nimetön)",
// "Ada Lie (initials)", "Ada Aas (first name only)", "Ada Eide (no publish)", and the comments "incognito please" and
// "first name only please". Each hides the name (there is no first-name mode), and the signer is still counted.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import type { RawSignature } from '../../src/types.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(fields: { name: string; comment?: string }) {
  const normalizer = createNormalizer({ source: 'typed.csv' });
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields, extra: {} };
  const sig = normalizer.normalize(raw);
  return { sig, verdict: validateSignature(sig, raw) };
}

describe('incognito, first name only, initials, no publish and the Nordic words hide the name', () => {
  it.each([
    // The tester's five.
    ['Ada Rud (incognito)', 'Ada Rud'], ['Ada Ness (nimetön)', 'Ada Ness'], ['Ada Lie (initials)', 'Ada Lie'],
    ['Ada Aas (first name only)', 'Ada Aas'], ['Ada Eide (no publish)', 'Ada Eide'],
    // Their siblings.
    ['Ada Rud (inkognito)', 'Ada Rud'], ['Ada Rud (incógnito)', 'Ada Rud'], ['Ada Rud (in incognito)', 'Ada Rud'], ['Ada Rud incognito', 'Ada Rud'],
    ['Ada Aas (given name only)', 'Ada Aas'], ['Ada Aas - first name only', 'Ada Aas'], ['Max Ott (nur Vorname)', 'Max Ott'],
    ['Eva Díaz (solo nombre)', 'Eva Díaz'], ['Eva Díaz (sólo nombre)', 'Eva Díaz'], ['김철수 (이름만)', '김철수'], ['山田太郎（名前のみ）', '山田太郎'],
    ['Ada Lie - initials', 'Ada Lie'], ["Ada Eide (don't publish)", 'Ada Eide'], ['Ada Eide (do not list)', 'Ada Eide'],
    ['Ada Ness nimettömänä', 'Ada Ness'], ['Mari Tamm (anonüümne)', 'Mari Tamm'], ['Ola Berg (anonym)', 'Ola Berg'],
    ['Ola Berg (ikke offentlig)', 'Ola Berg'], ['Jón Jónsson (nafnlaus)', 'Jón Jónsson'],
  ])('%j is anonymous, printed as %j', (name, printed) => {
    const { sig, verdict } = read({ name });
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
    expect(sig.name).toBe(printed);
  });

  it.each(['Ada Initials', 'Ann Publish', 'Ada Lie'])('%j is a name: printed as typed, not hidden', (name) => {
    const { sig, verdict } = read({ name });
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(false);
    expect(sig.name).toBe(name);
  });
});

describe('a comment of its own made of these notes', () => {
  it.each(['incognito please', 'first name only please', 'Incognito', 'given name only', 'nur Vorname bitte', 'solo nombre por favor',
    'inkognito bitte', 'nimetön', 'anonym', 'no publish'])('%j asks for the name to be hidden', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
  });
  it.each(['First name: Ada', 'My first name is Ada', 'No publishing house was harmed', 'Thank you'])('%j asks nothing', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });
});

describe("the tester's file (verifyP F4): every request hidden, every signer counted", () => {
  it('prints none of the seven names and counts all eight', async () => {
    const file = join(dir, 's.csv');
    writeFileSync(file, ['name,email,city,country,date,comment', 'Ada Rud (incognito),p1@ok.example,Oslo,NO,2025-11-01,',
      'Ada Ness (nimetön),p2@ok.example,Oslo,NO,2025-11-01,', 'Ada Lie (initials),p3@ok.example,Oslo,NO,2025-11-01,',
      'Ada Aas (first name only),p4@ok.example,Oslo,NO,2025-11-01,', 'Ada Eide (no publish),p5@ok.example,Oslo,NO,2025-11-01,',
      'Com One,c1@ok.example,Oslo,NO,2025-11-01,incognito please', 'Com Two,c2@ok.example,Oslo,NO,2025-11-01,first name only please',
      'Ada Berg,a1@ok.example,Oslo,NO,2025-11-01,', ''].join('\n'));
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual([
      ['Ada Rud', 'yes'], ['Ada Ness', 'yes'], ['Ada Lie', 'yes'], ['Ada Aas', 'yes'], ['Ada Eide', 'yes'], ['Com One', 'yes'], ['Com Two', 'yes'],
      ['Ada Berg', 'no'],
    ]);
    const counted = await runMain(['count', file, '--json']);
    expect(JSON.parse(counted.stdout)).toMatchObject({ rows: 8, rejected: 0, accepted: 8, unique: 8 });
  });
});
