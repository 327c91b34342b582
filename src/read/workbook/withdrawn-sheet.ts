// A sheet whose name says its rows were taken off the list ("Withdrawn", "Removed", "철회", "zurückgezogen"): an
// organizer moves a signature that was withdrawn to such a tab. Its rows are not signers, so each is rejected with
// that reason (every row still accounted for); naming the sheet with --sheet reads it as signers after all.
import type { DecodedRecord } from '../../types.js';
import { msg } from '../../i18n/message.js';
import { withDetail } from '../../i18n/detail.js';

/** Words, folded to lower case, that say a row was taken off the list (English, Spanish, German, French). */
const WITHDRAWN_WORDS = new Set([
  'withdrawn', 'withdrawal', 'withdrawals', 'withdrew', 'removed', 'removals', 'deleted', 'excluded', 'revoked', 'retracted', 'cancelled', 'canceled',
  'retirado', 'retirados', 'retirada', 'retiradas', 'eliminado', 'eliminados', 'eliminada', 'eliminadas', 'borrado', 'borrados',
  'excluido', 'excluidos', 'excluida', 'excluidas', 'revocado', 'revocados', 'anulado', 'anulados',
  'zurückgezogen', 'gelöscht', 'entfernt', 'ausgeschlossen', 'widerrufen',
  'retiré', 'retirés', 'retirée', 'retirées', 'supprimé', 'supprimés', 'exclu', 'exclus',
]);
/** Korean has no spaces between a word and its particles ("철회자", "삭제됨"): these are looked for anywhere. */
const WITHDRAWN_KOREAN = ['철회', '삭제', '제외', '취소', '탈퇴'];

export function namesWithdrawnRows(sheet: string): boolean {
  const name = sheet.normalize('NFC').toLowerCase();
  if (WITHDRAWN_KOREAN.some((word) => name.includes(word))) return true;
  return name.split(/[^\p{L}\p{M}]+/u).some((word) => WITHDRAWN_WORDS.has(word));
}

/** The sheet's rows, each signer row rejected as withdrawn; rows rejected for their own reason keep it. */
export async function* withdrawnRows(records: AsyncIterable<DecodedRecord>, sheet: string): AsyncGenerator<DecodedRecord> {
  for await (const record of records) {
    if (record.kind !== 'data') yield record;
    else yield withDetail({ kind: 'rejected', row: record.row, line: record.line, reason: 'withdrawn_sheet', cells: record.cells } as const, msg('reject.withdrawn-sheet', { sheet }));
  }
}
