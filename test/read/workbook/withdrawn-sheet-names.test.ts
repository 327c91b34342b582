import { describe, expect, it } from '@jest/globals';
import { exportFileKind, namesWithdrawnRows, setAsideSheetKind, workbookSheetKind } from '../../../src/read/workbook/withdrawn-sheet.js';

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

  it.each(['중복 삭제', '중복', '삭제된 중복', 'Removed duplicates', 'Duplicates removed', 'Duplicados eliminados', 'Deleted test rows', 'Unsubscribed', 'Opt-out', 'Opt-outs', 'Removed', 'Anulados', 'Void', '탈퇴'])(
    '%s is a sheet of rows set aside, which withdraws no one', (name) => {
      expect(setAsideSheetKind(name)).toBe('set-aside');
    });

  it.each(['삭제 금지', '삭제하지마세요', '삭제 하지 마세요', '삭제되지 않음', '중복 삭제 금지', 'Not deleted', 'Do not delete', 'Do not delete duplicates', 'No borrar duplicados'])('%s warns to keep the rows: read as signers', (name) => {
    expect(setAsideSheetKind(name)).toBe('signers');
  });
});

// issue 14 (outside tester D, F6): a cancelled signature is one its signer took back, so its people leave the count
// everywhere; an organizer setting rows aside says removed, deleted, duplicate, invalid or void.
describe('a sheet of cancelled signatures', () => {
  it.each(['서명 취소', '취소', '취소자', 'Bajas', 'Dados de baja', 'Cancelled', 'Cancelled signatures', 'Cancellations', 'Cancelados', 'Storniert', 'Retraits', 'Retrait des signatures'])(
    '%s is a sheet of withdrawn signatures', (name) => {
      expect(setAsideSheetKind(name)).toBe('withdrawals');
    });

  it.each(['취소 금지', 'Do not cancel'])('%s warns to keep the rows: read as signers', (name) => {
    expect(setAsideSheetKind(name)).toBe('signers');
  });
});

// issue 14 (outside tester D, F8): a protest slogan is a campaign's name, not a list of withdrawals.
describe('a name that asks for a withdrawal', () => {
  it.each(['철회하라.csv', '철회하라!.csv', '법안 철회하라.csv', '철회해라.csv', '즉각 철회하십시오.csv', '철회 촉구.csv', '법안 철회 촉구 서명.csv', '철회 서명.csv',
    '법안 철회 서명.xlsx', '철회 서명자.csv', 'Withdraw the bill.csv', 'Withdraw the bill - Signatures.csv'])('"%s" is a list of signers', (name) => {
    expect(exportFileKind(name)).toBe('signers');
  });

  it.each(['철회하라', '철회 촉구 집회', '철회 서명'])('the sheet "%s" is read as signers', (name) => {
    expect(setAsideSheetKind(name)).toBe('signers');
  });

  it.each(['철회.csv', '서명 철회.csv', '서명 - 철회.csv', '철회 명단.csv', '서명 취소.csv'])('"%s" is still a list of withdrawals', (name) => {
    expect(exportFileKind(name)).toBe('withdrawals');
  });
});

// issue 14 (outside tester D, F4): a withdrawal list saved as its own workbook has one sheet the program named.
describe('a workbook sheet the program named', () => {
  it.each(['Sheet1', '시트1', 'Hoja1', 'Tabelle1', 'Feuil1', 'Sheet 2'])('"%s" in 철회.xlsx or withdrawn.xlsx is a sheet of withdrawals', (sheet) => {
    expect(workbookSheetKind('/x/철회.xlsx', sheet)).toBe('withdrawals');
    expect(workbookSheetKind('withdrawn.xlsx', sheet)).toBe('withdrawals');
    expect(workbookSheetKind('Duplicates removed.xlsx', sheet)).toBe('set-aside');
  });

  it('defers to the file name only for a name the program gave: a sheet with a real name decides for itself', () => {
    expect(workbookSheetKind('철회.xlsx', '서명')).toBe('signers');
    expect(workbookSheetKind('signers.xlsx', '철회')).toBe('withdrawals');
    expect(workbookSheetKind('signers.xlsx', 'Sheet1')).toBe('signers');
    expect(workbookSheetKind('철회하라.xlsx', 'Sheet1')).toBe('signers');
  });

  it('--read-as-signers turns the file name off', () => {
    expect(workbookSheetKind('withdrawn.xlsx', 'Sheet1', true)).toBe('signers');
    expect(workbookSheetKind('withdrawn.xlsx', 'Withdrawn', true)).toBe('withdrawals');
  });
});
