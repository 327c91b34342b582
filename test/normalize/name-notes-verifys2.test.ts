// Notes beside a name (verifyS2 F1): "김철수 (탈북민)", "Sora Lee (North Korean defector)", "Kang Il, defector" were
// printed whole in the signature list, with no warning. A note is left out of the name, and one saying why the signer
// is at risk hides the name too; a second name ("Kim (Minsu)", "María (Maru) López", "Smith, John") is kept.
// First-name-only notes and comments in more languages (F5), and an anonymity word with contact data (F10).
import { describe, expect, it } from '@jest/globals';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { readNameCell } from '../../src/normalize/anonymous-name.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { readNameNote } from '../../src/normalize/name-note.js';
import type { RawSignature } from '../../src/types.js';
import { validateSignature } from '../../src/validate/validate-signature.js';

function read(fields: RawSignature['fields']) {
  const normalizer = createNormalizer({ source: 'typed.csv' });
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields, extra: {} };
  const sig = normalizer.normalize(raw);
  return { sig, verdict: validateSignature(sig, raw), codes: normalizer.problems().map((problem) => problem.code) };
}

describe('a note saying why the signer is at risk hides the name (verifyS2 F1)', () => {
  it.each([
    // The tester's eight, and the two whose note held a year.
    ['김철수 (탈북민)', '김철수'], ['이영희 (북한이탈주민)', '이영희'], ['최은희 [새터민]', '최은희'], ['박민수 (가족 북한 거주)', '박민수'],
    ['Sora Lee (North Korean defector)', 'Sora Lee'], ['Jin Choi (refugee from DPRK)', 'Jin Choi'], ['Kang Il, defector', 'Kang Il'],
    ['Han Mi (family still in Hyesan)', 'Han Mi'], ['정미란 - 탈북 2015년', '정미란'], ['Oh Jun (escaped 2019)', 'Oh Jun'],
    // Siblings: full-width and other brackets, other languages, unbracketed risk words, a dash.
    ['김영수（탈북자）', '김영수'], ['王芳 (脱北者)', '王芳'], ['李明【朝鲜难民】', '李明'], ['山田花子 (脱北)', '山田花子'],
    ['Иван Ким (беженец из КНДР)', 'Иван Ким'], ['Ana Paz (refugiada norcoreana)', 'Ana Paz'], ['Lee Min, Flüchtling', 'Lee Min'],
    ['Sora Lee North Korean defector', 'Sora Lee'], ['김철수 탈북민', '김철수'], ['Jin Choi - my family is in North Korea', 'Jin Choi'],
    ['Kim Bo (NK defector)', 'Kim Bo'], ['Pak Un, escapee', 'Pak Un'],
  ])('%s → %s, anonymous, warned', (cell, name) => {
    expect(readNameNote(cell)).toEqual({ name, note: 'risk' });
    const { sig, verdict, codes } = read({ name: cell, email: 'a@example.org' });
    expect(verdict).toBeNull();
    expect(sig.name).toBe(name);
    expect(sig.anonymous).toBe(true);
    expect(codes).toContain('risk_note_in_name');
    expect(codes).not.toContain('contact_in_name');
  });

  it('reads the note in a first or last name column too', () => {
    const { sig, codes } = read({ given: 'Sora', family: 'Lee (defector)', email: 'a@example.org' });
    expect([sig.given, sig.family, sig.anonymous]).toEqual(['Sora', 'Lee', true]);
    expect(codes).toContain('risk_note_in_name');
  });
});

describe('another note beside a name is left out of it, the name printed (verifyS2 F1)', () => {
  it.each([
    ['Jane Doe (volunteer)', 'Jane Doe'], ['Ana Ruiz (she/her)', 'Ana Ruiz'], ['Tom Hill (signed at the rally)', 'Tom Hill'],
    ['Bo Lee, member of the choir', 'Bo Lee'], ['Max Weber - bitte den Newsletter schicken', 'Max Weber'], ['anna rossi (from rome)', 'anna rossi'],
    ['김민지 (서울 시민 모임 회원)', '김민지'], ['김민지 (서울시민모임회원)', '김민지'],
  ])('%s → %s', (cell, name) => {
    expect(readNameNote(cell)).toEqual({ name, note: 'note' });
    const { sig, verdict, codes } = read({ name: cell, email: 'a@example.org' });
    expect(verdict).toBeNull();
    expect([sig.name, sig.anonymous]).toEqual([name, false]);
    expect(codes).toEqual(['note_in_name']);
  });
});

describe('a second name, a title or a suffix is no note', () => {
  it.each([
    'Kim (Minsu)', 'María (Maru) López', 'Smith, John', 'John Smith, Jr.', 'Dr. Kim', 'Kim Chulsoo (김철수)', '김철수 (Kim Chulsoo)', 'Li Wei (李伟)',
    'Jane Doe (née Smith)', 'Anna Berg (Stockholm)', 'Tom Smith (UK)', 'smith, john', 'Mary Smith - Jones', 'Jane Doe, volunteer', 'Refugio Gómez',
    '(Dr.) Kim', 'Ana de la Cruz', 'Jean-Luc (JL) Picard',
  ])('%s is kept whole', (cell) => {
    expect(readNameNote(cell)).toEqual({ name: cell, note: null });
    const { sig, codes } = read({ name: cell, email: 'a@example.org' });
    expect(sig.name).toBe(cell);
    expect(sig.anonymous).toBe(false);
    expect(codes).not.toContain('note_in_name');
  });

  it.each(['Jane Roe (jane@x.com)', 'Jane Roe jane [dot] roe [at] gmail [dot] com', 'Jane Roe (tel 010-1234-5678)'])('leaves contact data in %s to the contact rules', (cell) => {
    const { sig, codes } = read({ name: cell, email: 'a@example.org' });
    expect(sig.name).toBe('Jane Roe');
    expect(codes).toEqual(['contact_in_name']);
  });
});

describe('"first name only" and "initials only" in more languages hide the whole name (verifyS2 F5)', () => {
  it.each([
    '(только имя)', '(prénom seulement)', '(solo il nome)', '(名のみ)', '(只写名)', '(성 빼고)', '(성은 빼주세요)', '(first name please)',
    // Siblings.
    '(тільки імʼя)', '(uniquement le prénom)', '(senza cognome)', '(sin apellidos)', '(só o primeiro nome)', '(ohne Nachnamen)',
    '(alleen voornaam)', '(tylko imię)', '(下の名前だけ)', '(不要写姓)', '(성 제외)', '(no last name)', '(given name please)',
  ])('Nna Person %s is hidden', (note) => {
    const { sig, verdict, codes } = read({ name: `Nna Person ${note}`, email: 'a@example.org' });
    expect(verdict).toBeNull();
    expect([sig.name, sig.anonymous]).toEqual(['Nna Person', true]);
    expect(codes).toEqual(['anonymity_in_name']);
  });

  it.each([
    'Только инициалы, пожалуйста', 'only use my first name', '이름만 써주세요', '名前だけ載せてください', '只写我的名字', '성은 빼고 이름만',
    // Siblings.
    'Please only print my first name, thanks', 'Укажите только имя', "N'affichez que mon prénom", 'Solo il mio nome, grazie', '苗字は載せないでください',
    '请只写名字', "please don't use my last name", 'Sem o sobrenome, por favor',
  ])('the comment "%s" hides the name', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(true);
    expect(read({ name: 'Cca Person', email: 'a@example.org', comment }).sig.anonymous).toBe(true);
  });

  it.each([
    'My first name is Anna', 'I only signed once', '이름과 성을 모두 적었습니다', 'The surname is spelled with two n', 'Смотрите имя выше',
  ])('the comment "%s" asks nothing', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });

  it.each(['Nome Solo', 'Sung Bae', 'Prénom Dupont'])('the name %s is a name', (name) => {
    expect(readNameCell(name)).toEqual({ name, noted: false, onlyAnonymity: false });
  });
});

describe('an anonymity word with contact data is a signer without a name (verifyS2 F10)', () => {
  it.each([
    '익명 010-1234-5678', 'Anonymous kakao abc123', '익명 카톡 abc123', '익명 kakao: abc', '비공개 jane@x.com', 'Anonymous jane2@x.com',
    // Siblings.
    'Anonymous (jane2@x.com)', 'Anonym +49 30 1234567', '匿名 微信 wangwei88', 'Name withheld, ana@example.org',
  ])('%s is counted as anonymous, the contact data cut', (cell) => {
    expect(readNameCell(cell).onlyAnonymity).toBe(true);
    const { sig, verdict, codes } = read({ name: cell, city: 'Seoul', country: 'KR' });
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
    expect(sig.name).not.toMatch(/[@\d]/u);
    expect(codes).toContain('contact_in_name');
  });

  it('still cuts contact data beside a name, the name kept', () => {
    const { sig, verdict } = read({ name: 'Jane Roe jane@x.com', city: 'Oslo', country: 'NO' });
    expect(verdict).toBeNull();
    expect([sig.name, sig.anonymous]).toEqual(['Jane Roe', false]);
  });

  it('never calls an email the name when it rejects a cell of contact data alone', () => {
    const { verdict } = read({ name: 'jane@x.com', city: 'Seoul', country: 'KR' });
    expect(verdict?.reason).toBe('name_is_contact');
    expect(verdict?.detail).toBe('the name cell "j…@x.com" holds contact details (an email or web address, a street address or a messenger ID) and no name that can be printed');
  });
});
