import { beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, createReadStream, mkdirSync, promises as fsp, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { join } from 'node:path';
import { allExports, tempDir } from '../helpers/fixtures.js';
import { runMain, type CliResult } from '../helpers/run-main.js';
import { parseDecisions } from '../../src/dedupe/fuzzy/review-csv.js';
import { displayWidth } from '../../src/dedupe/explain/display-width.js';
import { parseReviewFile, type ReviewPair } from '../../src/dedupe/explain/review-file.js';
import type { Prompter } from '../../src/cli/prompter.js';
import type { Counts } from '../../src/types.js';

type Answer = 'same' | 'different' | 'skip' | 'quit' | 'ctrl-c';

/** Answers select questions in order, and remembers what was on screen when each was asked. */
function scriptedPrompter(answers: Answer[], screen: () => string): Prompter & { asked: string[] } {
  const asked: string[] = [];
  let seen = 0;
  const refuse = async (): Promise<never> => { throw new Error('unexpected prompt'); };
  return {
    asked,
    input: refuse, confirm: refuse, editor: refuse,
    select: async <T>(): Promise<T> => {
      const text = screen();
      asked.push(text.slice(seen));
      seen = text.length;
      const answer = answers[asked.length - 1];
      if (answer === undefined) throw new Error(`question ${asked.length} was not scripted`);
      if (answer === 'ctrl-c') throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
      return answer as T;
    },
  };
}

/** Runs the CLI in-process like runMain, with a scripted prompter that sees the stdout written so far. */
async function review(argv: string[], answers: Answer[]): Promise<CliResult & { asked: string[] }> {
  let stdout = '';
  let stderr = '';
  const prompter = scriptedPrompter(answers, () => stdout);
  const code = await main(argv, {
    now: () => new Date('2026-11-23T12:00:00Z'),
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    stdout: { write: (text) => (stdout += text), isTTY: false },
    stderr: { write: (text) => (stderr += text), isTTY: false },
    stdin: () => Readable.from([]),
    openRead: (path) => createReadStream(path),
    readFile: (path) => fsp.readFile(path),
    prompter,
    collectGarbage: () => undefined,
  });
  return { code, stdout, stderr, asked: prompter.asked };
}

const pairId = (p: { a: { source: string; row: number }; b: { source: string; row: number } }): string => `${p.a.source}:${p.a.row} ~ ${p.b.source}:${p.b.row}`;

describe('petition review', () => {
  let dir: string;
  let reviewPath: string;
  let pairs: ReviewPair[];
  let before: Counts;

  beforeAll(async () => {
    dir = tempDir();
    reviewPath = join(dir, 'review.csv');
    const dedupe = await runMain(['dedupe', ...allExports(), '-o', join(dir, 'merged.csv'), '--review', reviewPath]);
    expect(dedupe.code).toBe(1);
    pairs = parseReviewFile(readFileSync(reviewPath, 'utf8'), reviewPath).pairs;
    before = JSON.parse((await runMain(['count', '--json', ...allExports()])).stdout) as Counts;
    expect(pairs.length).toBe(before.pendingReview);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
  });

  it('asks each open pair once, saves every answer, and count applies them', async () => {
    const decisionsPath = join(dir, 'walk', 'decisions.csv');
    const first = await review(['review', reviewPath, '--decisions', decisionsPath], ['same', 'different', 'quit']);
    expect(first.asked).toHaveLength(3);
    expect(first.asked[0]).toContain(`pair 1 of ${pairs.length}`);
    expect(first.asked[2]).toContain(`pair 3 of ${pairs.length}`);
    expect(first.asked[0]).toContain(pairs[0].a.name);
    expect(first.stdout).toContain(`2 decided (1 same, 1 different), ${pairs.length - 2} still open`);
    expect(first.code).toBe(1);

    const saved = parseDecisions(readFileSync(decisionsPath, 'utf8'));
    expect(saved.map((d) => [pairId(d), d.decision])).toEqual([[pairId(pairs[0]), 'same'], [pairId(pairs[1]), 'different']]);
    expect(statSync(decisionsPath).mode & 0o777).toBe(0o600);

    // A second run starts at the first pair nobody decided.
    const second = await review(['review', reviewPath, '--decisions', decisionsPath], ['quit']);
    expect(second.asked).toHaveLength(1);
    expect(second.asked[0]).toContain(`pair 1 of ${pairs.length - 2}`);
    expect(second.asked[0]).toContain(pairs[2].a.name);
    expect(second.stderr).toContain(`2 of ${pairs.length} pairs were decided before`);
    expect(second.stdout).toContain(`0 decided (0 same, 0 different), ${pairs.length - 2} still open`);

    // "same" merges the pair (one fewer signer); "different" keeps two people; neither is pending any more.
    const after = JSON.parse((await runMain(['count', '--json', '--decisions', decisionsPath, ...allExports()])).stdout) as Counts;
    expect(after.pendingReview).toBe(before.pendingReview - 2);
    expect(after.unique).toBe(before.unique - 1);
    expect(after.duplicatesByRule.review_same).toBe(1);
  });

  it('shows both records aligned and marks the fields that differ', async () => {
    const decisionsPath = join(dir, 'aligned', 'decisions.csv');
    const fields = ['name', 'city', 'postcode', 'country', 'date'] as const;
    // A pair and a field given on both sides with different values (a signing day, a city spelled in two scripts).
    const at = pairs.findIndex((p) => fields.some((f) => p.a[f] && p.b[f] && p.a[f] !== p.b[f]));
    expect(at).toBeGreaterThanOrEqual(0);
    const differing = fields.find((f) => pairs[at].a[f] && pairs[at].b[f] && pairs[at].a[f] !== pairs[at].b[f])!;
    const result = await review(['review', reviewPath, '--decisions', decisionsPath], [...Array<Answer>(at).fill('skip'), 'quit']);
    const screen = result.asked[at].split('\n');
    const lineOf = (field: string): string => screen.find((l) => l.trimStart().startsWith(`${field} `))!;
    expect(lineOf(differing)).toContain(pairs[at].a[differing]);
    expect(lineOf(differing)).toContain(pairs[at].b[differing]);
    expect(lineOf(differing)).toMatch(/≠$/);
    // The same name on both sides, and a field only one side gave, are not marked.
    expect(lineOf('name')).not.toMatch(/≠/);
    const oneSided = fields.find((f) => Boolean(pairs[at].a[f]) !== Boolean(pairs[at].b[f]));
    if (oneSided) expect(lineOf(oneSided)).toMatch(/—/);
    if (oneSided) expect(lineOf(oneSided)).not.toMatch(/≠/);
    // The columns line up: B starts in the same column on every field line.
    const bColumn = (line: string, value: string): number => displayWidth(line.slice(0, line.lastIndexOf(value)));
    expect(bColumn(lineOf('name'), pairs[at].b.name)).toBe(bColumn(lineOf(differing), pairs[at].b[differing]));
    // Skipped pairs stay open and nothing is written.
    expect(result.stdout).toContain(`0 decided (0 same, 0 different), ${pairs.length} still open`);
    expect(() => statSync(decisionsPath)).toThrow();
  });

  it('keeps the answers given before Ctrl-C', async () => {
    const decisionsPath = join(dir, 'interrupted', 'decisions.csv');
    const result = await review(['review', reviewPath, '--decisions', decisionsPath], ['different', 'ctrl-c']);
    expect(result.stdout).toContain('Stopped. 1 decided (0 same, 1 different)');
    expect(parseDecisions(readFileSync(decisionsPath, 'utf8')).map(pairId)).toEqual([pairId(pairs[0])]);
    expect(result.code).toBe(1);
  });

  it('imports decisions filled in a spreadsheet, asking nothing', async () => {
    const sub = join(dir, 'import');
    const filled = join(dir, 'filled.csv');
    const lines = readFileSync(reviewPath, 'utf8').split('\r\n');
    lines[1] = `same${lines[1]}`;
    lines[2] = `다른 사람${lines[2]}`;
    writeFileSync(filled, lines.join('\r\n'));
    const decisionsPath = join(sub, 'decisions.csv');
    const result = await runMain(['review', filled, '--decisions', decisionsPath, '--import']);
    expect(result.stdout).toContain(`2 decided (1 same, 1 different), ${pairs.length - 2} still open`);
    expect(parseDecisions(readFileSync(decisionsPath, 'utf8')).map((d) => d.decision)).toEqual(['same', 'different']);

    // Importing the same file again changes nothing.
    const again = await runMain(['review', filled, '--decisions', decisionsPath, '--import']);
    expect(again.stdout).toContain(`0 decided (0 same, 0 different), ${pairs.length - 2} still open`);
  });

  it('writes decisions.csv beside the review file by default', async () => {
    const sub = tempDir();
    copyFileSync(reviewPath, join(sub, 'review.csv'));
    const result = await review(['review', join(sub, 'review.csv')], ['same', 'quit']);
    expect(result.code).toBe(1);
    expect(parseDecisions(readFileSync(join(sub, 'decisions.csv'), 'utf8'))).toHaveLength(1);
  });

  it('stops with exit 2, naming the row, on a decision that is neither same nor different', async () => {
    mkdirSync(join(dir, 'bad'), { recursive: true });
    const filled = join(dir, 'bad', 'filled.csv');
    const lines = readFileSync(reviewPath, 'utf8').split('\r\n');
    lines[1] = `maybe${lines[1]}`;
    writeFileSync(filled, lines.join('\r\n'));
    const result = await runMain(['review', filled, '--import']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/filled\.csv, row 1, column "decision": decision must be "same" or "different", not "maybe"/);
  });

  it('names a missing review file and exits 2', async () => {
    const result = await runMain(['review', join(dir, 'nope.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.csv: no such file');
  });
});
