// A file whose only data row is broken (an unquoted comma) has its header recognised and the row rejected as
// broken_row, not the whole file refused as having no header row (#11 A10, advs8 r_shift1.csv).
import { describe, expect, it } from '@jest/globals';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe } from '../../src/pipeline/run-dedupe.js';
import { findHeader } from '../../src/read/find-header.js';
import { tempDir } from '../helpers/fixtures.js';

const HEADER = 'name,email,country,comment,date,Anonymous';
const ROW = 'Pat Hidden,ph@ex.example,US,hello, world,2025-11-01,yes';

describe('a file whose only row is broken', () => {
  it('takes the named line above the row as the header', () => {
    expect(findHeader([{ cells: HEADER.split(',') }, { cells: ROW.split(',') }])).toBe(0);
  });

  it('is read, its row rejected as broken_row', async () => {
    const file = join(tempDir(), 'r_shift1.csv');
    writeFileSync(file, `${HEADER}\n${ROW}\n`);
    const run = await runDedupe({ specs: [{ path: file }], open: (spec) => createReadStream(spec.path), exact: true });
    expect(run.counts).toMatchObject({ rows: 1, rejected: 1, accepted: 0 });
    expect(run.rejections).toEqual([expect.objectContaining({ row: 1, reason: 'broken_row' })]);
  });
});
