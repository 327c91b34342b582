// A review.csv saved by a spreadsheet in a European locale separates its cells with ";": `review --import` reads it
// as it reads such a decisions.csv (adv12b N18).
import { describe, expect, it } from '@jest/globals';
import { parseReviewFile } from '../../../src/dedupe/explain/review-file.js';

const HEADER = ['decision', 'score', 'source_a', 'row_a', 'name_a', 'email_a', 'city_a', 'postcode_a', 'country_a', 'date_a', 'source_b', 'row_b', 'name_b', 'email_b', 'city_b', 'postcode_b', 'country_b', 'date_b', 'reasons'];
const ROW = ['same', '11.6', '../exports/change-org.csv', '4', '김민준', '', 'Seoul', '04524', 'KR', '2025-11-03', '../exports/seoul-paper.csv', '4', '김민준', 'minjun.kim@gmail.com', '서울', '', 'KR', '2025-11-01', 'given=exact(+5.2)'];

describe('parseReviewFile', () => {
  it.each([[';'], ['\t'], [',']])('reads a review file separated by %j, its pairs and the decisions filled in', (separator) => {
    const text = `\uFEFF${HEADER.join(separator)}\r\n${ROW.join(separator)}\r\n`;
    const review = parseReviewFile(text, 'review.csv');
    expect(review.pairs).toHaveLength(1);
    expect(review.pairs[0].a).toMatchObject({ source: '../exports/change-org.csv', row: 4, name: '김민준' });
    expect(review.filled).toHaveLength(1);
    expect(review.filled[0].decision).toBe('same');
  });
});
