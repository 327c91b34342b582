// Problems and rejections as lines on stderr: file, row, column and what to do. Never prints an email or phone.
import type { Problem, Rejection } from '../types.js';
import { visibleInLine } from '../errors.js';
import { english, type Translator } from '../i18n/translator.js';
import { reasonText } from '../i18n/reason-text.js';

const MAX_REJECTIONS_SHOWN = 10;

/**
 * `writeAll` is what writes every rejected row: dedupe's own option, or for count and packet a dedupe command that
 * names the same inputs (they have no --rejects).
 */
export function formatProblems(
  problems: Problem[], rejections: Rejection[], totalRejected = rejections.length, words: Translator = english(), writeAll = '--rejects rejects.csv',
): string {
  const { t } = words;
  let text = '';
  for (const p of problems) {
    const where = [visibleInLine(p.source), p.row !== undefined ? t('where.row', { row: p.row }) : '', p.line !== undefined ? t('where.line', { line: p.line }) : '', p.column ? t('where.column', { column: visibleInLine(p.column) }) : ''].filter(Boolean).join(', ');
    text += `${t('cli.warning', { message: t('where.message', { where, message: words.say(p.text ?? p.message) }) })}\n`;
  }
  for (const r of rejections.slice(0, MAX_REJECTIONS_SHOWN)) {
    const values = { source: visibleInLine(r.source), row: r.row, line: r.line, reason: reasonText(r.reason, words) };
    const rejected = r.column ? t('problems.rejected-column', { ...values, column: visibleInLine(r.column) }) : t('problems.rejected', values);
    text += `${r.detail ? t('problems.with-detail', { rejected, detail: words.say(r.detailText ?? r.detail) }) : rejected}\n`;
  }
  if (totalRejected > MAX_REJECTIONS_SHOWN) {
    text += `${t('problems.more-rejected', { more: totalRejected - MAX_REJECTIONS_SHOWN, option: writeAll })}\n`;
  }
  return text;
}
