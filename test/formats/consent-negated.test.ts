// A consent wording said the other way round ("do not publish my name", "이름 공개 안 함", "Publicar sin nombre") asks
// for anonymity: read as consent, a tick would print the name of the signer who asked to be left out (adv-s9 D10).
import { describe, expect, it } from '@jest/globals';
import { classifyHeader, UNCLEAR_NAME_DISPLAY } from '../../src/formats/classify-header.js';

describe('a consent header with a negation', () => {
  it.each([
    '이름 공개 안 함', '공개 X', '이름 공개 거부', '이름 빼고 공개', '이름 제외 공개', '이름 공개 불가', '공개 원치 않음', '이름 공개 원하지 않음',
    'Publish without my name', '이름 없이 공개', 'Publicar sin nombre', 'Publicar sin mi nombre', 'Ohne Namen veröffentlichen', 'Do not publish my name',
  ])('"%s" is an anonymity column whose yes hides the name', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: false });
  });

  it.each(['publish name', 'consent to publish', 'Publicar nombre', '명단 게재'])('"%s" stays consent: its no hides the name', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
  });
});

// adv-s10 E14: negations glued on (이름공개X), in Japanese, as a cross mark or a box word were still read as consent.
describe('a consent header with any negation is never read as consent', () => {
  it.each([
    '名前の公開を希望しない', '名前なしで公開', '이름공개X', '이름공개x', '名前を公開しません', '名前は公開せず', '氏名の公開は不要', '名前の公開：なし',
    '公开姓名（勿）', '公開姓名無', '显示姓名：无', '이름공개안함', '이름공개않음', '이름공개말고', '이름없이공개', '이름공개거부', '이름공개미동의',
    '이름 공개 ❌', '이름 공개 ✗', 'Publish my name ✗', 'publish name ×', 'Show my name - opt-out', 'Show my name (opt out)', 'Never publish my name',
    'Publish my name? no', "Don't list my name", 'List my name: not', 'Publish name - exclude', 'Publish my name - omit', 'Show name without surname',
    'Публиковать имя: нет', 'Nombre visible: no', 'Name öffentlich anzeigen: nicht', 'Mostrar nombre (não)',
  ])('"%s" is no consent column: a yes there never shows the name', (header) => {
    expect(classifyHeader(header)).not.toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
    expect(classifyHeader(header)).not.toMatchObject({ kind: 'unknown' });
  });

  it.each(['名前の公開を希望しない', '名前なしで公開', '이름공개X', '이름공개말고', 'Never publish my name', 'Publish my name ✗'])(
    '"%s" is read as asking for anonymity: its yes hides the name', (header) => {
      expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: false });
    });

  it.each(['Publicly list me: unchecked', 'Publish my name (leave blank)', 'List my name (unticked)'])(
    '"%s" says no to a box, not to the name: unclear, reported and read fail-closed', (header) => {
      expect(classifyHeader(header)).toEqual({ kind: 'ignored', reason: UNCLEAR_NAME_DISPLAY });
    });

  it.each(['名前の公開', '氏名公開', '公開可', '이름 공개', '이름공개', '공개 동의', '公开姓名', 'Publish my name', 'Show name', 'Nombre visible', 'Публиковать имя'])(
    '"%s" without a negation stays consent', (header) => {
      expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
    });
});
