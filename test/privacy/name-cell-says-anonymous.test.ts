// What the name cell itself says about the signer (adv-s9 D3, D4). A note asking for anonymity is the signer's tick
// wherever it stands in the cell and however it is written; a cell holding only a volunteer's placeholder for a
// missing name is no signer. Before, six note forms were printed with the name beside "비공개", and "확인불가",
// "서명", "Unknown Signer", "NA" or "익명 요청" were counted and printed as names.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { RawSignature } from '../../src/types.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(name: string) {
  const normalizer = createNormalizer({ source: 'typed.csv' });
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields: { name }, extra: {} };
  const sig = normalizer.normalize(raw);
  return { sig, verdict: validateSignature(sig, raw), problems: normalizer.problems() };
}

describe('an anonymity note anywhere in the name cell', () => {
  it.each([
    // the tester's forms (adv-s9 D3)
    ['김카연 비공개', '김카연'], ['(익명) 김차연', '김차연'], ['김라연 ※비공개', '김라연'], ['김아연 (공개X)', '김아연'],
    ['김자연 (비공개)(서울)', '김자연 (서울)'], ['Dee Oh (no publicar)', 'Dee Oh'],
    // other wordings, orders, brackets and symbols
    ['익명 김하늘', '김하늘'], ['비공개 박서준', '박서준'], ['이서연 익명희망', '이서연'], ['정민호 (이름 공개 안 함)', '정민호'],
    ['최유리 공개X', '최유리'], ['한지민 [공개 x]', '한지민'], ['윤도현 ★비공개★', '윤도현'], 
    ['송하나 <익명>', '송하나'], ['오세훈 「비공개」', '오세훈'], ['배수지 ☆익명으로☆', '배수지'], ['임재범 #비공개', '임재범'],
    ['장나라 - 실명 비공개', '장나라'], ['김카연비공개', '김카연'], ['이익준 익명요청', '이익준'], ['김민재 (공개불가)', '김민재'],
    ['Dee Oh no publicar', 'Dee Oh'], ['Ana Ruiz (anónimo)', 'Ana Ruiz'], ['ANONYMOUS Bo Lee', 'Bo Lee'], ['Bo Lee, private', 'Bo Lee'],
    ['Bo Lee private', 'Bo Lee'], ['Cy Kim (do not publish)', 'Cy Kim'], ['Cy Kim - don\'t show my name', 'Cy Kim'],
    ['Max Weber (nicht veröffentlichen)', 'Max Weber'], ['Max Weber (anonym)', 'Max Weber'], ['Luc Roy (ne pas publier)', 'Luc Roy'],
    ['Luc Roy (anonyme)', 'Luc Roy'], ['Lia Rossi (non pubblicare)', 'Lia Rossi'], ['Lia Rossi [riservato]', 'Lia Rossi'],
    ['João Silva (não publicar)', 'João Silva'], ['João Silva (anônimo)', 'João Silva'], ['Eva Díaz [privada] (Madrid)', 'Eva Díaz (Madrid)'],
    ['山田太郎（匿名希望）', '山田太郎'], ['Kim Anon (name withheld)', 'Kim Anon'], ['Ada Byron (hide name)', 'Ada Byron'],
  ])('%j is anonymous, printed as %j, with a warning naming the row', (cell, name) => {
    const { sig, verdict, problems } = read(cell);
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
    expect(sig.name).toBe(name);
    expect(problems.map((p) => [p.code, p.row])).toEqual([['anonymity_in_name', 1]]);
  });

  it('cuts a phone prefix after the note as contact data, with its own warning', () => {
    const { sig, verdict, problems } = read('강민경 (비공개 요청) 010');
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
    expect(sig.name).toBe('강민경');
    expect(problems.map((p) => p.code).sort()).toEqual(['anonymity_in_name', 'contact_in_name']);
  });

  it.each([
    '익명', '비공개', '익명 요청', '이름 비공개', '익명으로 서명', '서명 (익명)', 'Firma anónima', 'Anonymous signature', 'Anonymous', 'anonymous (North Korea)', '익명 (북한)', '(비공개)', 'Anónima', 'anonym',
  ])('%j alone is an anonymous signer without a name, counted as before', (cell) => {
    const { sig, verdict } = read(cell);
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(true);
  });

  // Real names, some with the syllables or letters of the vocabulary inside them.
  const REAL_NAMES = [
    '김익수', '이익준', '박공주', '최공명', '공지영', '공유', '명세빈', '한명숙', '비승희', '정비호', '김비', '이명박', '노무현', '김명익', '익선', '공개석',
    '남궁민', '선우정아', '황보혜정', '제갈성렬', '김 민 지', '이 서연', '서명희', '서명수', '모름희', '김무명', '나무명', '이사인', '사인철',
    'Ana Ruiz', 'María José Carreño Quiñones', 'José Prieto', 'Nadia Ocampo', 'Priscila Secaira', 'Antonio Reyes', 'Sin Ji-woo', 'Sem Lee', 'Non Nguyen', 'Pas Kim',
    'Private Ryan', 'Hide Tanaka', 'Anona Smith', 'Anna Nonymous', 'Noni Mous', 'Nam Ji-hoon',
    'Kim Anon', 'Anon Suksai', 'Secreta Kim', 'Hidalgo Ruiz', 'Priva Das', 'Mona Publi',
    'Sean O\'Brien', 'Mary-Jane Watson', 'J.R.R. Tolkien', 'Dr. Na', 'Na', 'Ng', 'No Hong-chul', 'Xi Wang', 'Max', 'Unai Emery',
    'Ignacio Sinnombre', 'Blanca Nieves', 'Nicole Blank', 'Claude Signoret', 'Noname Bheki', 'Jürgen Müller', 'François Ñúñez',
  ];
  it.each(REAL_NAMES)('%j stays a named signer', (cell) => {
    const { sig, verdict, problems } = read(cell);
    expect(verdict).toBeNull();
    expect(sig.anonymous).toBe(false);
    expect(sig.name).toBe(cell);
    expect(problems).toEqual([]);
  });
});

describe('a name cell holding only a placeholder for a missing name', () => {
  it.each([
    // the tester's forms (adv-s9 D4)
    '확인불가', '확인 불가', '모름', '알 수 없음', '서명', '(서명)', 'Unknown Signer', 'NA', '무명',
    // other forms volunteers type
    'x', '이름없음', '(blank)', 'n/a', 'none', 's/n', 'sin nombre', 'desconocido', 'unbekannt', 'inconnu', 'N.N.', 'na',
    '[사인]', '싸인', '서명만', '성명불상', '미상', '(확인 불가)', '이름 확인 불가', 'signature', '(signature only)',
    'Signature illegible', 'Name unknown', 'unknown (anonymous)', 'No name given', 'nombre desconocido', 'firma', 'Firma ilegible',
    'Unterschrift', 'nom inconnu', 'sconosciuto', 'nome desconhecido', 'assinatura', 'Desconocida', 'Name not provided', 'nobody',
  ])('%j is rejected as no_name', (cell) => {
    expect(read(cell).verdict).toMatchObject({ reason: 'no_name' });
  });
});

describe('the tester\'s sheets, end to end', () => {
  it('notes.csv: every note form hides the name; ph.csv: every placeholder is a reject', async () => {
    const notes = join(dir, 'notes.csv');
    writeFileSync(notes, [
      'name,city,country,anonymous',
      '김카연 비공개,서울,KR,', '(익명) 김차연,서울,KR,', '김라연 ※비공개,서울,KR,', '김아연 (공개X),서울,KR,',
      '김자연 (비공개)(서울),서울,KR,', 'Dee Oh (no publicar),서울,KR,', '최공개,서울,KR,',
    ].join('\n') + '\n');
    const merged = join(dir, 'notes-m.csv');
    const result = await runMain(['dedupe', notes, '-o', merged]);
    expect(result.code).toBe(1);
    expect(readCsv(merged).map((r) => [r.name, r.anonymous])).toEqual([
      ['김카연', 'yes'], ['김차연', 'yes'], ['김라연', 'yes'], ['김아연', 'yes'], ['김자연 (서울)', 'yes'], ['Dee Oh', 'yes'], ['최공개', 'no'],
    ]);
    expect(result.stderr).toMatch(/6 names carry a note asking for anonymity.*rows 1, 2, 3, 4, 5, …/);

    const ph = join(dir, 'ph.csv');
    writeFileSync(ph, ['name,city,country', '확인불가,부산,KR', '모름,부산,KR', '서명,부산,KR', '(서명),부산,KR', 'Unknown Signer,부산,KR',
      '무명,부산,KR', 'NA,부산,KR', '김진짜,부산,KR', '익명 요청,부산,KR'].join('\n') + '\n');
    const phMerged = join(dir, 'ph-m.csv');
    const counted = await runMain(['dedupe', ph, '-o', phMerged]);
    expect(counted.code).toBe(1);
    expect(readCsv(phMerged).map((r) => [r.name, r.anonymous])).toEqual([['김진짜', 'no'], ['익명 요청', 'yes']]);
    expect(counted.stdout).toMatch(/rejected\s+7 \(no name 7\)/);
  });
});
