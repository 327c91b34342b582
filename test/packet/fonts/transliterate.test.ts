// What prints for characters no font has: Latin letters for a script, nothing at all for an emoji (never ":shortcode:").
import { describe, expect, it } from '@jest/globals';
import { transliterateMissing } from '../../../src/packet/fonts/transliterate.js';

describe('transliterateMissing', () => {
  it('writes a script no font has in Latin letters', () => {
    expect(transliterateMissing('සුනිල්', ['ස', 'ු', 'න', 'ි', 'ල', '්'])).toBe('sunil');
  });

  it('drops an emoji no font has instead of printing its :shortcode:, when the rest of the name remains', () => {
    expect(transliterateMissing('Amara 🫎 Okafor', ['🫎'])).toBe('Amara  Okafor'.replace('  ', ' '));
    expect(transliterateMissing('Amara 🫎', ['🫎'])).toBe('Amara');
  });
});
