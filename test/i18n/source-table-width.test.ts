import { describe, expect, it } from '@jest/globals';
import { Chalk } from 'chalk';
import { formatCounts } from '../../src/cli/format-counts.js';
import { displayWidth } from '../../src/dedupe/explain/display-width.js';
import { sampleCounts } from '../packet/pages/sample-counts.js';

describe('the per-source table of `petition count`', () => {
  it('lines up its numbers under the headings when a source is named in Hangul (verifyR1 F-L5)', () => {
    const base = sampleCounts();
    const bucket = Object.values(base.bySource)[0];
    const counts = sampleCounts({ bySource: { 'rally.xlsx#3월 집회': bucket, 'rally.xlsx#부산': bucket, 'exports/plain.csv': bucket } });
    const lines = formatCounts(counts, new Chalk({ level: 0 })).split('\n');
    const table = lines.slice(lines.findIndex((line) => line.trimStart().startsWith('source')));
    const ends = table.slice(0, 4).map((line) => displayWidth(line));
    expect(new Set(ends).size).toBe(1);
  });
});
