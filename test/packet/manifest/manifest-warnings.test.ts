// What the manifest records about what the pages could not print as written: an emoji left out of a name, a script
// printed in Latin letters, a translation missing.
import { describe, expect, it } from '@jest/globals';
import { manifestWarnings } from '../../../src/packet/manifest/manifest-warnings.js';
import { languageNamed, msg } from '../../../src/i18n/message.js';

describe('manifestWarnings', () => {
  it('records an emoji left out of a printed name apart from letters printed in Latin', () => {
    expect(manifestWarnings(['🫎', 'ස', 'ු'], [msg('untranslated.missing', { owner: msg('untranslated.owner.petition'), what: msg('untranslated.what.summary'), key: 'summary', code: 'ko', language: languageNamed('ko') })])).toEqual([
      'left out of printed names (no font has them): 🫎',
      'printed in Latin letters (no font has them): ස ු',
      'missing translation: petition: the summary in Korean (ko) is missing: add summary: { ko: … }',
    ]);
    expect(manifestWarnings([], [])).toEqual([]);
  });
});
