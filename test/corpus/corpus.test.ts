// Runs every hostile input of the corpus through the CLI (in process) and checks the outcome its table row promises.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { compileTemplate } from '../../src/packet/letter/compile-template.js';
import { UserError } from '../../src/errors.js';
import { CAMPAIGN_CASES, EXPORT_CASES, TEMPLATE_CASES, type ExportCase } from './cases.js';
import { emailsIn, phonesIn, expectConservation, expectNoCrash, expectNoEmails, expectOwnerOnly, readWrittenCsv, type CountsJson } from './check-outcome.js';

const CASES_DIR = fileURLToPath(new URL('./cases/', import.meta.url));
const casePath = (file: string): string => join(CASES_DIR, file);

describe('the corpus itself', () => {
  it('has at least 60 cases, each with a file on disk, and every file in the table', () => {
    const total = EXPORT_CASES.length + CAMPAIGN_CASES.length + TEMPLATE_CASES.length;
    expect(total).toBeGreaterThanOrEqual(60);
    const listed = new Set([...EXPORT_CASES, ...CAMPAIGN_CASES, ...TEMPLATE_CASES].map((c) => c.file));
    for (const file of listed) expect({ file, exists: existsSync(casePath(file)) }).toEqual({ file, exists: true });
    const helpers = new Set(['a.csv']);
    for (const file of readdirSync(CASES_DIR)) if (!helpers.has(file)) expect({ file, listed: listed.has(file) }).toEqual({ file, listed: true });
  });
});

describe('hostile exports: count and dedupe', () => {
  for (const testCase of EXPORT_CASES) {
    const run = testCase.knownBug ? it.failing : it;
    run(`${testCase.file}: ${testCase.why}`, async () => {
      await checkExportCase(testCase);
    });
  }
});

async function checkExportCase(testCase: ExportCase): Promise<void> {
  const path = casePath(testCase.file);
  const args = testCase.args ?? [];
  const emails = emailsIn(readFileSync(path));
  const phones = phonesIn(readFileSync(path));

  const count = await runMain(['count', '--json', path, ...args]);
  expectNoCrash(count, testCase.flagError ? undefined : testCase.file);
  expect({ exit: count.code, stderr: count.stderr }).toEqual({ exit: testCase.exit, stderr: expect.any(String) });
  for (const text of testCase.stderrIncludes ?? []) expect(count.stderr).toContain(text);
  for (const text of testCase.stderrExcludes ?? []) expect(count.stderr).not.toContain(text);
  expectNoEmails(count.stderr, emails, phones);
  // inspect reads the same file for a person: it must not crash or show an email either.
  const inspect = await runMain(['inspect', path, '--json', '--rows', '20', ...args]);
  expectNoCrash(inspect, testCase.flagError ? undefined : testCase.file);
  expectNoEmails(inspect.stdout + inspect.stderr, emails, phones);
  if (testCase.exit === 2) {
    expect(count.stdout).toBe('');
    return;
  }
  expectNoEmails(count.stdout, emails, phones);
  const counts = JSON.parse(count.stdout) as CountsJson;
  expectConservation(counts);
  if (testCase.counts) {
    const { rows, rejected, accepted, duplicates, unique } = counts;
    expect({ rows, rejected, accepted, duplicates, unique }).toEqual(testCase.counts);
  }
  if (testCase.rejectReasons) expect(counts.rejectReasons).toEqual(testCase.rejectReasons);
  if (testCase.problems) expect(counts.problems.map((p) => p.code).sort()).toEqual([...testCase.problems].sort());

  // The same input through dedupe: the files agree with the counts, row for row.
  const dir = tempDir();
  const out = { merged: join(dir, 'merged.csv'), clusters: join(dir, 'clusters.csv'), rejects: join(dir, 'rejects.csv') };
  const dedupe = await runMain(['dedupe', path, ...args, '-o', out.merged, '--clusters', out.clusters, '--rejects', out.rejects, '--json']);
  expectNoCrash(dedupe, testCase.flagError ? undefined : testCase.file);
  expect(dedupe.code).toBe(testCase.exit);
  expectNoEmails(dedupe.stderr, emails, phones);
  const merged = readWrittenCsv(out.merged);
  const clusters = readWrittenCsv(out.clusters);
  const rejects = readWrittenCsv(out.rejects);
  for (const file of Object.values(out)) expectOwnerOnly(file);
  expect(merged.length).toBe(counts.unique);
  expect(clusters.length).toBe(counts.rows);
  expect(rejects.length).toBe(counts.rejected);
  const statuses = { kept: 0, duplicate: 0, rejected: 0 } as Record<string, number>;
  for (const row of clusters) statuses[row.status]++;
  expect(statuses).toEqual({ kept: counts.unique, duplicate: counts.duplicates, rejected: counts.rejected });
  if (testCase.names) expect(merged.map((row) => row.name)).toEqual(testCase.names);
  if (testCase.merged) {
    const fields = Object.keys(testCase.merged[0]);
    expect(merged.map((row) => Object.fromEntries(fields.map((f) => [f, row[f]])))).toEqual(testCase.merged);
  }
}

describe('hostile campaign files: petition packet --campaign', () => {
  for (const testCase of CAMPAIGN_CASES) {
    it(`${testCase.file}: ${testCase.why}`, async () => {
      const dir = tempDir();
      // The campaign names a.csv beside it: copy both so the packet lands in a temporary folder.
      copyFileSync(casePath(testCase.file), join(dir, testCase.file));
      copyFileSync(casePath('a.csv'), join(dir, 'a.csv'));
      const started = Date.now();
      const result = await runMain(['packet', '--campaign', join(dir, testCase.file), '-o', join(dir, 'out'), '--json']);
      const elapsed = Date.now() - started;
      expectNoCrash(result, testCase.file);
      expect(result.code).toBe(testCase.exit);
      for (const text of testCase.stderrIncludes ?? []) expect(result.stderr).toContain(text);
      if (testCase.maxMs !== undefined) expect(elapsed).toBeLessThan(testCase.maxMs);
      if (testCase.exit === 2) expect(existsSync(join(dir, 'out'))).toBe(false);
      else expect(readdirSync(join(dir, 'out'))).toContain('manifest.json');
    });
  }
});

describe('hostile letter templates', () => {
  for (const testCase of TEMPLATE_CASES) {
    it(`${testCase.file}: ${testCase.why}`, () => {
      const path = casePath(testCase.file);
      const render = (): string => compileTemplate(readFileSync(path, 'utf8'), path)({ official: 'Ms. Kim', signers: 3 });
      if (!testCase.refused) {
        expect(render()).toBe(testCase.output);
        return;
      }
      let error: unknown;
      try {
        render();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UserError);
      const message = (error as UserError).describe();
      expect(message).toContain(path);
      if (testCase.messageIncludes) expect(message).toContain(testCase.messageIncludes);
      expect(message).not.toContain('root:');
    });
  }

  it('refuses an organizer template that includes /etc/passwd through the packet command, naming the template file and line', async () => {
    const dir = tempDir();
    const campaign = readFileSync(casePath('campaign-valid.yaml'), 'utf8') + 'templates: letters\n';
    writeFileSync(join(dir, 'campaign.yaml'), campaign);
    copyFileSync(casePath('a.csv'), join(dir, 'a.csv'));
    mkdirSync(join(dir, 'letters'));
    copyFileSync(casePath('template-partial-passwd.hbs'), join(dir, 'letters', 'en.hbs'));
    const result = await runMain(['packet', '--campaign', join(dir, 'campaign.yaml'), '-o', join(dir, 'out')]);
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(dir, 'letters', 'en.hbs')}, line 2: template error`);
    expect(result.stderr).not.toContain('root:');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
