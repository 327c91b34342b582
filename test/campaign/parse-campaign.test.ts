import { tempDir } from '../helpers/fixtures.js';
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCampaign } from '../../src/campaign/load-campaign.js';
import { parseCampaign } from '../../src/campaign/parse-campaign.js';
import { UserError } from '../../src/errors.js';
import { minimalCampaign } from './minimal-campaign.js';

const BASE = '/campaigns/demo';

function parseError(text: string): UserError {
  try {
    parseCampaign(text, 'campaign.yaml', BASE);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseCampaign: a valid file', () => {
  it('resolves source paths against the campaign folder and keeps the path as written', () => {
    const campaign = parseCampaign(minimalCampaign(), 'campaign.yaml', BASE);
    expect(campaign.sources[0].path).toBe(resolve(BASE, '../exports/a.csv'));
    expect(campaign.sources[0].pathAsWritten).toBe('../exports/a.csv');
    expect(campaign.sources[0].country).toBe('KR');
  });

  it('takes the petition languages from the titles when not listed', () => {
    expect(parseCampaign(minimalCampaign(), 'c.yaml', BASE).petition.languages).toEqual(['en', 'ko', 'es']);
  });

  it('accepts the later-work fields: since and goal', () => {
    const text = minimalCampaign((l) => l.push(
      '  - id: second', '    target: un-sg', '    date: 2014-06-20', '    place: New York', '    privacy: count-only',
      '    since: first', '    goal: { total: 200000, countries: { KR: 5000 }, minCountries: 3 }',
    ));
    const campaign = parseCampaign(text, 'c.yaml', BASE);
    expect(campaign.deliveries[1].since).toBe('first');
    expect(campaign.deliveries[1].goal).toEqual({ total: 200000, countries: { KR: 5000 }, minCountries: 3 });
  });
});

describe('parseCampaign: mistakes name the line and the field', () => {
  const cases: Array<{ name: string; edit: (lines: string[]) => void; line: number; message: RegExp }> = [
    { name: 'privacy not one of the choices', edit: (l) => { l[23] = '    privacy: private'; }, line: 24, message: /deliveries\[0\]\.privacy: must be one of public, recipient, count-only; got "private"/ },
    { name: 'impossible date', edit: (l) => { l[20] = '    date: 2013-02-30'; }, line: 21, message: /deliveries\[0\]\.date: must be a date written YYYY-MM-DD/ },
    { name: 'country not ISO', edit: (l) => { l[11] = '    country: Korea'; }, line: 12, message: /sources\[0\]\.country: must be an ISO 3166-1 alpha-2 .*; got "Korea"$/ },
    { name: 'address given as text', edit: (l) => { l[6] = '  address: 1 Example Road'; }, line: 7, message: /organizer\.address: expected a list, got "1 Example Road"/ },
    { name: 'missing required key', edit: (l) => { l.splice(8, 1); }, line: 4, message: /organizer\.signatory: is missing/ },
    { name: 'unknown target', edit: (l) => { l[19] = '    target: un-gs'; }, line: 20, message: /deliveries\[0\]\.target: no target has the id "un-gs" \(did you mean "un-sg"\?\); targets: un-sg$/ },
    { name: 'unknown preset', edit: (l) => { l[14] = '    preset: un-secretary-generl'; }, line: 15, message: /targets\[0\]\.preset: unknown preset "un-secretary-generl" \(did you mean "un-secretary-general"\?\)/ },
    { name: 'letter language without a template', edit: (l) => l.push('    languages: [en, fr]'), line: 25, message: /deliveries\[0\]\.languages\[1\]: letters in "fr" cannot be written/ },
    { name: 'title missing for a listed language', edit: (l) => { l.splice(1, 0, '  languages: [en, de]'); }, line: 3, message: /petition\.title: has no "de" entry/ },
    { name: 'goal total not a number', edit: (l) => l.push('    goal: { total: lots }'), line: 25, message: /deliveries\[0\]\.goal\.total: expected a number, got "lots"/ },
    { name: 'split of an unknown kind', edit: (l) => l.push('    split: sometimes'), line: 25, message: /deliveries\[0\]\.split: must be none, country, or a number of signatures per volume; got "sometimes"/ },
    { name: 'since naming its own delivery', edit: (l) => { l.push('    since: first'); }, line: 25, message: /deliveries\[0\]\.since: must name another delivery/ },
    { name: 'bad gender', edit: (l) => { l[16] = '    gender: man'; }, line: 17, message: /targets\[0\]\.gender: must be one of male, female, neutral; got "man"/ },
  ];
  it.each(cases)('$name', ({ edit, line, message }) => {
    const error = parseError(minimalCampaign(edit));
    expect(error.location).toEqual({ file: 'campaign.yaml', line });
    expect(error.message).toMatch(message);
    expect(error.describe()).toMatch(new RegExp(`^campaign\\.yaml, line ${line}: `));
  });

  it('reports several mistakes at once, each with its line', () => {
    const error = parseError(minimalCampaign((l) => { l[16] = '    gender: man'; l[23] = '    privacy: private'; }));
    expect(error.location.line).toBe(17);
    expect(error.message).toMatch(/\n {2}line 24: deliveries\[0\]\.privacy/);
  });
});

describe('parseCampaign: unknown keys', () => {
  const cases = [
    { edit: (l: string[]) => { l[6] = '  adress: [1 Example Road]'; }, line: 7, key: 'adress', suggestion: 'address' },
    { edit: (l: string[]) => { l[23] = '    privcy: recipient'; }, line: 24, key: 'privcy', suggestion: 'privacy' },
    { edit: (l: string[]) => l.push('    lang: [en]'), line: 25, key: 'lang', suggestion: undefined },
    { edit: (l: string[]) => l.splice(12, 0, '    map: { emial: Correo }'), line: 13, key: 'emial', suggestion: 'email' },
  ];
  it.each(cases)('"$key" is an error naming the key', ({ edit, line, key, suggestion }) => {
    const error = parseError(minimalCampaign(edit));
    expect(error.location.line).toBe(line);
    expect(error.message).toContain(`unknown key "${key}"`);
    if (suggestion) expect(error.message).toContain(`did you mean "${suggestion}"?`);
    else expect(error.message).not.toContain('did you mean');
  });
});

describe('parseCampaign: hostile or broken YAML', () => {
  it('refuses an alias expansion bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const error = parseError(bomb);
    expect(error.message).toMatch(/alias/i);
  });

  it('names the line of a YAML syntax error', () => {
    const error = parseError(minimalCampaign((l) => { l[21] = '    place: [New York'; }));
    expect(error.message).toMatch(/^not valid YAML/);
    expect(error.location.line).toBeGreaterThanOrEqual(22);
  });

  it('refuses a key written twice', () => {
    const error = parseError(minimalCampaign((l) => l.splice(5, 0, '  name: Someone Else')));
    expect(error.message).toMatch(/unique/i);
    expect(error.location.line).toBe(6);
  });
});

describe('loadCampaign', () => {
  it('loads the documented example campaign', async () => {
    const campaign = await loadCampaign('fixtures/campaign/campaign.yaml');
    expect(campaign.petition.languages).toEqual(['en', 'ko', 'es']);
    expect(campaign.sources.map((s) => s.pathAsWritten)).toEqual([
      '../exports/change-org.csv', '../exports/speakout.csv', '../exports/action-network.csv',
      '../exports/google-form.csv', '../exports/openpetition.csv', '../exports/seoul-paper.csv',
    ]);
    expect(campaign.sources[5]).toMatchObject({ path: resolve('fixtures/exports/seoul-paper.csv'), country: 'KR' });
    expect(campaign.targets.map((t) => t.preset)).toEqual(['head-of-state-via-embassy', 'un-secretary-general']);
    expect(campaign.deliveries.map((d) => [d.id, d.date, d.occasion])).toEqual([
      ['embassy-2026', '2026-12-10', 'Human Rights Day'], ['un-2026', '2026-12-10', 'Human Rights Day'],
    ]);
  });

  it('says when the file does not exist', async () => {
    await expect(loadCampaign('no/such/campaign.yaml')).rejects.toThrow('campaign file not found');
  });

  it('resolves the templates folder against the campaign file and refuses a missing one', async () => {
    const dir = tempDir();
    const file = join(dir, 'campaign.yaml');
    writeFileSync(file, minimalCampaign((l) => l.push('templates: ./letters')));
    await expect(loadCampaign(file)).rejects.toThrow(/templates: folder not found/);
  });
});

describe('parseCampaign: sources that a campaign could read only once (issue 11)', () => {
  it('refuses standard input as a source, naming its line', () => {
    const error = parseError(minimalCampaign((lines) => (lines[10] = '  - path: "-"')));
    expect(error.describe()).toMatch(/line 11/);
    expect(error.message).toContain('standard input ("-") cannot be a campaign source');
  });

  it('is what docs/campaign.md says of a source\'s path: standard input is refused, not read (verifyR1 F-L1)', () => {
    const pathRow = readFileSync('docs/campaign.md', 'utf8').split('\n').find((line) => line.startsWith('| `path` |'));
    expect(pathRow).toMatch(/Standard input \(`-`\)[^|]*is refused/);
    expect(pathRow).not.toMatch(/`-` is standard input/);
  });

  it('refuses a FIFO as a source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'petition-test-'));
    try {
      expect(spawnSync('mkfifo', [join(dir, 'a.fifo')]).status).toBe(0);
      let message = '';
      try {
        parseCampaign(minimalCampaign((lines) => (lines[10] = '  - path: a.fifo')), 'campaign.yaml', dir);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('"a.fifo" is a pipe or a device, not a file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
