// A lookalike letter from another script must not make one signer two (issue #11, outside tester C, F6): "Аnna
// Schmidt" with a Cyrillic А is Anna Schmidt. A name written wholly in Cyrillic ("Анна") is a real other spelling.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { confusableSkeleton, mixesScriptsInAWord } from '../../src/normalize/confusable-skeleton.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  code: number;
  unique: number;
  duplicatesByRule: Record<string, number>;
  problems: Array<{ source: string; row: number; column?: string; code: string }>;
}

async function count(first: string[], second: string[]): Promise<CountJson> {
  const dir = tempDir();
  const header = 'Name,City,Postcode,Country,Date\n';
  writeFileSync(join(dir, 'a.csv'), header + first.map((name, i) => `${name},Berlin,1011${i},DE,2025-11-01\n`).join(''));
  writeFileSync(join(dir, 'b.csv'), header + second.map((name, i) => `${name},Berlin,1011${i},DE,2025-11-02\n`).join(''));
  const result = await runMain(['count', join(dir, 'a.csv'), join(dir, 'b.csv'), '--json']);
  return { ...(JSON.parse(result.stdout) as CountJson), code: result.code };
}

describe('a name with a lookalike letter of another script', () => {
  it('counts "Аnna Schmidt" (Cyrillic А) and "Lеa Hahn" (Cyrillic е) once with their Latin rows, and warns with row and column', async () => {
    const json = await count(['Anna Schmidt', 'Lea Hahn', 'Peter Weber'], ['\u0410nna Schmidt', 'L\u0435a Hahn', 'Peter Weber']);
    expect(json.unique).toBe(3);
    // Done, with a problem the organizer must see.
    expect(json.code).toBe(1);
    expect(json.duplicatesByRule).toEqual({ same_name_postcode: 3 });
    const warning = json.problems.find((p) => p.code === 'mixed_scripts_in_name');
    expect(warning).toMatchObject({ row: 1, column: 'name' });
    expect(warning?.source).toMatch(/b\.csv$/);
  });

  it('folds Greek lookalikes and Latin letters inside a Cyrillic word the same way', async () => {
    // Greek Ο in "Οtto"; a Latin "a" inside the Cyrillic "Анна".
    const json = await count(['Otto Klein', '\u0410\u043d\u043d\u0430 Petrova'], ['\u039ftto Klein', '\u0410\u043d\u043da Petrova']);
    expect(json.unique).toBe(2);
  });

  it('keeps a name written wholly in Cyrillic apart from its Latin spelling, without a warning', async () => {
    const json = await count(['Anna Schmidt'], ['\u0410\u043d\u043d\u0430 Schmidt']);
    expect(json.unique).toBe(2);
    expect(json.code).toBe(0);
    expect(json.problems.filter((p) => p.code === 'mixed_scripts_in_name')).toEqual([]);
  });
});

describe('confusableSkeleton', () => {
  it('reads a mixed word in the script of most of its letters and leaves whole-script words alone', () => {
    expect(confusableSkeleton('\u0410nna L\u0435a')).toBe('Anna Lea');
    expect(confusableSkeleton('\u0410\u043d\u043da')).toBe('\u0410\u043d\u043d\u0430');
    expect(confusableSkeleton('\u0410\u043d\u043d\u0430 \u0391\u03bd\u03bd\u03b1 Anna')).toBe('\u0410\u043d\u043d\u0430 \u0391\u03bd\u03bd\u03b1 Anna');
    expect(mixesScriptsInAWord('\u0410\u043d\u043d\u0430 Schmidt')).toBe(false);
    expect(mixesScriptsInAWord('L\u0435a Hahn')).toBe(true);
  });
});
