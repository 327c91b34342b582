import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDecisions } from '../../src/cli/read-decisions.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('readDecisions', () => {
  it('reads a decisions file saved by Excel (with a BOM)', async () => {
    const path = join(tempDir(), 'decisions.csv');
    writeFileSync(path, '\uFEFFsource_a,row_a,source_b,row_b,decision\na.csv,1,b.csv,2,same\n');
    await expect(readDecisions(path)).resolves.toEqual([{ a: { source: 'a.csv', row: 1 }, b: { source: 'b.csv', row: 2 }, decision: 'same', row: 1, file: path }]);
  });

  it('refuses a file that does not exist, so a mistyped path is never taken for "no decisions"', async () => {
    const path = join(tempDir(), 'not-yet.csv');
    await expect(readDecisions(path)).rejects.toThrow('no such decisions file');
  });

  it('names the file when its content is wrong', async () => {
    const path = join(tempDir(), 'decisions.csv');
    writeFileSync(path, 'left,right\n1,2\n');
    await expect(readDecisions(path)).rejects.toMatchObject({ location: { file: path } });
  });
});

describe('a decisions file that cannot be read', () => {
  it('stops petition count with exit 2 when the file does not exist, instead of counting as if nothing was decided', async () => {
    const result = await runMain(['count', '--campaign', CAMPAIGN, '--decisions', join(tempDir(), 'nofile.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such decisions file');
  });

  it('stops petition packet with exit 2 instead of being ignored', async () => {
    const folder = join(tempDir(), 'decisions.csv');
    mkdirSync(folder);
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--decisions', folder, '-o', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read the decisions file');
  });
});

describe('a decisions file not to be trusted blindly (#11 D9)', () => {
  const SIGNERS = 'name,email,country\nKim Minjun,kmj@x.example,KR\nCarol Chen,carol@c.example,US\nDan Doe,,US\n';

  function run(decisions: string) {
    const folder = tempDir();
    const input = join(folder, 'signers.csv');
    writeFileSync(input, SIGNERS);
    const path = join(folder, 'decisions.csv');
    writeFileSync(path, decisions.replaceAll('INPUT', input).replaceAll('HASH', createHash('sha256').update(SIGNERS).digest('hex')));
    return { path, result: runMain(['count', input, '--decisions', path]) };
  }

  it.each([
    ['without its header (the first decision taken for one)', 'INPUT,1,INPUT,2,same\nINPUT,2,INPUT,3,different\n'],
    ['without its header, one decision only', 'INPUT,1,INPUT,2,same\n'],
    ['of other columns', 'x\n'],
    ['empty', ''],
  ])('refuses a file %s with exit 2, naming the file and the header it expects', async (_label, text) => {
    const { path, result } = run(text);
    const { code, stderr } = await result;
    expect(code).toBe(2);
    expect(stderr).toContain(`${path}, line 1: not a decisions file`);
    expect(stderr).toContain('source_a,row_a,source_b,row_b,decision');
  });

  it('names a decision about a row the input does not have (exit 1), by the decisions file row', async () => {
    const { path, result } = run('source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nINPUT,3,INPUT,2,different,HASH,HASH\nINPUT,1,INPUT,99,same,HASH,HASH\n');
    const { code, stderr } = await result;
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`${path.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}, row 2: the decision names row 99 of .*signers\\.csv, which has 3 rows`));
  });

  it('names each "same person" decision joining two different email addresses (exit 1), without printing them', async () => {
    const { path, result } = run('source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nINPUT,1,INPUT,2,same,HASH,HASH\nINPUT,1,INPUT,3,same,HASH,HASH\n');
    const { code, stderr } = await result;
    expect(code).toBe(1);
    const warnings = stderr.split('\n').filter((line) => line.includes('different email addresses'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${path}, row 1: "same person" joins row 1 of`);
    expect(stderr).not.toMatch(/kmj@|carol@/);
  });

  it.each([
    ['without sha256 columns', 'source_a,row_a,source_b,row_b,decision\nINPUT,1,INPUT,2,same\n', 1],
    ['with a malformed sha256', 'source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nINPUT,1,INPUT,2,same,deadbeef,HASH\n', 1],
    ['deciding a row "same" as itself', 'source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nINPUT,2,INPUT,2,same,HASH,HASH\n', 1],
    ['deciding one pair both ways', 'source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nINPUT,1,INPUT,2,same,HASH,HASH\nINPUT,2,INPUT,1,different,HASH,HASH\n', 2],
  ])('applies no decision %s, and names the decisions file row (exit 1)', async (_label, text, row) => {
    const { path, result } = run(text);
    try {
      const { code, stderr, stdout } = await result;
      expect(code).toBe(1);
      expect(stderr).toContain(`${path}, row ${row}: `);
      expect(stdout).toMatch(/unique signers\s+3\b/i);
    } finally {
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });
});

describe('a "same" decision joining two email addresses (#11 D9)', () => {
  const EXPORTS = ['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv']
    .map((name) => fileURLToPath(new URL(`../../fixtures/exports/${name}`, import.meta.url)));

  it('keeps the certain merges of both people: one signer fewer, no pair sent back to review', async () => {
    const folder = tempDir();
    try {
      const before = JSON.parse((await runMain(['count', ...EXPORTS, '--json'])).stdout);
      const network = EXPORTS[2];
      const hash = createHash('sha256').update(readFileSync(network)).digest('hex');
      const decisions = join(folder, 'decisions.csv');
      writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\n${network},1,${network},2,same,${hash},${hash}\n`);
      const after = JSON.parse((await runMain(['count', ...EXPORTS, '--decisions', decisions, '--json'])).stdout);
      expect({ unique: after.unique, pendingReview: after.pendingReview }).toEqual({ unique: before.unique - 1, pendingReview: before.pendingReview });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
