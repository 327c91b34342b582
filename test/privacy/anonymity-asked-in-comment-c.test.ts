// More ways signers ask in the comment box not to be named (outside tester C, F4): "I cannot be named", "leave my
// name off", "only count me, no name", "anon pls", "hide me", and their siblings in en/ko/es/fr/de/zh/ja. A phrase
// that may be a request hides the name (privacy wins) and the anonymity_in_comment warning names the row, so the
// organizer can undo it; comments that only speak of names or hiding stay as they are.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import type { RawSignature } from '../../src/types.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const REQUESTS = [
  'My family is in North Korea, I cannot be named', "I can't be named", 'I can not be identified', 'we must not be named',
  'please leave my name off', 'leave my name out', 'keep me off the list', 'no name in the list please', 'only count me, no name',
  'count me, but no name', 'name off please', 'anon pls', 'anon please', 'anon', 'hide me', 'please hide my identity', "don't publish my name",
  '가족이 북한에 있어 이름을 밝힐 수 없습니다', '이름 공개 안 함', '이름 없이 올려 주세요', '실명은 공개할 수 없어요',
  'no publiquen mi nombre', 'no me nombren', 'no puedo dar mi nombre', 'ne mettez pas mon nom', 'ne me nommez pas', 'je ne peux pas être nommé',
  'nicht namentlich', 'Ich kann nicht genannt werden', 'nur zählen, kein Name', 'Namen bitte nicht nennen',
  '不要公开我的名字', '别写我的名字', '不能公开我的名字', '匿名希望', '名前を出さないで',
];

const NOT_REQUESTS = [
  'Proud to add my name!', 'Name and shame them', 'I am not anonymous', 'Sign my name in big letters', 'Free North Korea, no more hiding',
  '내 이름을 자랑스럽게 올립니다', 'Mi nombre con orgullo', 'Put my name on it', 'Hide nothing!', 'No name-calling please', 'I can be named',
  'Shame on those who hide the camps',
];

function read(comment: string) {
  const normalizer = createNormalizer({ source: 'export.csv' });
  const raw: RawSignature = { source: 'export.csv', row: 4, line: 5, fields: { name: 'Kim Ask', comment }, extra: {} };
  return { sig: normalizer.normalize(raw), problems: normalizer.problems() };
}

describe('a request not to be named in the comment column', () => {
  it.each(REQUESTS)('%j hides the name, with a warning naming the row', (comment) => {
    const { sig, problems } = read(comment);
    expect(sig.anonymous).toBe(true);
    expect(problems.map((p) => [p.code, p.row])).toEqual([['anonymity_in_comment', 4]]);
  });

  it.each(NOT_REQUESTS)('%j leaves the name shown', (comment) => {
    const { sig, problems } = read(comment);
    expect(sig.anonymous).toBe(false);
    expect(problems).toEqual([]);
  });

  it('merged.csv shows the requests as anonymous and the others by name', async () => {
    const dir = tempDir();
    const file = join(dir, 'comments.csv');
    const all = [...REQUESTS, ...NOT_REQUESTS];
    writeFileSync(file, `Name,Email,City,Country,Comment\n${all.map((comment, i) => `Person${i} Test,c${i}@ex.org,Oslo,NO,"${comment}"`).join('\n')}\n`);
    const merged = join(dir, 'merged.csv');
    // --exact: PersonN and PersonNN would otherwise wait in review as maybe one person, and a pending pair hides both.
    const run = await runMain(['dedupe', file, '-o', merged, '--no-bom', '--exact']);
    expect(run.code).toBe(1);
    const shown = readCsv(merged).map((row) => row.anonymous);
    expect(shown).toEqual([...REQUESTS.map(() => 'yes'), ...NOT_REQUESTS.map(() => 'no')]);
  });
});
