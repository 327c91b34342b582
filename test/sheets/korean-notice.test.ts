import { describe, expect, it } from '@jest/globals';
import { privacyNotice, SHEET_LABELS } from '../../src/sheets/sheet-labels.js';

const names = { target: '안토니우 구테흐스', organizer: '안전한 길 연대', contact: 'info@example.org' };

describe('the Korean privacy notice on a printed sheet', () => {
  it('chooses 을/를 by the last column named, and ends the sentence before the email note', () => {
    expect(privacyNotice(SHEET_LABELS.ko, ['name', 'city'], 'ko', names)).toContain('이름 및 도시를 수집합니다');
    expect(privacyNotice(SHEET_LABELS.ko, ['name', 'country'], 'ko', names)).toContain('국가를 수집합니다');
    expect(privacyNotice(SHEET_LABELS.ko, ['name'], 'ko', names)).toContain('이름을 수집합니다');
    const withEmail = privacyNotice(SHEET_LABELS.ko, ['name', 'email'], 'ko', names);
    expect(withEmail).toContain('이메일을 수집합니다');
    expect(withEmail).toContain('전달됩니다. 이메일은 명단에 인쇄되지 않습니다.');
    expect(withEmail).not.toContain('(를)');
  });
});
