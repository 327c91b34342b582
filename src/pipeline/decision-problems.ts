// What a decisions file asks that the run could not take on trust: a row that is not in the input, or "same
// person" for two rows with different email addresses. Each is named by the decisions file's row.
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import type { LocatedDecisions } from '../dedupe/fuzzy/locate-decisions.js';
import { msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Problem } from '../types.js';

/** `sources`: this run's sources, by the name decisions are located under, with the highest row read. */
export function decisionProblems({ located, unbound, selfPairs, conflicts, rowsGone = [] }: LocatedDecisions, sources: ReadonlyArray<{ name: string; lastRow: number }>, sameWithTwoEmails: readonly ReviewDecision[], changedNotApplied: readonly ReviewDecision[] = []): Problem[] {
  const problems: Problem[] = [];
  const problem = (d: ReviewDecision, code: string, text: Message): Problem =>
    withText({ source: d.file ?? 'review decisions', ...(d.row ? { row: d.row } : {}), code, message: english().say(text) }, text);
  for (const d of located) {
    for (const side of [d.a, d.b]) {
      const source = sources.find((s) => s.name === side.source);
      if (source && side.row > source.lastRow) {
        problems.push(problem(d, 'decision_row_missing', msg('problem.decision-row-missing', { file: side.source, row: side.row, rows: source.lastRow })));
      }
    }
  }
  for (const d of unbound) problems.push(problem(d, 'decision_unbound', msg('problem.decision-unbound')));
  for (const d of selfPairs) problems.push(problem(d, 'decision_self', msg('problem.decision-self', { file: d.a.source, row: d.a.row })));
  for (const [first, second] of conflicts) {
    problems.push(problem(second, 'decision_conflict', msg('problem.decision-conflict', { file: second.file ?? 'review decisions', first: first.row ?? 0, second: second.row ?? 0 })));
  }
  for (const { decision, side } of rowsGone) {
    problems.push(problem(decision, 'decision_row_gone', msg('problem.decision-row-gone', { file: side.source, row: side.row })));
  }
  for (const d of changedNotApplied) {
    problems.push(problem(d, 'decision_content_changed', msg('problem.decision-content-changed', { fileA: d.a.source, rowA: d.a.row, fileB: d.b.source, rowB: d.b.row })));
  }
  for (const d of sameWithTwoEmails) {
    problems.push(problem(d, 'decision_joins_emails', msg('problem.decision-joins-emails', { fileA: d.a.source, rowA: d.a.row, fileB: d.b.source, rowB: d.b.row })));
  }
  return problems;
}
