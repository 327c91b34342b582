import { describe, expect, it } from '@jest/globals';
import { sourceNames } from '../../../src/packet/pages/source-names.js';
import type { ScannedSource } from '../../../src/pipeline/scan-sources.js';

/** A source as the scan gives it: a sheet of a workbook is named `path#Sheet`, as the counts by source are keyed. */
const scanned = (path: string, format: string, header: string[], sheet?: string) =>
  ({ name: sheet ? `${path}#${sheet}` : path, spec: { path }, mapping: { format }, info: { header } }) as unknown as Pick<ScannedSource, 'name' | 'spec' | 'mapping' | 'info'>;

describe('what the summary calls each source (adv12b N16; a workbook sheet by its path#Sheet name, outside tester D F7)', () => {
  const sources = [
    scanned('../exports/change-org.csv', 'change-org', ['name', 'email']),
    scanned('../exports/rally-typed.xlsx', 'generic', ['Sheet ID', 'Line', 'Name', 'City'], '입력'),
    scanned('../exports/seoul-paper.csv', 'generic', ['번호', '이름', '주소']),
  ];

  it.each([['en', 'Paper sheets'], ['ko', '종이 서명지'], ['es', 'Hojas de firmas en papel']])('names sheets typed up from the tool\'s own paper sheets as such in %s, not "Other lists"', (language, paper) => {
    const names = sourceNames([], sources, language);
    expect(names['../exports/rally-typed.xlsx#입력']).toBe(paper);
    expect(names['../exports/change-org.csv']).toBe('Change.org');
    // A list with no platform and no sheet columns stays in the summary's "Other lists".
    expect(names['../exports/seoul-paper.csv']).toBeUndefined();
  });

  it('keeps the campaign\'s label over the paper sheets\' name', () => {
    const names = sourceNames([{ pathAsWritten: '../exports/rally-typed.xlsx', label: { en: 'Rally, Seoul', ko: '서울 집회' } }] as never, sources, 'ko');
    expect(names['../exports/rally-typed.xlsx#입력']).toBe('서울 집회');
  });
});
