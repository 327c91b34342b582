// dedupe writes its files from what the first pass spooled, without reading the sources again: the files must be
// the ones a second reading writes, byte for byte.
import { describe, expect, it } from '@jest/globals';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runDedupe, type DedupeRunOptions } from '../../src/pipeline/run-dedupe.js';
import { writeDedupeOutputs } from '../../src/pipeline/write-dedupe-outputs.js';
import { OutputSpool } from '../../src/pipeline/output-spool.js';
import type { ScanOptions } from '../../src/pipeline/scan-sources.js';
import { allExports, tempDir } from '../helpers/fixtures.js';
import { makeSignature } from '../dedupe/make-signature.js';
import { csvCell, csvLine } from '../../src/output/csv-cell.js';
import type { Signature } from '../../src/types.js';

/** What a spooled accepted row's byte ranges must hold, as the cells of merged.csv and clusters.csv read them. */
function expectedParts(s: Signature): string[] {
  const cells = (values: Array<string | number>): string => values.map((v) => csvCell(v)).join(',');
  return [
    `${csvCell(s.source)},${csvCell(s.row)}`,
    cells([s.source, s.row, s.name, s.given, s.family, s.email, s.phone, s.street, s.city, s.region, s.postcode, s.country,
      s.signedAt === null ? '' : new Date(s.signedAt).toISOString(), s.language]),
    cells([s.comment, s.birthDate, s.idNumber]),
    s.paper ? cells([s.paper.sheet, s.paper.line]) : ',',
    csvCell(s.line),
  ];
}

async function outputs(scan: ScanOptions, options: Partial<DedupeRunOptions>, spooled: boolean, chunkBytes?: number): Promise<{ files: Record<string, string>; reads: number }> {
  let reads = 0;
  const counted: ScanOptions = { ...scan, open: (spec) => { reads++; return scan.open(spec); } };
  const spool = spooled ? new OutputSpool(chunkBytes) : undefined;
  try {
    const run = await runDedupe({ ...counted, ...options, outputSpool: spool });
    const readsInRun = reads;
    const dir = tempDir();
    const paths = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), rejects: join(dir, 'rejects.csv'), review: join(dir, 'review.csv'), bom: true, spool };
    await writeDedupeOutputs(run, counted, paths);
    const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
    return { files, reads: reads - readsInRun };
  } finally {
    spool?.close();
  }
}

describe('dedupe outputs written from the first pass', () => {
  const scan: ScanOptions = { specs: allExports().map((path) => ({ path })), open: (spec) => createReadStream(spec.path) };

  it('are byte-identical to a second reading, --exact, and the sources are not read again', async () => {
    const again = await outputs(scan, { exact: true }, false);
    const once = await outputs(scan, { exact: true }, true);
    expect(Object.keys(once.files).sort()).toEqual(['clusters.csv', 'merged.csv', 'rejects.csv', 'review.csv']);
    expect(once.files).toEqual(again.files);
    expect(again.reads).toBeGreaterThanOrEqual(scan.specs.length);
    expect(once.reads).toBe(0);
    // Rejected rows, anonymous signers and every exact rule are in the fixtures, so each kind of line was compared.
    expect(once.files['rejects.csv'].split('\n').length).toBeGreaterThan(5);
    expect(once.files['merged.csv']).toMatch(/,yes,/);
  });

  it('are byte-identical in the default mode, where fuzzy scores and reasons fill clusters.csv and review.csv', async () => {
    const again = await outputs(scan, {}, false);
    const once = await outputs(scan, {}, true);
    expect(once.files).toEqual(again.files);
    expect(once.files['clusters.csv']).toMatch(/,fuzzy,/);
    expect(once.files['review.csv'].split('\n').length).toBeGreaterThan(2);
  });

  it('are the same when the spool goes to its file in small chunks, records spanning two reads', async () => {
    const again = await outputs(scan, { exact: true }, false);
    const once = await outputs(scan, { exact: true }, true, 700);
    expect(once.files).toEqual(again.files);
  });

  it('keep each part of a row apart in its bytes: other scripts, emoji, halves of surrogate pairs at the seams, paper lines', async () => {
    const rows: Signature[] = [
      { ...makeSignature({ name: 'Jürgen Müller', email: 'j@x.example', city: 'Köln', language: 'de' }), comment: 'Grüße, "alle"' },
      { ...makeSignature({ name: '김민준 😀', source: '서명.csv', language: 'ko\uD83D' }), comment: '\uDE00 half', idNumber: '=1+1' },
      { ...makeSignature({ name: 'Ana' }), birthDate: '\uD83D', paper: { sheet: 'P-1\uD83D', line: 7 } },
      { ...makeSignature({ name: 'Zoë', source: 'a,b.csv' }), comment: '\uD83D\uDE00', idNumber: '\uDE00' },
    ];
    for (const chunkBytes of [64, 700, undefined]) {
      const spool = new OutputSpool(chunkBytes);
      try {
        rows.forEach((signature, index) => {
          spool.add({ kind: 'accepted', signature, index });
          spool.add({ kind: 'rejected', rejection: { source: signature.source, row: index, line: index + 2, reason: 'no_name', detail: `é ${index}` } });
        });
        const seen: string[][] = [];
        const rejected: string[][] = [];
        await spool.replay({
          accepted(row) {
            const text = (from: number, to: number): string => row.bytes.toString('utf8', from, to);
            seen.push([text(row.start, row.whereEnd), text(row.start, row.beforeEnd), text(row.beforeEnd, row.afterEnd), text(row.afterEnd, row.paperEnd), text(row.paperEnd, row.lineEnd)]);
          },
          rejected(row) {
            rejected.push([row.bytes.toString('utf8', row.start, row.clustersEnd), row.bytes.toString('utf8', row.clustersEnd, row.rejectsEnd)]);
          },
        }, () => null);
        // Decoding a range turns a lone half into U+FFFD, as writing the part alone did.
        const asWritten = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
        expect(seen).toEqual(rows.map((s) => expectedParts(s).map(asWritten)));
        expect(rejected.map(([, rejects]) => rejects)).toEqual(rows.map((s, i) => csvLine([s.source, i, i + 2, 'no_name', '', `é ${i}`])));
      } finally {
        spool.close();
      }
    }
  });

  it('leave no spool behind', async () => {
    const spool = new OutputSpool();
    const path = (spool as unknown as { dir: string }).dir;
    expect(existsSync(path)).toBe(true);
    spool.close();
    expect(existsSync(path)).toBe(false);
  });
});
