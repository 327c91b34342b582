// The header vocabulary for anonymity, with its polarity: an opt-out column ("Anonymous", "Hide my name") says yes
// to hide the name, an opt-in column ("Can we display your name?", "Show my name publicly") says yes to show it.
import { describe, expect, it } from '@jest/globals';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { createRecordMapper } from '../../src/formats/map-record.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';

const OPT_OUT: ReadonlyArray<[language: string, header: string]> = [
  ['en', 'Anonymous'], ['en', 'Hide my name'], ['en', 'Sign anonymously'], ['en', 'Do not display my name publicly'],
  ['ko', '익명'], ['ko', '이름 비공개'], ['ko', '익명으로 서명'],
  ['es', 'Anónimo'], ['es', 'Ocultar mi nombre'], ['es', 'No mostrar mi nombre públicamente'],
  ['de', 'Anonym'], ['de', 'Name nicht veröffentlichen'], ['de', 'Namen nicht anzeigen'], ['de', 'Privat'],
  ['fr', 'Anonymat'], ['fr', 'Signature anonyme'], ['fr', 'Ne pas afficher mon nom'], ['fr', 'Masquer mon nom'],
  ['zh', '匿名'], ['zh', '非公开'], ['zh', '匿名签名'], ['zh', '不公开姓名'], ['zh', '隐藏姓名'],
  ['ja', '匿名'], ['ja', '名前を非公開'], ['ja', '匿名で署名'], ['ja', '非公開'], ['ja', '氏名を非公開'],
  ['en', 'Opt out of public list'], ['en', 'Opt out of the public list'], ['en', 'Keep my signature private'], ['en', 'Private'],
  ['en', 'Hide from public list'], ['en', 'Hide me from the public list'], ['en', 'Exclude me from the public list'],
  ['en', 'Please keep my signature private'], ['en', 'Hide'],
  ['ru', 'Анонимно'], ['ru', 'Скрыть имя'], ['ru', 'Скрыть моё имя'], ['ru', 'Анонимная подпись'], ['ru', 'Не публиковать имя'],
];

const OPT_IN: ReadonlyArray<[language: string, header: string]> = [
  ['en', 'Can we display your name?'], ['en', 'Show my name publicly'], ['en', 'Publicly display name'], ['en', 'Visible'],
  ['en', 'May we publish your name?'],
  ['ko', '이름 공개'], ['ko', '공개 여부'], ['ko', '이름을 공개해도 될까요?'],
  ['es', 'Mostrar mi nombre'], ['es', '¿Podemos mostrar tu nombre?'], ['es', 'Público'],
  ['de', 'Öffentlich anzeigen'], ['de', 'Name öffentlich anzeigen'], ['de', 'Sichtbar'],
  ['fr', 'Afficher mon nom'], ['fr', 'Publier mon nom'], ['fr', 'Nom visible'], ['fr', 'Publique'],
  ['zh', '公开姓名'], ['zh', '显示姓名'], ['zh', '公开'],
  ['ja', '名前を公開'], ['ja', '公開'], ['ja', '名前を表示'],
];

describe('anonymity headers in en, ko, es, de, fr, zh and ja', () => {
  it.each(OPT_OUT)('%s %j is an opt-out column (yes hides the name)', (_language, header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: false });
  });

  it.each(OPT_IN)('%s %j is an opt-in column (yes shows the name)', (_language, header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
  });
});

describe('a comment that will be shown is a comment, not an anonymity question', () => {
  it.each([['Publicly visible comment'], ['Comment (shown publicly)'], ['공개 댓글'], ['Comentario público']])('%j', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'comment' });
  });

  it('but a name and comment left out are an opt-out', () => {
    expect(classifyHeader('Do not show my name or comment publicly')).toMatchObject({ kind: 'field', field: 'anonymous' });
  });
});

/** Each row's anonymity and the problems reported, for a file with this header. */
function readRows(header: string[], rows: string[][]): { anonymous: boolean[]; problems: string[] } {
  const map = createRecordMapper(detectFormat(header), 'a.csv');
  const normalizer = createNormalizer({ source: 'a.csv' });
  const anonymous = rows.map((cells, i) => normalizer.normalize(map(cells, i + 1, i + 2)).anonymous);
  return { anonymous, problems: normalizer.problems().map((problem) => `${problem.code} ${problem.column ?? ''}`) };
}

describe('every opt-out column of a row is read, and the most private choice wins', () => {
  it.each([
    [['Name', 'Anonymous', 'Hide my name']],
    [['Name', 'Hide my name', 'Anonymous']],
    [['Name', 'Anonymous', 'Anonymous']],
    [['Name', '익명', 'Anonymat']],
  ])('%j: a yes in either column hides the name', (header) => {
    const { anonymous } = readRows(header, [['A Kim', 'no', 'no'], ['B Kim', 'yes', 'no'], ['C Kim', 'no', 'yes'], ['D Kim', '', 'yes'], ['E Kim', 'yes', '']]);
    expect(anonymous).toEqual([false, true, true, true, true]);
  });

  it.each([
    [['Name', 'Anonymous', 'Display name publicly']],
    [['Name', 'Display name publicly', 'Anonymous']],
    [['Name', 'Anonymous', 'Can we display your name?']],
    [['Name', '익명', '이름 공개']],
  ])('%j: an opt-out yes or an opt-in no hides the name', (header) => {
    const optInFirst = header[1] !== 'Anonymous' && header[1] !== '익명';
    const cells = (optOut: string, optIn: string): string[] => (optInFirst ? [optIn, optOut] : [optOut, optIn]);
    const { anonymous } = readRows(header, [
      ['A Kim', ...cells('no', 'yes')], ['B Kim', ...cells('yes', 'yes')], ['C Kim', ...cells('no', 'no')], ['D Kim', ...cells('', 'no')],
      ['E Kim', ...cells('no', '')],
    ]);
    // E left the opt-in question blank: only an explicit yes to it shows the name, whatever "Anonymous" says.
    expect(anonymous).toEqual([false, true, true, true, true]);
  });

  it('a value an opt-in column cannot read means anonymous, with a warning naming that column', () => {
    const { anonymous, problems } = readRows(['Name', 'Anonymous', 'Can we display your name?'], [['A Kim', 'no', 'only to officials']]);
    expect(anonymous).toEqual([true]);
    expect(problems).toContain('unknown_flag Can we display your name?');
  });

  it('a value a second opt-out column cannot read means anonymous, with a warning', () => {
    const { anonymous, problems } = readRows(['Name', 'Anonymous', 'Hide my name'], [['A Kim', 'no', 'perhaps']]);
    expect(anonymous).toEqual([true]);
    expect(problems).toContain('unknown_flag Hide my name');
  });
});
