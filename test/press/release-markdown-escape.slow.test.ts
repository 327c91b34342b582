// Campaign text in press-release-LANG.md is text, not markup: a title over two lines stays one headline, and
// Markdown or HTML in a title, quote or contact prints as written (adv15b N4).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\n';
const TITLE = 'Stop *refoulement* <img src=x onerror=alert(1)> [click](http://evil.example)';

describe('press release Markdown', () => {
  it('escapes campaign text and keeps a multi-line title and quote in one heading and one block quote', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const yaml = readFileSync(campaign, 'utf8')
      .replace('title: { en: Tiny campaign }', `title:\n    en: "${TITLE}\\n# Fake headline"`)
      .concat('press:\n  quote:\n    text: "Line one\\n\\n# Injected heading\\n\\n- list"\n    by: "<b>Min</b>"\n  contact: "<b>press@example.org</b>"\n');
    writeFileSync(campaign, yaml);
    const dir = join(dirname(campaign), 'kit');
    const result = await runMain(['press', campaign, '--delivery', 'list', '--language', 'en', '-o', dir]);
    expect(result.stderr).not.toContain('petition:');
    const md = readFileSync(join(dir, 'press-release-en.md'), 'utf8');
    const lines = md.split('\n');
    expect(lines.filter((line) => /^#{1,6} /.test(line))).toHaveLength(2); // the headline and the subhead
    expect(lines[0]).toContain('Fake headline');
    expect(md).not.toMatch(/(^|[^\\])<(img|b)\b/);
    expect(md).not.toMatch(/(^|[^\\])\*refoulement/);
    expect(md).not.toMatch(/(^|[^\\])\[click\]/);
    // Every line of the quote stays inside the block quote.
    const start = lines.findIndex((line) => line.includes('Line one'));
    const end = lines.findIndex((line, i) => i > start && line.includes('list'));
    expect(start).toBeGreaterThan(0);
    for (const line of lines.slice(start, end + 1)) expect(line.startsWith('>')).toBe(true);
    // The text version prints the words as written.
    const txt = readFileSync(join(dir, 'press-release-en.txt'), 'utf8');
    expect(txt).toContain('*refoulement* <img src=x onerror=alert(1)> [click](http://evil.example)');
    expect(txt).toContain('<b>press@example.org</b>');
    expect(txt).not.toContain('\\');
  });
});
