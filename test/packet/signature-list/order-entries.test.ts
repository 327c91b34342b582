import { describe, it, expect } from '@jest/globals';
import { orderEntries } from '../../../src/packet/signature-list/order-entries.js';
import type { ListEntry } from '../../../src/packet/signature-list/list-types.js';

const row = (name: string, country: string, signedAt: number | null, anonymous = false): ListEntry =>
  ({ name, city: '', region: '', postcode: '', country, signedAt, anonymous });

const ROWS = [row('Émile Zola', 'FR', 300), row('anna Berg', 'SE', 100), row('김민준', 'KR', null), row('Hidden', 'DE', 200, true), row('Bob Adams', 'US', 100)];

describe('orderEntries', () => {
  it.each([
    ['time: earliest first, ties in input order, unknown times last', 'time', 'show', ['anna Berg', 'Bob Adams', 'Hidden', 'Émile Zola', '김민준']],
    ['country: by English country name', 'country', 'show', ['Émile Zola', 'Hidden', '김민준', 'anna Berg', 'Bob Adams']],
    ['name: folded (case and accents ignored)', 'name', 'show', ['anna Berg', 'Bob Adams', 'Émile Zola', '김민준', 'Hidden']],
    ['omit: anonymous signers are not listed', 'time', 'omit', ['anna Berg', 'Bob Adams', 'Émile Zola', '김민준']],
  ] as const)('%s', (_, order, anonymous, expected) => {
    expect(orderEntries(ROWS, { order, anonymous }).map((entry) => entry.name)).toEqual(expected);
  });
});

describe('orderEntries in the list\'s language (adv12c A12)', () => {
  const names = ['Zoe Adams', '张三', '王伟', '安倍', '김철수', 'Anna Bell'].map((name, i) => row(name, 'KR', i));
  it.each([['zh'], ['ko']])('sorts names with the collation of %s, as Intl.Collator does', (language) => {
    const expected = names.map((entry) => entry.name).sort(new Intl.Collator(language).compare);
    expect(orderEntries(names, { order: 'name', anonymous: 'show', language }).map((entry) => entry.name)).toEqual(expected);
  });

  it('sorts countries by their name with the collation of Chinese (pinyin), not by code point', () => {
    const rows = ['CN', 'DE', 'NO', 'JP', 'FR', 'KR'].map((code, i) => row(`n${i}`, code, i));
    const ordered = orderEntries(rows, { order: 'country', anonymous: 'show', language: 'zh' }).map((entry) => new Intl.DisplayNames(['zh'], { type: 'region' }).of(entry.country) as string);
    expect(ordered).toEqual([...ordered].sort(new Intl.Collator('zh').compare));
  });
});
