import { describe, expect, it } from '@jest/globals';
import { csvLine } from '../../../src/output/csv-cell.js';
import { UserError } from '../../../src/errors.js';
import {
  DECISIONS_HEADER, REVIEW_HEADER, decisionsCsvRows, describeForReview, describeReasons, mergeDecisions, parseDecisions,
  reviewCsvRows, type ReviewSide,
} from '../../../src/dedupe/fuzzy/review-csv.js';
import type { CandidatePair } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { signature } from './signature-factory.js';

const sides: ReviewSide[] = [
  { source: 'change-org.csv', row: 12, name: 'Min-jun Park', email: 'mj@mail.example', city: 'Seoul', postcode: '', country: 'KR', date: '2026-11-02' },
  { source: '-', row: 3, name: '박민준', email: '', city: '서울', postcode: '', country: 'KR', date: '' },
];
const pair: CandidatePair = {
  a: 0, b: 1, score: 11.24,
  reasons: [{ field: 'given', level: 'exact', weight: 5.31 }, { field: 'family', level: 'exact', weight: 3.2 }, { field: 'city', level: 'disagree', weight: -4 }],
};

describe('review.csv', () => {
  it('writes one line per pair with an empty decision, both sides, the score and the reasons', () => {
    const [row] = reviewCsvRows([pair], (i) => sides[i]);
    expect(row).toHaveLength(REVIEW_HEADER.length);
    const cell = (column: string) => row[REVIEW_HEADER.indexOf(column)];
    expect(cell('decision')).toBe('');
    expect(cell('score')).toBe('11.2');
    expect(cell('name_a')).toBe('Min-jun Park');
    expect(cell('row_b')).toBe(3);
    expect(cell('reasons')).toBe('given=exact(+5.3) family=exact(+3.2) city=disagree(-4.0)');
  });

  it('reads back a review file whose decision column was filled in, in any case, and skips open rows', () => {
    const rows = reviewCsvRows([pair, { ...pair, score: 10.5 }], (i) => sides[i]);
    rows[0][0] = 'Same';
    const text = '\uFEFF' + csvLine(REVIEW_HEADER) + rows.map((r) => csvLine(r)).join('');
    expect(parseDecisions(text)).toMatchObject([
      { a: { source: 'change-org.csv', row: 12 }, b: { source: '-', row: 3 }, decision: 'same' },
    ]);
  });

  it('reads a review file that Excel saved again with ";" between cells and CRLF line ends (adv12b N18)', () => {
    const rows = reviewCsvRows([pair], (i) => sides[i]);
    rows[0][0] = 'same';
    const semicolons = (cells: readonly unknown[]) => `${cells.map((cell) => String(cell).replaceAll(';', ',')).join(';')}\r\n`;
    const text = semicolons(REVIEW_HEADER) + rows.map((r) => semicolons(r)).join('');
    expect(parseDecisions(text)).toMatchObject([{ a: { source: 'change-org.csv', row: 12 }, b: { source: '-', row: 3 }, decision: 'same' }]);
  });

  it('reads a decisions file and keeps the later answer about a pair, whichever way round it is written', () => {
    const first = parseDecisions(csvLine(DECISIONS_HEADER) + csvLine(['a.csv', 1, 'b.csv', 2, 'different']));
    const later = parseDecisions(csvLine(DECISIONS_HEADER) + csvLine(['b.csv', 2, 'a.csv', 1, 'same']));
    const merged = mergeDecisions(first, later);
    expect(merged).toHaveLength(1);
    expect(merged[0].decision).toBe('same');
    expect(decisionsCsvRows(merged)).toEqual([['b.csv', 2, 'a.csv', 1, 'same', '', '', '', '']]);
  });

  it('keeps the content hash of each side when the file has one, and reads old files without it', () => {
    const hash = 'ab'.repeat(32);
    const withHashes = parseDecisions(`source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\na.csv,1,b.csv,2,same,${hash},\n`);
    expect(withHashes).toMatchObject([{ a: { source: 'a.csv', row: 1, sha256: hash }, b: { source: 'b.csv', row: 2 }, decision: 'same' }]);
    expect(decisionsCsvRows(withHashes)).toEqual([['a.csv', 1, 'b.csv', 2, 'same', hash, '', '', '']]);
    expect(parseDecisions('source_a,row_a,source_b,row_b,decision\na.csv,1,b.csv,2,different\n')).toMatchObject([{ a: { source: 'a.csv', row: 1 }, b: { source: 'b.csv', row: 2 }, decision: 'different' }]);
  });

  it.each([
    [csvLine(DECISIONS_HEADER) + csvLine(['a.csv', 1, 'b.csv', 2, 'maybe']), /decision must be "same" or "different"/],
    [csvLine(['source_a', 'row_a', 'decision']) + csvLine(['a.csv', 1, 'same']), /no "source_b" column/],
    [csvLine(DECISIONS_HEADER) + csvLine(['a.csv', 'x', 'b.csv', 2, 'same']), /must name a file and a data row/],
  ])('tells the user what is wrong with a bad decisions file', (text, message) => {
    expect(() => parseDecisions(text)).toThrow(UserError);
    expect(() => parseDecisions(text)).toThrow(message);
  });

  it('describes a signature for review without its street, with the signing day', () => {
    const side = describeForReview({ ...signature({ given: 'Ana', family: 'Silva', city: 'Porto', street: '1 Rua' }), signedAt: Date.UTC(2026, 11, 10, 9) });
    expect(side).toMatchObject({ name: 'Ana Silva', city: 'Porto', date: '2026-12-10' });
    expect(JSON.stringify(side)).not.toContain('Rua');
    expect(describeForReview(undefined).source).toBe('');
  });

  it('describes reasons that carry no finite weight by their level alone', () => {
    expect(describeReasons([{ field: 'email', level: 'household', weight: -Infinity }])).toBe('email=household');
  });
});
