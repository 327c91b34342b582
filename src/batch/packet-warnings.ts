// What a built packet leaves for a person to look at, as short lines: rejected rows, pairs to review, missing glyphs, export problems.
import type { PacketResult } from '../packet/build-packet.js';
import { msg, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { listRowsCutMessage } from '../packet/signature-list/list-rows-cut-message.js';

const MAX_PROBLEMS = 20;

type WarnedResult = Pick<PacketResult, 'run' | 'missingCharacters'> & Partial<Pick<PacketResult, 'untranslated' | 'foreignFiles' | 'listRowsCut'>>;

/** The warnings in English, as --json and the batch state carry them. */
export function packetWarnings(result: WarnedResult): string[] {
  return packetWarningMessages(result).map((warning) => english().say(warning));
}

/** The warnings in catalog form, for the terminal. */
export function packetWarningMessages(result: WarnedResult): Message[] {
  const { counts, scan } = result.run;
  const warnings: Message[] = [];
  if (counts.rejected > 0) {
    const reasons = Object.entries(counts.rejectReasons).map(([reason, n]) => msg('batch.warning.reason', { reason: msg(`reason.${reason}`), count: n }));
    // The reasons are few (one per code): each is its own value, so every part is said in the same language.
    warnings.push(msg('batch.warning.rejected', { count: counts.rejected, reasons: reasons.length === 1 ? reasons[0] : joined(reasons) }));
  }
  if (counts.pendingReview > 0) warnings.push(msg('batch.warning.review', { count: counts.pendingReview }));
  if (result.missingCharacters.length) warnings.push(msg('packet.missing-characters', { characters: result.missingCharacters.join(' ') }));
  if (result.listRowsCut && result.listRowsCut.count > 0) warnings.push(listRowsCutMessage(result.listRowsCut));
  for (const missing of result.untranslated ?? []) warnings.push(msg('packet.untranslated', { missing }));
  const foreign = result.foreignFiles ?? [];
  if (foreign.length) warnings.push(msg('packet.foreign-files', { count: foreign.length, files: foreign.join(', ') }));
  for (const problem of scan.problems.slice(0, MAX_PROBLEMS)) {
    const where = msg('batch.warning.where', { source: problem.source, row: problem.row ?? 'none', column: problem.column || 'none' });
    warnings.push(msg('where.message', { where, message: problem.text ?? problem.message }));
  }
  if (scan.problems.length > MAX_PROBLEMS) warnings.push(msg('batch.warning.more', { more: scan.problems.length - MAX_PROBLEMS }));
  return warnings;
}

/** "a, b, c" as nested list messages, each said in the language of the whole. */
function joined(items: Message[]): Message {
  return items.slice(1).reduce((list, item) => msg('list.more', { list, item }), items[0]);
}
