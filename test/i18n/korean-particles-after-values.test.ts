// Korean messages whose value is Latin text (an option, a file name, a code) must not fall back to "을(를)"/"이(가)":
// the particle cannot be chosen after Latin letters, so these messages are phrased with no particle after the value.
import { describe, expect, it } from '@jest/globals';
import { translator } from '../../src/i18n/translator.js';
import { runMain } from '../helpers/run-main.js';

const BOTH_FORMS = /은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로/u;
const latin = { argument: 'file', candidates: '--from', suggestion: 'order', typed: 'zz', path: 'x/y.pdf', option: '--json', other: '--csv',
  code: 'xx', zone: 'Mars/Base', id: 'embassy', field: 'name', wanted: 'Nmae', guess: 'Name', columns: 'Name, Email', flag: '--from', text: 'soon' };

describe('Korean messages after Latin values', () => {
  it.each([
    'cli.commander.missing-argument', 'cli.commander.did-you-mean', 'cli.commander.conflicting', 'did-you-mean.suffix',
    'verify.not-fingerprint', 'verify.outside-folder', 'map.no-such-header-guess', 'format.no-name-try', 'check.language-code',
    'check.timezone', 'campaign.check.duplicate-id', 'window.not-date',
  ])('%s reads without a both-forms particle', (key) => {
    const said = translator('ko').t(key, latin);
    expect(said).not.toMatch(BOTH_FORMS);
    expect(said).not.toContain('{');
  });

  it('commander errors in Korean: a misspelt option and a missing argument', async () => {
    const misspelt = await runMain(['--lang', 'ko', 'count', '--frob']);
    const missing = await runMain(['--lang', 'ko', 'inspect']);
    expect(misspelt.stderr + missing.stderr).not.toMatch(BOTH_FORMS);
    expect(missing.stderr).toContain('file');
  });
});

// issue 14 (outside tester I, F12): `--sheet "중복"로` — the particle after a quoted sheet name follows its last syllable.
describe('Korean particles after a quoted sheet or file name', () => {
  it('says "중복"으로 and "철회"로, by the name\'s last syllable', () => {
    expect(translator('ko').t('reject.set-aside-sheet', { sheet: '중복' })).toContain('--sheet "중복"으로');
    expect(translator('ko').t('reject.withdrawn-sheet', { sheet: '철회', file: 'rally.xlsx' })).toContain('--read-as-signers "rally.xlsx"(으)로');
    expect(translator('ko').t('reject.withdrawn-file', { file: '철회.csv' })).not.toContain('"철회.csv"로');
  });
});
