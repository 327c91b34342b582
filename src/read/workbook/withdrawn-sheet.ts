// A sheet whose name says its rows were taken off the list ("Withdrawn", "Removed", "철회", "zurückgezogen"): an
// organizer moves a signature that was withdrawn, or a row set aside (a duplicate, a test row), to such a tab. Its
// rows are not signers, so each is rejected with that reason (every row still accounted for); naming the sheet with
// --sheet reads it as signers after all. Only a sheet of withdrawn signatures also takes its people off the count
// elsewhere (src/pipeline/scan-sources.ts): a duplicate or an unsubscribe is still someone who signed.
import type { DecodedRecord } from '../../types.js';
import { msg } from '../../i18n/message.js';
import { withDetail } from '../../i18n/detail.js';

/**
 * Words, folded to lower case, that say a signature was withdrawn by its signer (English, Spanish, German, French,
 * Italian): the people on such a sheet are taken off the count everywhere, so only explicit words belong here.
 */
const WITHDRAWAL_WORDS = new Set(['revoked', 'retracted', 'retirado', 'retirados', 'retirada', 'retiradas', 'retiré', 'retirés', 'retirée', 'retirées']);
/** Word beginnings of the same (withdrawal/withdrawn/withdrew, Widerruf/widerrufen, zurückgezogen, retiradas, ritirati). */
const WITHDRAWAL_STEMS = ['withdr', 'widerruf', 'zurückgez', 'retirad', 'ritirat', 'revoc', 'revok', 'retract'];
/** Korean and Chinese/Japanese have no spaces between a word and its particles ("철회자"): looked for anywhere. */
const WITHDRAWAL_ANYWHERE = ['철회', '撤回'];

/**
 * Words that say rows were set aside for the organizer's own reasons (duplicates removed, deleted, test rows,
 * unsubscribed from a mailing list, invalid): the sheet's own rows are not counted, but its people signed and stay
 * counted elsewhere. An opt-out or unsubscribe is about mail, never about the signature.
 */
const SET_ASIDE_WORDS = new Set([
  'removed', 'removals', 'deleted', 'excluded', 'cancelled', 'canceled',
  'eliminado', 'eliminados', 'eliminada', 'eliminadas', 'borrado', 'borrados',
  'excluido', 'excluidos', 'excluida', 'excluidas', 'anulado', 'anulados',
  'gelöscht', 'entfernt', 'ausgeschlossen',
  'supprimé', 'supprimés', 'exclu', 'exclus',
  'baja', 'bajas', 'void', 'voided', 'doppelt', 'doppelte', 'invalid', 'invalide', 'ungültig', 'nulo', 'nulos', 'nul', 'nuls',
]);
/** Word beginnings of the same (duplicates/duplicados/duplicati, unsubscribed, opt-outs, désinscrits, storniert …). */
const SET_ASIDE_STEMS = [
  'unsubscri', 'optout', 'optedout', 'duplica', 'duplik', 'dublett', 'doublon', 'désinscri', 'desinscri', 'désabonn',
  'annull', 'cancel', 'abgemeld', 'storni', 'eliminad', 'borrad', 'anulad',
  'gelösch', 'entfern', 'supprim', 'rimoss', 'cancelad', 'descadastr', 'dadosdebaja',
];
const SET_ASIDE_KOREAN = ['삭제', '제외', '취소', '탈퇴', '중복', '무효', '수신거부', '반려'];

/**
 * Words that turn the name around ("Do not delete", "Not deleted", "No borrar", "삭제 금지", "삭제하지마세요"): such a
 * sheet is a warning to keep its rows, read as signers like any other.
 */
const NEGATION_WORDS = new Set(['not', 'dont', 'don', 'never', 'no', 'nicht', 'ne', 'pas', 'non']);
const NEGATION_KOREAN = ['금지', '하지마', '하지 마', '말것', '말 것', '않'];

/** What a sheet's name says of its rows when no --sheet names it. */
export type SetAsideSheet = 'withdrawals' | 'set-aside' | 'signers';

export function setAsideSheetKind(sheet: string): SetAsideSheet {
  const name = sheet.normalize('NFC').toLowerCase();
  const words = name.split(/[^\p{L}\p{M}]+/u).filter((word) => word !== '');
  if (words.some((word) => NEGATION_WORDS.has(word)) || NEGATION_KOREAN.some((word) => name.includes(word))) return 'signers';
  // "Opt-outs", "opt outs" and "Dados de baja" are one word to the stems.
  const candidates = [...words, words.join('')];
  const says = (set: ReadonlySet<string>, stems: readonly string[], anywhere: readonly string[]) =>
    anywhere.some((word) => name.includes(word)) || candidates.some((word) => set.has(word) || stems.some((stem) => word.startsWith(stem)));
  if (says(WITHDRAWAL_WORDS, WITHDRAWAL_STEMS, WITHDRAWAL_ANYWHERE)) return 'withdrawals';
  return says(SET_ASIDE_WORDS, SET_ASIDE_STEMS, SET_ASIDE_KOREAN) ? 'set-aside' : 'signers';
}

/** A sheet whose own rows are not counted: withdrawn signatures, or rows set aside. */
export function namesWithdrawnRows(sheet: string): boolean {
  return setAsideSheetKind(sheet) !== 'signers';
}

/** A sheet of withdrawn signatures: its people are taken off the count on every other sheet and source too. */
export function namesWithdrawals(sheet: string): boolean {
  return setAsideSheetKind(sheet) === 'withdrawals';
}

/** The sheet's rows, each signer row rejected as withdrawn; rows rejected for their own reason keep it. */
export async function* withdrawnRows(records: AsyncIterable<DecodedRecord>, sheet: string): AsyncGenerator<DecodedRecord> {
  for await (const record of records) {
    if (record.kind !== 'data') yield record;
    else yield withDetail({ kind: 'rejected', row: record.row, line: record.line, reason: 'withdrawn_sheet', cells: record.cells } as const, msg('reject.withdrawn-sheet', { sheet }));
  }
}
