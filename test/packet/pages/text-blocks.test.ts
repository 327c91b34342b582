import { describe, it, expect } from '@jest/globals';
import { joinLines, textBlocks } from '../../../src/packet/pages/text-blocks.js';

describe('textBlocks', () => {
  it('reflows YAML line breaks inside a paragraph and keeps blank-line breaks', () => {
    expect(textBlocks('Men flee across\nthe border\ninto China.\n\nMany are sent back.\n')).toEqual([
      { kind: 'paragraph', text: 'Men flee across the border into China.' },
      { kind: 'paragraph', text: 'Many are sent back.' },
    ]);
  });

  it('makes numbered and bulleted lines items, continuation lines included', () => {
    expect(textBlocks('We ask China to:\n1. stop the returns;\n2. give UNHCR access\n   to them;\n- and more\n• bullets')).toEqual([
      { kind: 'paragraph', text: 'We ask China to:' },
      { kind: 'item', marker: '1.', text: 'stop the returns;' },
      { kind: 'item', marker: '2.', text: 'give UNHCR access to them;' },
      { kind: 'item', marker: '-', text: 'and more' },
      { kind: 'item', marker: '•', text: 'bullets' },
    ]);
  });

  it.each(['(a)', 'a)', '(iv)', 'i.', 'iv.', 'xii)', '–', '—', '•', '*', '(1)', '1)'])('makes a line marked "%s" an item with a hanging indent', (marker) => {
    expect(textBlocks(`We ask:\n${marker} stop the returns\n   at once;\n${marker} let UNHCR in.`)).toEqual([
      { kind: 'paragraph', text: 'We ask:' },
      { kind: 'item', marker, text: 'stop the returns at once;' },
      { kind: 'item', marker, text: 'let UNHCR in.' },
    ]);
  });

  it.each([
    ['가.', '나.'],
    ['가)', '나)'],
    ['①', '②'],
    ['⑳', '㉑'],
  ])('makes Korean lines marked "%s", "%s" items', (first, second) => {
    expect(textBlocks(`요청합니다.\n${first} 강제북송을 중단해\n주십시오.\n${second} 접근을 허용해 주십시오.`)).toEqual([
      { kind: 'paragraph', text: '요청합니다.' },
      { kind: 'item', marker: first, text: '강제북송을 중단해 주십시오.' },
      { kind: 'item', marker: second, text: '접근을 허용해 주십시오.' },
    ]);
  });

  it.each([
    ['一、', '二、'],
    ['（一）', '（二）'],
    ['(三)', '(十二)'],
    ['1、', '2、'],
  ])('makes Chinese lines marked "%s", "%s" items, with or without a space after the marker', (first, second) => {
    expect(textBlocks(`我们请求：\n${first}立即停止\n强制遣返；\n${second} 允许难民署接触他们。`)).toEqual([
      { kind: 'paragraph', text: '我们请求：' },
      { kind: 'item', marker: first, text: '立即停止强制遣返；' },
      { kind: 'item', marker: second, text: '允许难民署接触他们。' },
    ]);
  });

  it('does not take a Korean or Chinese sentence for an item', () => {
    expect(textBlocks('요청합니다\n가족과 함께\n一些人\n十分重要')).toEqual([{ kind: 'paragraph', text: '요청합니다 가족과 함께 一些人十分重要' }]);
  });

  it('does not take a sentence for an item', () => {
    expect(textBlocks('We ask\nI. M. Pei and others\nin it.')).toEqual([{ kind: 'paragraph', text: 'We ask I. M. Pei and others in it.' }]);
  });

  it('joins Chinese and Japanese lines without a space, Korean with one', () => {
    expect(joinLines(['我们请求中国', '停止强制遣返。'])).toBe('我们请求中国停止强制遣返。');
    expect(joinLines(['私たちは、', 'お願いします。'])).toBe('私たちは、お願いします。');
    expect(joinLines(['국경을 넘어', '중국으로 향합니다.'])).toBe('국경을 넘어 중국으로 향합니다.');
    expect(joinLines(['UNHCR', '难民署'])).toBe('UNHCR 难民署');
  });
});
