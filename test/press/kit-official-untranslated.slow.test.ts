// A kit prints the official by name and title, and the organizer's organization: in a language whose script the
// campaign gives no form in, press warns as packet does (one shared check), exit 1 (adv-s9 N3). The warning is
// said wholly in the organizer's language, not an English sentence behind a translated prefix (adv-s9 N4).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

/** English and Korean petition; the official has no Korean name; the organization is written in Korean only. */
function campaign(extra: { organizations?: string; koreanName?: boolean } = {}): string {
  const file = tinyCampaign(SIGNERS);
  const yaml = readFileSync(file, 'utf8')
    .replace('languages: [en]', 'languages: [en, ko, es]')
    .replace('text: { en: Text. }', 'text: { en: Text., ko: 본문., es: Texto. }')
    .replace('title: { en: Tiny campaign }', 'title: { en: Tiny campaign, ko: 작은 청원, es: Pequeña campaña }')
    .replace('organization: T Org,', `organization: 안전한 길 연대,${extra.organizations ? ` organizations: ${extra.organizations},` : ''}`)
    .replace('place: New York, privacy: public }', 'place: New York, places: { ko: 뉴욕 }, privacy: public }')
    .replace('name: António Guterres, gender: male }', `name: António Guterres, gender: male${extra.koreanName ? ', names: { ko: 안토니우 구테흐스 }' : ''} }`);
  writeFileSync(file, yaml);
  return file;
}

describe('press checks the official and the organization it prints, in each kit language', () => {
  it('warns for an official with no name in the Korean script, exit 1, as packet does', async () => {
    const file = campaign({ organizations: '{ en: Safe Passage, es: Paso Seguro }' });
    const press = await runMain(['press', '--campaign', file, '--delivery', 'list', '--language', 'ko', '-o', join(dirname(file), 'kit')]);
    expect(press.stderr).toContain('target "un": the name in Korean (ko) is missing: add names: { ko: … } (now "António Guterres")');
    expect(press.code).toBe(1);
    writeFileSync(file, readFileSync(file, 'utf8').replace('privacy: public }', 'privacy: public, languages: [ko] }'));
    const packet = await runMain(['packet', '--campaign', file, '--delivery', 'list', '-o', join(dirname(file), 'packet')]);
    expect(packet.stderr).toContain('target "un": the name in Korean (ko) is missing: add names: { ko: … } (now "António Guterres")');
  });

  it('is quiet once the name is given, and prints it', async () => {
    const file = campaign({ organizations: '{ en: Safe Passage, es: Paso Seguro }', koreanName: true });
    const out = join(dirname(file), 'kit');
    const press = await runMain(['press', '--campaign', file, '--delivery', 'list', '--language', 'ko', '-o', out]);
    expect(press.stderr).not.toContain('names: { ko');
    expect(readFileSync(join(out, 'press-release-ko.txt'), 'utf8')).toContain('안토니우 구테흐스');
    expect(press.code).toBe(0);
  });

  it('prints the organization in the kit language and warns when it has none there', async () => {
    const given = campaign({ organizations: '{ en: Safe Passage, es: Paso Seguro }', koreanName: true });
    const out = join(dirname(given), 'kit');
    await runMain(['press', '--campaign', given, '--delivery', 'list', '--language', 'en,es', '-o', out]);
    expect(readFileSync(join(out, 'press-release-es.txt'), 'utf8')).toContain('Paso Seguro');
    expect(readFileSync(join(out, 'press-release-es.txt'), 'utf8')).not.toContain('안전한 길 연대');
    expect(readFileSync(join(out, 'press-release-en.txt'), 'utf8')).toContain('Safe Passage');
    const missing = campaign({ koreanName: true });
    const press = await runMain(['press', '--campaign', missing, '--delivery', 'list', '--language', 'es', '-o', join(dirname(missing), 'kit')]);
    expect(press.stderr).toContain('organizer: the organization in Spanish (es) is missing: add organizations: { es: … } (now "안전한 길 연대")');
    expect(press.code).toBe(1);
  });

  it('says the whole warning in Korean and in Spanish', async () => {
    const file = campaign({ organizations: '{ en: Safe Passage, es: Paso Seguro }' });
    const ko = await runMain(['--lang', 'ko', 'press', '--campaign', file, '--delivery', 'list', '--language', 'ko', '-o', join(dirname(file), 'kit-ko')]);
    const warning = ko.stderr.split('\n').find((line) => line.includes('names: { ko: … }')) ?? '';
    expect(warning).toMatch(/^경고: 번역이 없습니다: /);
    expect(warning).toContain('한국어(ko)');
    expect(warning).not.toMatch(/\b(the|is missing|add|now|name in)\b/);
    const es = await runMain(['--lang', 'es', 'press', '--campaign', file, '--delivery', 'list', '--language', 'ko', '-o', join(dirname(file), 'kit-es')]);
    const aviso = es.stderr.split('\n').find((line) => line.includes('names: { ko: … }')) ?? '';
    expect(aviso).toMatch(/^aviso: falta una traducción: /);
    expect(aviso).toContain('coreano (ko)');
    expect(aviso).not.toMatch(/\b(the|is missing|add|now|name in)\b/);
  });

  it('says the packet warnings wholly in Korean too', async () => {
    const file = campaign({ organizations: '{ en: Safe Passage }' });
    const yaml = readFileSync(file, 'utf8').replace('privacy: public }', 'privacy: public, languages: [ko, es] }');
    writeFileSync(file, yaml);
    const ko = await runMain(['--lang', 'ko', 'packet', '--campaign', file, '--delivery', 'list', '-o', join(dirname(file), 'p-ko')]);
    const warnings = ko.stderr.split('\n').filter((line) => line.includes('번역이 없습니다'));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    for (const line of warnings) expect(line).not.toMatch(/\b(the|is missing|add|now|is not in)\b/);
  });
});
