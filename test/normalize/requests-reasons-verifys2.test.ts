// verifyS2 F3, F11, F13, F14 (the readers). Before: a name cell that was a request in words of its own ("이름 공개 곤란",
// "Can't give my name", "Cannot disclose") or a reason instead of a name ("탈북민", "Family in North Korea", "신변 위협")
// was read as a name, and the same email's named row was printed; the same words in a comment, and "Ne pas diffuser",
// "Nicht veröffentlichen", "請勿公開", "Do not list" there, hid nothing. A show-name answer worded as a sentence ("Yes,
// display my name", "네 동의합니다", "Sure") was "unclear" and hid every signer of a Google Form; "김성수 ✗" was printed
// "김성수 X".
import { describe, expect, it } from '@jest/globals';
import { readNameCell } from '../../src/normalize/anonymous-name.js';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { readAnonymous } from '../../src/normalize/parse-flag.js';
import { givesSafetyReason } from '../../src/normalize/safety-reason.js';
import type { RawSignature } from '../../src/types.js';

const REQUESTS = ['이름 밝히기 어려움', '이름 공개 곤란', '이름 공개 어려움', '신원 노출 곤란', '이름은 못 밝힘', '名前は出せません', "Can't give my name",
  'Cannot disclose', 'I cannot give my name', '실명 공개 어려움', '이름 못 밝힙니다'];
const REASONS = ['탈북민', '탈북자', '새터민', '북한이탈주민', '신변 위협', '가족이 북에 있음', '북한 가족 있음', '북한에 가족 있음', 'Family in North Korea',
  'Family still in NK', 'North Korean defector', 'Safety reasons', 'My family is still in North Korea', '脱北者'];

describe('a name cell that is a request or a reason names nobody', () => {
  it.each([...REQUESTS, ...REASONS])('%s', (cell) => {
    expect(readNameCell(cell).onlyAnonymity).toBe(true);
  });

  it.each(['김민지', 'Anna Refugee', 'Safety Smith', 'Kim Ju ae', 'Family Stone', 'North West', '북한산', 'Hope Sayers', 'Keep'])('%s stays a name', (cell) => {
    expect(readNameCell(cell)).toEqual({ name: cell, noted: false, onlyAnonymity: false });
  });
});

describe('a comment that asks in words of its own, or gives a reason, asks', () => {
  it.each([...REQUESTS, ...REASONS, 'Rather not say', 'Do not list', 'Ne pas diffuser', 'Nicht veröffentlichen', '請勿公開', "Please don't publish",
    '저는 탈북민입니다', '가족이 아직 북한에 살아요', 'I am a North Korean defector', 'My parents live in North Korea', 'For my safety'])('%s', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
  });

  // verifyS2 "What held": a signer who says the name may be shown, and comments about others.
  it.each(['I signed publicly', 'publish it', '제 이름을 공개해도 됩니다', 'Free North Korea', 'Stop sending refugees back to North Korea', '탈북민 지원을 강화하라',
    'Guest', 'A friend', 'nk refugees', 'North Korean refugees', 'Refugee', 'Defectors', 'N/A', 'none', 'Never give up', 'Safety first for all refugees', 'My family supports this', 'North Korean families deserve freedom'])('%s does not', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });

  it('a reason is told from the same words about others', () => {
    expect(givesSafetyReason('Family in North Korea')).toBe(true);
    expect(givesSafetyReason('Families in North Korea starve')).toBe(false);
    expect(givesSafetyReason('my family lives in the north of England')).toBe(false);
  });
});

describe('an answer worded as a sentence is read by its opening yes or no', () => {
  const show = (answer: string): boolean => readAnonymous(`visible: ${answer}`).anonymous;
  const anonymity = (answer: string) => readAnonymous(answer);

  it.each(['同意', '네 동의합니다', 'yes, publish it', 'Sure', 'Of course', 'Yes, display my name', '예, 공개합니다', 'yes please'])('show-name column: %s shows', (answer) => {
    expect(readAnonymous(`visible: ${answer}`)).toEqual({ anonymous: false, unrecognised: '', column: 'anonymous' });
  });

  it.each(['No, keep me anonymous', '아니요, 익명으로 해주세요', 'No, thanks', '不同意', 'Nein danke'])('show-name column: %s hides, clearly', (answer) => {
    expect(readAnonymous(`visible: ${answer}`)).toEqual({ anonymous: true, unrecognised: '', column: 'anonymous' });
  });

  // Safe side: a sentence that contradicts itself or says more than yes is still no clear answer, hidden and reported.
  it.each(['Yes, keep me anonymous', 'Yes (family in NK)', 'Only my initials', '이름만 공개', 'Do not publish', 'not public', '✓ yes', 'Yes, but only initials'])(
    'show-name column: %s hides and is reported', (answer) => {
      expect(show(answer)).toBe(true);
      expect(readAnonymous(`visible: ${answer}`).unrecognised).toBe(answer);
    });

  it.each(['익명 원하지 않음', 'not needed', 'No, thanks', '공개 원함'])('anonymity column: %s is a clear no', (answer) => {
    expect(anonymity(answer)).toEqual({ anonymous: false, unrecognised: '', column: 'anonymous' });
  });

  it.each(['yes please', '익명 희망', '공개 안 함', 'Yes (family in NK)'])('anonymity column: %s is a clear yes', (answer) => {
    expect(anonymity(answer)).toEqual({ anonymous: true, unrecognised: '', column: 'anonymous' });
  });

  it('a sentence saying show under "Anonymous?" is no clear answer', () => {
    expect(anonymity('Yes, display my name')).toEqual({ anonymous: true, unrecognised: 'Yes, display my name', column: 'anonymous' });
  });
});

describe('a cross or check after a name is a tick, not a letter', () => {
  it.each([['김성수 ✗', '김성수'], ['Ann Lee ✓', 'Ann Lee'], ['Bo Kim (✗)', 'Bo Kim'], ['김석수(비)', '김석수'], ['김석수 (비)', '김석수']])('%s', (cell, name) => {
    expect(readNameCell(cell)).toEqual({ name, noted: true, onlyAnonymity: false });
  });

  it.each(['✗', 'Kim (비)', '김비'])('%s is no such note', (cell) => {
    expect(readNameCell(cell).noted).toBe(false);
  });
});

// verifyS2 F13: inspect said a second show-name column is read, and the problems said it is not.
describe('a second show-name column read as one', () => {
  it('is not also reported as a column the tool does not read', () => {
    const column = '이름을 명단에 공개해도 될까요?';
    const normalizer = createNormalizer({ source: 'gform.csv' });
    const raw: RawSignature = {
      source: 'gform.csv', row: 2, line: 3, fields: { name: 'Gfa Two', email: 'gfa2@ex.example', anonymous: 'visible: No, keep me anonymous' },
      extra: { [column]: '아니요, 익명으로 해주세요' }, moreAnonymity: [{ column, answer: 'visible: 아니요, 익명으로 해주세요' }],
    };
    expect(normalizer.normalize(raw).anonymous).toBe(true);
    expect(normalizer.problems().map((problem) => problem.code)).toEqual([]);
  });
});
