import { describe, expect, it } from '@jest/globals';
import { createProblemLog } from '../../src/normalize/problem-log.js';

const says = (count: number, rows: string): string => `${count} (rows ${rows})`;

describe('createProblemLog', () => {
  it('gives one problem per code and value, at its first row, with a count and the first five rows', () => {
    const log = createProblemLog('a.csv');
    for (let row = 1; row <= 7; row++) log.note('unknown_country', 'Atlantis', row, row + 1, 'country', says);
    log.note('unknown_country', 'Narnia', 3, 4, 'country', says);
    expect(log.problems()).toEqual([
      { source: 'a.csv', row: 1, line: 2, column: 'country', code: 'unknown_country', message: '7 (rows 1, 2, 3, 4, 5, …)' },
      { source: 'a.csv', row: 3, line: 4, column: 'country', code: 'unknown_country', message: '1 (rows 3)' },
    ]);
  });

  it('lists file problems first', () => {
    const log = createProblemLog('a.csv');
    log.note('invalid_email', '', 2, 3, 'email', says);
    log.noteFile('date_order', 'Dates are read as day/month/year.', 'date');
    expect(log.problems().map((p) => p.code)).toEqual(['date_order', 'invalid_email']);
  });

  it('lists at most 50 distinct values per code and counts the rest together', () => {
    const log = createProblemLog('junk.csv');
    for (let row = 1; row <= 1000; row++) log.note('unknown_country', `junk ${row}`, row, row + 1, 'country', says);
    const problems = log.problems();
    expect(problems).toHaveLength(51);
    expect(problems[50]).toMatchObject({ row: 51, message: '950 more rows with other values (rows 51, 52, 53, 54, 55, …)' });
  });
});

describe('createProblemLog: a rejected row taken back', () => {
  it('takes back the last row\'s notes of the codes given, and an entry that row opened goes whole', () => {
    const log = createProblemLog('a.csv');
    log.note('invalid_email', '', 2, 2, 'email', says);
    log.note('invalid_email', '', 3, 3, 'email', says);
    log.note('anonymity_in_name', '', 3, 3, 'name', says);
    log.retract(3, new Set(['invalid_email']));
    expect(log.problems().map((p) => [p.code, p.message])).toEqual([['invalid_email', '1 (rows 2)'], ['anonymity_in_name', '1 (rows 3)']]);
    log.note('unknown_country', 'Atlantis', 4, 4, 'country', says);
    log.retract(4, new Set(['unknown_country']));
    // Only the row noted last can be taken back.
    log.retract(2, new Set(['invalid_email']));
    expect(log.problems().map((p) => p.code)).toEqual(['invalid_email', 'anonymity_in_name']);
  });
});
