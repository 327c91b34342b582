import { describe, expect, it } from '@jest/globals';
import { namesWithdrawnRows, setAsideSheetKind } from '../../../src/read/workbook/withdrawn-sheet.js';

describe('a tab of signatures taken off the list', () => {
  it.each(['Widerruf', 'Widerrufe', 'Bajas', 'Dados de baja', '중복', '중복 서명', 'Unsubscribed', 'Opt-outs', 'Opt outs', 'OPTOUT', 'Withdrawn', 'Removed',
    '철회', '삭제', '취소', 'Duplicates', 'Duplicate signatures', 'Doppelt', 'Dubletten', 'Duplicados', 'Retiradas', 'Désinscrits', 'Doublons',
    'Annullati', 'Duplicati', 'Ritirati', 'Cancelados', 'Abgemeldet', 'Storniert', 'Invalid', '무효', 'Void'])('%s is not read as signers', (name) => {
    expect(namesWithdrawnRows(name)).toBe(true);
  });

  it.each(['서명', 'Sheet1', 'Signatures', 'Firmas', 'Unterschriften', '서명부 2', 'Seoul', 'Busan batch'])('%s is read as signers', (name) => {
    expect(namesWithdrawnRows(name)).toBe(false);
  });

  it.each(['철회', '서명 철회', '서명철회', '철회자', 'Withdrawn', 'Withdrawals', 'Withdrew', 'Signature withdrawn', 'Retiradas', 'Firmas retiradas', 'Zurückgezogen', 'Widerruf', '撤回'])(
    '%s is a sheet of withdrawn signatures', (name) => {
      expect(setAsideSheetKind(name)).toBe('withdrawals');
    });

  it.each(['Withdrawn - do not count', '철회 - 집계 금지', '서명 철회 (삭제 금지)'])('%s: a negation elsewhere in the name leaves it a sheet of withdrawals', (name) => {
      expect(setAsideSheetKind(name)).toBe('withdrawals');
    });

  it.each(['중복 삭제', '중복', '삭제된 중복', 'Removed duplicates', 'Duplicates removed', 'Duplicados eliminados', 'Deleted test rows', 'Unsubscribed', 'Opt-out', 'Opt-outs', 'Bajas', 'Removed'])(
    '%s is a sheet of rows set aside, which withdraws no one', (name) => {
      expect(setAsideSheetKind(name)).toBe('set-aside');
    });

  it.each(['삭제 금지', '삭제하지마세요', '삭제 하지 마세요', '삭제되지 않음', '중복 삭제 금지', 'Not deleted', 'Do not delete', 'Do not delete duplicates', 'No borrar duplicados'])('%s warns to keep the rows: read as signers', (name) => {
    expect(setAsideSheetKind(name)).toBe('signers');
  });
});
