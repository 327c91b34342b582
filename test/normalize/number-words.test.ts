// House numbers spelled as words (issue 11, verifyM F3): "Na Poříčí dvanáct", "Prinsengracht tweehonderd", "ul. Polna
// dziesięć", "Ερμού δεκαπέντε", "Storgatan tolv". The name and place cuts ask isNumberWord for the word after a street.
import { describe, expect, it } from '@jest/globals';
import { isNumberWord } from '../../src/normalize/number-words.js';

describe('isNumberWord', () => {
  it.each([
    // One word from each language's table, as the tester typed them and as people type them without accents.
    'dvanáct', 'dvanact', 'DVANÁCT', 'tweehonderd', 'dziesięć', 'dziesiec', 'δεκαπέντε', 'ΔΕΚΑΠΕΝΤΕ', 'tolv', 'twelve',
    'Zwölf', 'douze', 'doce', 'dodici', 'doze', 'twaalf', 'iki',
    'двенадцать', 'tizenkettő', 'tizenketto', 'quinientos', 'duecento', 'trezentos', 'dreihundert', 'halvtreds',
    'sto', 'yüz', 'száz', 'dvacet', 'hundred',
    // Hyphenated numbers and trailing punctuation.
    'dix-sept', 'twenty-one', 'et' /* Danish one */, 'vingt-et-un', 'quatre-vingt-dix', 'dvanáct,', 'tolv.',
  ])('%s is a number word', (word) => {
    expect(isNumberWord(word)).toBe(true);
  });

  it.each(['Jana', 'Dvořáková', 'Prinsengracht', 'Polna', 'Ερμού', 'Storgatan', 'twelfth', 'dix-Anna', 'un-and', '', '12'])(
    '%s is not a number word', (word) => {
      expect(isNumberWord(word)).toBe(false);
    },
  );
});
