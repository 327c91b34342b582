// The release template gets the variables docs/campaign.md names, topCountries among them; an unknown one is named
// with those it could use instead, in the user's language (adv15b N3).
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const BUILTIN = fileURLToPath(new URL('../../templates/press/', import.meta.url));
const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

function withRelease(release: string): string {
  const campaign = tinyCampaign(SIGNERS);
  const press = join(dirname(campaign), 'tpl', 'press');
  mkdirSync(press, { recursive: true });
  copyFileSync(join(BUILTIN, 'en.yaml'), join(press, 'en.yaml'));
  writeFileSync(join(press, 'en.release.hbs'), release);
  writeFileSync(campaign, `${readFileSync(campaign, 'utf8')}templates: tpl\n`);
  return campaign;
}

describe('press release template variables', () => {
  it('every variable the docs name for the release exists', async () => {
    const docs = readFileSync(fileURLToPath(new URL('../../docs/campaign.md', import.meta.url)), 'utf8');
    const sentence = /`templates\/press\/LANG\.release\.hbs` \(the release, given ([\s\S]+?)\)\)\. /.exec(docs)?.[1] ?? '';
    const names = [...sentence.replace(/\([^)]*\)/g, '').matchAll(/`(\w+)`/g)].map((m) => m[1]);
    expect(names).toContain('topCountries');
    const campaign = withRelease(names.map((name) => `{{#if ${name}}}${name}{{/if}}`).join('\n'));
    const result = await runMain(['press', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit')]);
    expect(result.stderr).not.toContain('template error');
    expect(result.code).toBe(0);
    const top = withRelease('Top: {{topCountries}}');
    expect((await runMain(['press', top, '--delivery', 'list', '--language', 'en', '-o', join(dirname(top), 'kit')])).code).toBe(0);
    expect(readFileSync(join(dirname(top), 'kit', 'press-release-en.txt'), 'utf8')).toMatch(/Top: .*United States/);
  });

  it('an unknown variable is named with the known ones, in Korean under --lang ko', async () => {
    const campaign = withRelease('Top: {{topCountry}}');
    const result = await runMain(['--lang', 'ko', 'press', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit')]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('[object Object]');
    expect(result.stderr).toContain('topCountry');
    expect(result.stderr).toContain('topCountries');
    expect(result.stderr).toContain('quotedTitle');
    expect(result.stderr).toMatch(/[가-힣]/);
  });
});
