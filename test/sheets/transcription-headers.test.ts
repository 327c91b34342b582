import { describe, expect, it } from '@jest/globals';
import { transcriptionColumns } from '../../src/sheets/transcription.js';

describe('sheet and line columns under the headers volunteers type (adv14c N12)', () => {
  it.each([
    [['서명지 ID', 'line', 'name']],
    [['서명지 ID', '줄', 'name']],
    [['Sheet #', 'Line #', 'name']],
    [['sheet no', 'line no', 'name']],
    [['용지 번호', '행', 'name']],
    [['sheet', 'Line #', 'name']],
    [['Sheet #', 'line', 'name']],
    [['서명지 번호\n(Sheet ID)', '줄\n(Line)', '이름\n(Name)']],
    [['서명지 번호 (Sheet ID)', '줄 (Line)', '이름 (Name)']],
  ])('%j', (header) => {
    expect(transcriptionColumns(header)).toEqual({ sheet: 0, line: 1 });
  });

  it('still finds no paper columns in an ordinary list', () => {
    expect(transcriptionColumns(['name', 'email', 'No.'])).toBeNull();
  });
});
