// A "publish my name?" column under another common wording is a consent (show-name) column: "no" hides the signer
// (adv14c N1). Before, `publish name`, `OK to publish`, `명단 게재` … were dropped without a word and the name printed.
import { describe, expect, it } from '@jest/globals';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { unreadAnonymityColumns } from '../../src/formats/unread-anonymity.js';

describe('consent wordings read as show-name columns', () => {
  it.each([
    ['publish name'], ['Publish name?'], ['consent to publish'], ['OK to publish'], ['list my name'], ['Name on list'],
    ['Publicar nombre'], ['명단 게재'], ['게재 동의'], ['Ich bin einverstanden, dass mein Name veröffentlicht wird'],
  ])('%j', (header) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted: true });
  });
});

describe('the unread-anonymity net catches publishing and listing words', () => {
  it.each([['Publication of signature'], ['Consent to publication'], ['명단 표기'], ['Publicación']])(
    '%j is reported', (header) => {
      expect(unreadAnonymityColumns(detectFormat(['Name', 'Email', header]).columns)).toEqual([header]);
    });

  it.each([['Join mailing list'], ['Email consent'], ['Newsletter']])('%j is not', (header) => {
    expect(unreadAnonymityColumns(detectFormat(['Name', 'Email', header]).columns)).toEqual([]);
  });
});
