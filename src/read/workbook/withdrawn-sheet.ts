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
  'baja', 'bajas', 'void', 'voided', 'doppelt', 'doppelte', 'invalid', 'invalide', 'ungültig', 'nulo', 'nulos', 'nul', 'nuls',
]);
/**
 * Word beginnings that say the same in their inflections (withdrawal/withdrawn, Widerruf/widerrufen, duplicates/
 * duplicados/duplicati, unsubscribed, opt-outs, désinscrits, annullati, storniert …): a word that starts so.
 */
const WITHDRAWN_STEMS = [
  'withdr', 'widerruf', 'unsubscri', 'optout', 'optedout', 'duplica', 'duplik', 'dublett', 'doublon', 'désinscri', 'desinscri', 'désabonn',
  'annull', 'ritirat', 'cancel', 'abgemeld', 'storni', 'revoc', 'revok', 'retract', 'eliminad', 'borrad', 'anulad',
  'gelösch', 'entfern', 'zurückgez', 'supprim', 'retirad', 'rimoss', 'cancelad', 'descadastr', 'dadosdebaja',
];
/** Korean has no spaces between a word and its particles ("철회자", "삭제됨"): these are looked for anywhere. */
const WITHDRAWN_KOREAN = ['철회', '삭제', '제외', '취소', '탈퇴', '중복', '무효', '수신거부', '반려'];

export function namesWithdrawnRows(sheet: string): boolean {
  const name = sheet.normalize('NFC').toLowerCase();
  if (WITHDRAWN_KOREAN.some((word) => name.includes(word))) return true;
  const words = name.split(/[^\p{L}\p{M}]+/u).filter((word) => word !== '');
  // "Opt-outs", "opt outs" and "Dados de baja" are one word to the stems.
  return [...words, words.join('')].some((word) => WITHDRAWN_WORDS.has(word) || WITHDRAWN_STEMS.some((stem) => word.startsWith(stem)));
}

/** The sheet's rows, each signer row rejected as withdrawn; rows rejected for their own reason keep it. */
export async function* withdrawnRows(records: AsyncIterable<DecodedRecord>, sheet: string): AsyncGenerator<DecodedRecord> {
  for await (const record of records) {
    if (record.kind !== 'data') yield record;
    else yield withDetail({ kind: 'rejected', row: record.row, line: record.line, reason: 'withdrawn_sheet', cells: record.cells } as const, msg('reject.withdrawn-sheet', { sheet }));
  }
}
