// The built binary on the adversarial pass's files (adv-s9 D2): a column about showing or hiding the name is read,
// or reported and read fail-closed; it is never taken for a second name column and dropped.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runBin } from '../helpers/run-bin.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dedupe(name: string, text: string): { code: number; stderr: string; rows: string[][] } {
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, text);
  const merged = join(dir, `${name}.merged.csv`);
  const result = runBin(['dedupe', path, '-o', merged]);
  return { code: result.code, stderr: result.stderr, rows: readCsv(merged).map((row) => [row.name, row.anonymous]) };
}

describe('dedupe with a name-display column', () => {
  it('reads "이름 표시" as consent to show the name, before or after the name column', () => {
    const after = dedupe('ko-show', 'name,email,country,이름 표시\n김비밀,kb@ex.kr,KR,아니오\n이공명,lg@ex.kr,KR,예\n박빈칸,pb@ex.kr,KR,\n');
    expect(after.code).toBe(0);
    expect(after.rows).toEqual([['김비밀', 'yes'], ['이공명', 'no'], ['박빈칸', 'yes']]);
    const first = dedupe('ko-show-first', '이름 표시,성명,이메일,국가\n아니오,김비밀,kb@ex.kr,KR\n예,이공명,lg@ex.kr,KR\n');
    expect(first.rows).toEqual([['김비밀', 'yes'], ['이공명', 'no']]);
  });

  it('hides the signer who ticked "이름 가림" or "이름 표기 안 함", and the one who said no under "Nome pubblico" or "Exibir meu nome"', () => {
    const result = dedupe('mixed', 'name,email,country,이름 가림,이름 표기 안 함,Nome pubblico,Exibir meu nome\n'
      + 'Kim Cover,kc@x.example,KR,O,,sì,sim\nLee Plain,lp@x.example,KR,,O,sì,sim\nPark It,pi@x.example,IT,,,no,sim\nSilva Pt,sp@x.example,BR,,,sì,não\n'
      + 'Open One,oo@x.example,KR,,,sì,sim\n');
    expect(result.rows).toEqual([['Kim Cover', 'yes'], ['Lee Plain', 'yes'], ['Park It', 'yes'], ['Silva Pt', 'yes'], ['Open One', 'no']]);
  });

  it('reports "visibility" and "Datenschutz" by file and column, exits 1, and hides every signer of the file until they are mapped', () => {
    const result = dedupe('privacy', 'name,email,country,visibility,Datenschutz\nSecret Vis,sv@x.example,US,private,\nSecret Ds,sd@x.example,DE,,anonym\n'
      + 'Open Person,op@x.example,US,,\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/privacy\.csv[\s\S]*"visibility"/);
    expect(result.stderr).toContain('"Datenschutz"');
    // Open Person answered nothing: under a consent to show the name that is no consent (verifyJ F9).
    expect(result.rows).toEqual([['Secret Vis', 'yes'], ['Secret Ds', 'yes'], ['Open Person', 'yes']]);
  });
});

describe('inspect', () => {
  it('says how each name-display column is read instead of "name already comes from"', () => {
    const path = join(dir, 'inspect.csv');
    writeFileSync(path, 'name,email,country,이름 표시,이름 가림,visibility\nA,a@x.example,KR,아니오,,\n');
    const { stdout } = runBin(['inspect', path]);
    expect(stdout).not.toMatch(/already comes from/);
    expect(stdout).toMatch(/이름 표시 → anonymous, inverted/);
    expect(stdout).toMatch(/이름 가림 → anonymous too: read as well/);
    expect(stdout).toMatch(/visibility → not read as a yes or no[^\n]*--map anonymous="visibility"/);
  });
});
