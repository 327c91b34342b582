import { describe, expect, it } from '@jest/globals';
import { sourceArguments } from '../../src/cli/commands/dedupe-flags.js';

describe('the command count and dedupe suggest to run next', () => {
  // Run without the register, the suggested dedupe rejects nothing and writes the rows count rejected (adv14c N2).
  it('repeats every option that changes what is read', () => {
    const args = sourceArguments(['typed.csv'], {
      sheetRegister: 'r/sheet-register.json', country: ['KR'], tz: 'Asia/Seoul', from: '2025-01-01', to: '2025-12-31',
      map: ['name=Nom'], sheet: ['Sheet1'], exact: true, format: 'generic', encoding: 'utf-8',
    });
    expect(args).toEqual(['typed.csv', '--sheet-register', 'r/sheet-register.json', '--country', 'KR', '--tz', 'Asia/Seoul',
      '--from', '2025-01-01', '--to', '2025-12-31', '--map', 'name=Nom', '--sheet', 'Sheet1', '--format', 'generic', '--encoding', 'utf-8', '--exact']);
  });
});
