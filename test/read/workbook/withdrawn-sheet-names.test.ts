import { describe, expect, it } from '@jest/globals';
import { namesWithdrawnRows } from '../../../src/read/workbook/withdrawn-sheet.js';

describe('a tab of signatures taken off the list', () => {
  it.each(['Widerruf', 'Widerrufe', 'Bajas', 'Dados de baja', '중복', '중복 서명', 'Unsubscribed', 'Opt-outs', 'Opt outs', 'OPTOUT', 'Withdrawn', 'Removed',
    '철회', '삭제', '취소', 'Duplicates', 'Duplicate signatures', 'Doppelt', 'Dubletten', 'Duplicados', 'Retiradas', 'Désinscrits', 'Doublons',
    'Annullati', 'Duplicati', 'Ritirati', 'Cancelados', 'Abgemeldet', 'Storniert', 'Invalid', '무효', 'Void'])('%s is not read as signers', (name) => {
    expect(namesWithdrawnRows(name)).toBe(true);
  });

  it.each(['서명', 'Sheet1', 'Signatures', 'Firmas', 'Unterschriften', '서명부 2', 'Seoul', 'Busan batch'])('%s is read as signers', (name) => {
    expect(namesWithdrawnRows(name)).toBe(false);
  });
});
