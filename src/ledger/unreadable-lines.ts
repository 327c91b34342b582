// A ledger line that cannot be read may be the record of a delivery: until it is mended, nothing may be marked
// delivered or rebuilt on the ledger's word, or a delivery is marked twice and its handed-over packet overwritten.
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { LedgerProblem, ParsedLedger } from './parse-ledger.js';

/** Lines that are not entries; a torn last line (a write killed half-way) records nothing and is not one of them. */
export function unreadableLines(ledger: ParsedLedger): LedgerProblem[] {
  return ledger.problems.filter((problem) => problem.message.key !== 'ledger.problem.unfinished');
}

/** A line is missing, moved or inserted before this one (ledger-chain.ts): what is lost may be a delivery's record. */
export function isChainBreak(problem: LedgerProblem): boolean {
  return problem.message.key === 'ledger.problem.chain-broken';
}

export function refuseUnreadableLedger(ledger: ParsedLedger, file: string): void {
  const [first] = unreadableLines(ledger);
  if (!first) return;
  const text = isChainBreak(first) ? msg('ledger.broken-chain', { line: first.line }) : msg('ledger.unreadable-line', { line: first.line, problem: first.message });
  throw new UserError(text, { file, line: first.line });
}
