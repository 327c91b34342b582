// A consent wording said the other way round ("do not publish my name", "이름 공개 안 함", "Publicar sin nombre") asks
// for anonymity: read as consent, a tick would print the name of the signer who asked to be left out (adv-s9 D10).
import { describe, expect, it } from '@jest/globals';
import { classifyHeader } from '../../src/formats/classify-header.js';

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
