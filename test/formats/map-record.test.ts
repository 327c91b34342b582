import { describe, expect, it } from '@jest/globals';
import { detectFormat } from '../../src/formats/detect-format.js';
import { createRecordMapper, VISIBLE_PREFIX } from '../../src/formats/map-record.js';
import { readAnonymous } from '../../src/normalize/parse-flag.js';

describe('createRecordMapper', () => {
  it('names mapped cells and keeps unmapped ones in extra under their header', () => {
    const mapping = detectFormat(['번호', '이름', '이메일', '주소', '서명일', '소속']);
    const map = createRecordMapper(mapping, 'paper.csv');
    expect(map(['1', '박민준', 'mj@example.kr', '서울', '2025-11-02', '시민모임'], 1, 2)).toEqual({
      source: 'paper.csv', row: 1, line: 2,
      fields: { name: '박민준', email: 'mj@example.kr', street: '서울', date: '2025-11-02' },
      extra: { '번호': '1', '소속': '시민모임' },
    });
  });

  it('leaves missing trailing cells out instead of inventing empty values', () => {
    const map = createRecordMapper(detectFormat(['Name', 'Email', 'City', 'Note to organizers']), 'a.csv');
    const raw = map(['Ana Ordóñez', 'ana@example.org'], 3, 4);
    expect(raw.fields).toEqual({ name: 'Ana Ordóñez', email: 'ana@example.org' });
    expect('city' in raw.fields).toBe(false);
    expect(raw.extra).toEqual({});
  });

  it('keeps empty cells that are present', () => {
    const map = createRecordMapper(detectFormat(['Name', 'City']), 'a.csv');
    expect(map(['Kim', ''], 1, 2).fields).toEqual({ name: 'Kim', city: '' });
  });

  it('keeps a repeated header\'s second column under a numbered key', () => {
    const map = createRecordMapper(detectFormat(['Name', 'Email', 'Email']), 'a.csv');
    const raw = map(['Kim', 'kim@example.org', 'kim.work@example.org'], 1, 2);
    expect(raw.fields.email).toBe('kim@example.org');
    expect(raw.extra).toEqual({ 'Email (2)': 'kim.work@example.org' });
  });

  it('keeps cells beyond the header and under an empty header as "column N"', () => {
    const map = createRecordMapper(detectFormat(['Name', '']), 'a.csv');
    expect(map(['Kim', 'x', 'y'], 1, 2).extra).toEqual({ 'column 2': 'x', 'column 3': 'y' });
  });

  it('follows --map', () => {
    const map = createRecordMapper(detectFormat(['Signer', 'Where'], { map: { name: 'Signer', city: 'Where' } }), 'a.csv');
    expect(map(['Lee', 'Busan'], 1, 2).fields).toEqual({ name: 'Lee', city: 'Busan' });
  });

  it('marks the answer of a "Visible" column for inversion, keeping it whole', () => {
    const map = createRecordMapper(detectFormat(['Name', 'City', 'Visible', 'Confirmed at']), 'eu.csv');
    const raw = map(['Jan de Vries', 'Utrecht', 'Nee', '2025-10-01 12:00'], 1, 6);
    expect(raw.fields.anonymous).toBe(`${VISIBLE_PREFIX}Nee`);
    expect(raw.extra).toEqual({});
    expect(map(['Jan', 'Utrecht', '', ''], 2, 7).fields.anonymous).toBe(VISIBLE_PREFIX);
    expect(map(['Jan', 'Utrecht'], 3, 8).fields.anonymous).toBe(VISIBLE_PREFIX);
  });

  it.each([
    ['Ja', false], ['yes', false], ['1', false], ['Nee', true], ['no', true], ['0', true],
  ])('the normalizer reads a "Visible" answer %j as anonymous %s', (answer, anonymous) => {
    const map = createRecordMapper(detectFormat(['Name', 'Visible']), 'eu.csv');
    const raw = map(['Jan', answer], 1, 6);
    expect(readAnonymous(raw.fields.anonymous, raw.moreAnonymity).anonymous).toBe(anonymous);
  });

  it('passes an anonymous column that is worded the straight way through as written', () => {
    const map = createRecordMapper(detectFormat(['Name', 'Hide my name']), 'a.csv');
    expect(map(['Kim', 'yes'], 1, 2).fields.anonymous).toBe('yes');
  });

  it('returns a fresh object per record', () => {
    const map = createRecordMapper(detectFormat(['Name', 'Tags']), 'a.csv');
    const first = map(['A', 't1'], 1, 2);
    const second = map(['B', 't2'], 2, 3);
    expect(first.fields.name).toBe('A');
    expect(first.extra.Tags).toBe('t1');
    expect(second.extra.Tags).toBe('t2');
  });
});
