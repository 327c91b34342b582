// A sheet whose name says its rows were taken off the list ("Withdrawn", "Removed", "철회", "zurückgezogen"): an
// organizer moves a signature that was withdrawn, or a row set aside (a duplicate, a test row), to such a tab. Its
// rows are not signers, so each is rejected with that reason (every row still accounted for); naming a sheet of rows
// set aside with --sheet reads it as signers after all, and a sheet of withdrawals only with --read-as-signers too. Only a sheet of withdrawn signatures also takes its people off the count
// elsewhere (src/pipeline/scan-sources.ts): a duplicate or an unsubscribe is still someone who signed.
import { basename } from 'node:path';
import type { DecodedRecord } from '../../types.js';
import { msg, type Message } from '../../i18n/message.js';
import { withDetail } from '../../i18n/detail.js';

/**
 * Words, folded to lower case, that say a signature was withdrawn by its signer (English, Spanish, German, French,
 * Italian): the people on such a sheet are taken off the count everywhere, so only explicit words belong here.
 * A signature cancelled ("cancelled", "취소", "서명 취소", Spanish "bajas"/"dados de baja", German "storniert") is one
 * its signer took back: a signature is the signer's to cancel, while an organizer setting rows aside says removed,
 * deleted, excluded, duplicate, invalid or void. French "retrait(s)" is the noun of a withdrawal.
 */
const WITHDRAWAL_WORDS = new Set([
  'revoked', 'retracted', 'retirado', 'retirados', 'retirada', 'retiradas', 'retiré', 'retirés', 'retirée', 'retirées',
  'retrait', 'retraits', 'baja', 'bajas', 'cancelled', 'canceled',
]);
/** Word beginnings of the same (withdrawal/withdrawn/withdrew, Widerruf/widerrufen, zurückgezogen, retiradas, ritirati, cancellations, cancelados, storniert). */
const WITHDRAWAL_STEMS = ['withdr', 'widerruf', 'zurückgez', 'retirad', 'ritirat', 'revoc', 'revok', 'retract', 'rétract', 'cancel', 'storni', 'dadosdebaja'];
/** Korean and Chinese/Japanese have no spaces between a word and its particles ("철회자"): looked for anywhere. */
const WITHDRAWAL_ANYWHERE = ['철회', '撤回', '취소'];
/**
 * What, right after a Korean withdrawal word, makes the name a campaign's, not a list of withdrawals: an imperative or
 * a request ("철회하라", "철회해라", "철회하십시오", "철회 촉구": "withdraw it!") or signatures gathered for it ("철회 서명":
 * "signatures for the withdrawal", where "서명 철회" is "signature withdrawn"). Read as signers.
 */
const KOREAN_CAMPAIGN_AFTER = /^(?:하라|해라|하십시오|하십시요|하세요|하시오|하자|하여라|촉구|을촉구|를촉구|서명(?!철회|취소))/u;

/**
 * Words that say rows were set aside for the organizer's own reasons (duplicates removed, deleted, test rows,
 * unsubscribed from a mailing list, invalid): the sheet's own rows are not counted, but its people signed and stay
 * counted elsewhere. An opt-out or unsubscribe is about mail, never about the signature.
 */
const SET_ASIDE_WORDS = new Set([
  'removed', 'removals', 'deleted', 'excluded',
  'eliminado', 'eliminados', 'eliminada', 'eliminadas', 'borrado', 'borrados',
  'excluido', 'excluidos', 'excluida', 'excluidas', 'anulado', 'anulados',
  'gelöscht', 'entfernt', 'ausgeschlossen',
  'supprimé', 'supprimés', 'exclu', 'exclus',
  'void', 'voided', 'doppelt', 'doppelte', 'invalid', 'invalide', 'ungültig', 'nulo', 'nulos', 'nul', 'nuls',
]);
/** Word beginnings of the same (duplicates/duplicados/duplicati, unsubscribed, opt-outs, désinscrits, storniert …). */
const SET_ASIDE_STEMS = [
  'unsubscri', 'optout', 'optedout', 'duplica', 'duplik', 'dublett', 'doublon', 'désinscri', 'desinscri', 'désabonn',
  'annull', 'abgemeld', 'eliminad', 'borrad', 'anulad',
  'gelösch', 'entfern', 'supprim', 'rimoss', 'descadastr',
];
const SET_ASIDE_KOREAN = ['삭제', '제외', '탈퇴', '중복', '무효', '수신거부', '반려'];

/**
 * Words that turn the word after them around ("Do not delete duplicates", "Not deleted", "No borrar"): such a sheet
 * warns to keep its rows, and is read as signers. Only the word right after counts, so "Withdrawn - do not count"
 * is still a sheet of withdrawals.
 */
const NEGATION_WORDS = new Set(['not', 'dont', 'don', 'never', 'no', 'nicht', 'ne', 'non']);
/**
 * Korean says it after the words it turns around ("삭제 금지", "중복 삭제하지마세요", "삭제되지 않음"): a word is
 * turned around by one later in the same part of the name ("철회 - 집계 금지" is still withdrawals).
 */
const KOREAN_NEGATION = /금지|하지마|하지말|말것|말아|되지않|하지않|안됨|안함/u;

/** What a sheet's name says of its rows when no --sheet names it. */
export type SetAsideSheet = 'withdrawals' | 'set-aside' | 'signers';

export function setAsideSheetKind(sheet: string): SetAsideSheet {
  const name = sheet.normalize('NFC').toLowerCase();
  const words = name.split(/[^\p{L}\p{M}]+/u).filter((word) => word !== '');
  const parts = name.split(/[^\p{L}\p{M}\s]+/u).map((part) => part.replace(/\s+/gu, ''));
  const saysAnywhere = (word: string) => parts.some((part) => {
    for (let at = part.indexOf(word); at >= 0; at = part.indexOf(word, at + 1)) {
      const after = part.slice(at + word.length);
      if (!KOREAN_NEGATION.test(after) && !(WITHDRAWAL_ANYWHERE.includes(word) && KOREAN_CAMPAIGN_AFTER.test(after))) return true;
    }
    return false;
  });
  const negated = (index: number) => [words[index - 1], words[index - 2]].some((word) => word !== undefined && NEGATION_WORDS.has(word));
  // "Opt-outs", "opt outs" and "Dados de baja" are one word to the stems.
  const candidates = [...words.filter((_, index) => !negated(index)), words.join('')];
  const says = (set: ReadonlySet<string>, stems: readonly string[], anywhere: readonly string[]) =>
    anywhere.some(saysAnywhere) || candidates.some((word) => set.has(word) || stems.some((stem) => word.startsWith(stem)));
  if (says(WITHDRAWAL_WORDS, WITHDRAWAL_STEMS, WITHDRAWAL_ANYWHERE)) return 'withdrawals';
  return says(SET_ASIDE_WORDS, SET_ASIDE_STEMS, SET_ASIDE_KOREAN) ? 'set-aside' : 'signers';
}

/**
 * Names a spreadsheet program gives a new sheet ("Sheet1", "시트1", "Hoja1", "Tabelle1", "Feuil1", "Foglio1",
 * "Planilha1", "Blad1", "Лист1"): they say nothing of the sheet's rows.
 */
const GENERIC_SHEET_NAME = /^(?:sheet|시트|hoja|tabelle|feuil(?:le)?|foglio|planilha|blad|лист|ark|arkusz|工作表|ワークシート)\s*\d*$/iu;

/** Whether a sheet's name is one a spreadsheet program made up (GENERIC_SHEET_NAME). */
export function isGenericSheetName(sheet: string): boolean {
  return GENERIC_SHEET_NAME.test(sheet.normalize('NFC').trim());
}

/**
 * What a workbook's sheet holds, when no --sheet names it: a sheet with a name of its own says so itself; one with a
 * name the program gave it ("Sheet1") defers to the workbook's file name, read as a text export's is (exportFileKind):
 * a withdrawal list saved as `철회.xlsx` is what `철회.csv` is. `fileNameSaysNothing` (--read-as-signers FILE) turns
 * the file-name rule off.
 */
export function workbookSheetKind(path: string, sheet: string, fileNameSaysNothing = false): SetAsideSheet {
  if (!isGenericSheetName(sheet)) return setAsideSheetKind(sheet);
  return fileNameSaysNothing ? 'signers' : exportFileKind(path);
}

/** A sheet whose own rows are not counted: withdrawn signatures, or rows set aside. */
export function namesWithdrawnRows(sheet: string): boolean {
  return setAsideSheetKind(sheet) !== 'signers';
}

/** A sheet of withdrawn signatures: its people are taken off the count on every other sheet and source too. */
export function namesWithdrawals(sheet: string): boolean {
  return setAsideSheetKind(sheet) === 'withdrawals';
}

/**
 * What a text export's file name says of its rows, read as a sheet's name would be: a workbook's tab saved as CSV
 * keeps the tab's name, alone (`철회.csv`) or after the workbook's (Google Sheets' `서명 - 철회.csv`), so the stem or
 * the part after its last " - " is looked at. A file name describes more than a tab does (`invalid-utf8-bytes.csv`,
 * `removed-duplicates-report.csv`, `duplicate-header-names.csv`), so a part counts only when each of its words says
 * withdrawn or set aside, or only names a list ("withdrawn signatures", "서명 철회", "lista de bajas"). Anything more is
 * read as signers: a list of rows removed as duplicates read so only adds rows the dedupe merges again, while a
 * signer export read as removed would lose every one of them. Standard input has no name.
 */
export function exportFileKind(path: string): SetAsideSheet {
  if (path === '-') return 'signers';
  const stem = basename(path).replace(/\.[^.]*$/u, '');
  const at = stem.lastIndexOf(' - ');
  const kinds = [fileNamePartKind(stem), ...(at >= 0 ? [fileNamePartKind(stem.slice(at + 3))] : [])];
  return kinds.includes('withdrawals') ? 'withdrawals' : kinds.includes('set-aside') ? 'set-aside' : 'signers';
}

/** Words that only name a list, around the word that says what the list is ("withdrawn signatures", "철회 명단"). */
const LIST_WORDS = new Set([
  'list', 'lists', 'rows', 'signatures', 'signers', 'sheet', 'names', 'people', 'the', 'of',
  '명단', '목록', '서명', '서명자', '시트',
  'lista', 'listas', 'filas', 'firmas', 'firmantes', 'hoja', 'de', 'del', 'los', 'las',
  'liste', 'listen', 'unterschriften', 'der', 'die', 'von', 'signataires', 'des',
]);

function fileNamePartKind(part: string): SetAsideSheet {
  const all = part.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((word) => word !== '');
  // "철회 서명" is signatures for a withdrawal (a campaign), not a list: its "서명" says so, and is kept.
  const forTheCampaign = (word: string, index: number) => /^서명/u.test(word) && index > 0 && /(?:철회|취소)$/u.test(all[index - 1]);
  const words = all.filter((word, index) => !LIST_WORDS.has(word) || forTheCampaign(word, index));
  const kinds = words.map(setAsideSheetKind);
  if (kinds.length === 0 || kinds.includes('signers')) return 'signers';
  return kinds.includes('withdrawals') ? 'withdrawals' : 'set-aside';
}

/**
 * The sheet's rows, each signer row rejected as withdrawn (`withdrawn_sheet`) or, on a sheet of rows set aside
 * (duplicates, tests, invalid rows), as set aside (`set_aside_sheet`): its people did not take their signature back,
 * and must not read as if they had. Rows rejected for their own reason keep it.
 */
export function withdrawnRows(records: AsyncIterable<DecodedRecord>, sheet: string, kind: TakenOff = 'withdrawals', file = ''): AsyncGenerator<DecodedRecord> {
  return kind === 'set-aside' ? rowsTakenOff(records, 'set_aside_sheet', msg('reject.set-aside-sheet', { sheet }))
    : rowsTakenOff(records, 'withdrawn_sheet', msg('reject.withdrawn-sheet', { sheet, file }));
}

/** A text export's rows when its file name says they were taken off the list (exportFileKind), each rejected so. */
export function withdrawnFileRows(records: AsyncIterable<DecodedRecord>, file: string, kind: TakenOff = 'withdrawals'): AsyncGenerator<DecodedRecord> {
  return kind === 'set-aside' ? rowsTakenOff(records, 'set_aside_sheet', msg('reject.set-aside-file', { file }))
    : rowsTakenOff(records, 'withdrawn_sheet', msg('reject.withdrawn-file', { file }));
}

/** What a list taken off the count holds: withdrawn signatures, or rows the organizer set aside. */
type TakenOff = Exclude<SetAsideSheet, 'signers'>;

async function* rowsTakenOff(records: AsyncIterable<DecodedRecord>, reason: 'withdrawn_sheet' | 'set_aside_sheet', why: Message): AsyncGenerator<DecodedRecord> {
  for await (const record of records) {
    if (record.kind !== 'data') yield record;
    else yield withDetail({ kind: 'rejected', row: record.row, line: record.line, reason, cells: record.cells } as const, why);
  }
}
