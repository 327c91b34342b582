// A wrong namesakes entry in campaign.yaml is told in the organizer's language, naming the key and what to write
// (copy the key the warning gave), never in the schema library's English ("Invalid string: must match pattern /…/",
// "se esperaba un record") (outside tester E, F7).
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { minimalCampaign } from './minimal-campaign.js';

afterAll(removeTestTempDirs);

/** What the schema library prints: none of it may reach the organizer, in any language. */
const RAW = /Invalid (input|string)|must match pattern|\brecord\b|\/:\\d\+/;

async function statusOf(namesakes: string[], language: string) {
  const file = join(tempDir(), 'campaign.yaml');
  writeFileSync(file, minimalCampaign((lines) => lines.push('namesakes:', ...namesakes)));
  return runMain(['--lang', language, 'status', file]);
}

describe('namesakes in campaign.yaml written wrong', () => {
  it.each([
    ['en', 'copy the key the namesake warning gave, FILE:ROW:CHECK'],
    ['ko', '동명이인 경고가 알려 준 키(파일:행:검사값'],
    ['es', 'copie la clave que dio el aviso de homónimos, ARCHIVO:FILA:CONTROL'],
  ])('an old-style key, or one whose check is not hex, says to copy the key the warning gave (%s)', async (language, said) => {
    for (const key of ['../ex/s.csv:2', 's.csv:1:zzzzzz']) {
      const result = await statusOf([`  "${key}": same-person`], language);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`"${key}"`);
      expect(result.stderr).toContain(said);
      expect(result.stderr).not.toMatch(RAW);
    }
  });

  it.each([
    ['en', 'namesakes: must be lines of a key the namesake warning gave and a decision'],
    ['ko', 'namesakes: 동명이인 경고가 알려 준 키와 결정을 한 줄씩 써야 합니다'],
    ['es', 'namesakes: debe tener líneas con una clave que dio el aviso de homónimos y una decisión'],
  ])('a list instead of key: decision lines says what to write (%s)', async (language, said) => {
    const result = await statusOf(['  - 1'], language);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(said);
    expect(result.stderr).not.toMatch(RAW);
  });
});
