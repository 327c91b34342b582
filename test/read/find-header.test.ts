import { describe, expect, it } from '@jest/globals';
import { findHeader } from '../../src/read/find-header.js';

const rows = (...lines: string[]) => lines.map((line) => ({ cells: line.split(',') }));

describe('findHeader', () => {
  it.each([
    ['a header on the first line', rows('name,email', 'Anna,a@x', 'Bob,b@x'), 0],
    ['after the petitions.eu preamble', rows('Petition: Stop', 'Id: 4821', 'Number of signatures: 2', 'Name,City,Visible,Confirmed at', 'Anna,Berlin,yes,2025', 'Bob,Rome,no,2025'), 3],
    ['a header-only file after its preamble', rows('Petition: Stop', 'Id: 4821', 'Number of signatures: 0', 'Name,City,Visible,Confirmed at'), 3],
    ['a preamble line padded with delimiters', rows('Petition: Stop,,,', 'Name,City,Visible,Confirmed at', 'Anna,Berlin,yes,2025'), 1],
    ['a preamble line that holds a comma', rows('Petition: Stop, now', 'Name,City,Visible', 'Anna,Berlin,yes', 'Bob,Rome,no'), 1],
    ['every row shorter than the header', rows('name,email,country', 'Anna,a@x.example', 'Bob,b@x.example', 'Cy,c@x.example'), 0],
    ['rows shorter than the header after a preamble', rows('Petition: Stop', 'Id: 4821', 'Name,City,Visible,Confirmed at', 'Anna,Berlin,yes', 'Bob,Rome,no'), 2],
    ['short rows without contacts, under known headers', rows('이름,주소,서명일', '김민준,서울', '박지호,부산'), 0],
    ['a title wider than the rows before the header', rows('Petition: Stop, China, from returning, refugees', 'name,email,country', 'Anna,a@x.example,DE', 'Bob,b@x.example,IT'), 1],
    ['unknown column names, a few rows as wide as the header and most shorter', rows('who,reach,where', 'Anna,a@x.example,DE', 'Bob,b@x.example', 'Cy,c@x.example', 'Dee,d@x.example'), 0],
    ['unknown column names under a title wider than everything', rows('Petition: Stop, China, from returning, refugees', 'who,reach,where', 'Anna,a@x.example', 'Bob,b@x.example'), 1],
    ['a one-column file', rows('name', 'Anna', 'Bob'), 0],
    ['no records', [], -1],
  ])('%s', (_label, records, index) => {
    expect(findHeader(records)).toBe(index);
  });
});
