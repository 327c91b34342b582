// What the encoding scores leave the user to check: rows that read as another encoding, or text the bytes can't place.
import type { Problem } from '../types.js';
import { msg } from '../i18n/message.js';
import { linesProblem } from './decoding-check.js';
import type { EncodingVerdict } from './encoding-tally.js';

/**
 * `encoding`: the one the file is read in (the verdict's, or one chardet refined it to); `utf8Head`: the last line of
 * the file's start that was read as UTF-8, told of on its own (utf8-head.ts).
 */
export function verdictProblems(file: string, verdict: EncodingVerdict, encoding: string, utf8Head = 0): Problem[] {
  const problems: Problem[] = [];
  const { alsoPlausible, textLines } = verdict;
  const misfits = verdict.misfits.flatMap((misfit) => {
    // The lines shown are the first ones, so those of the start are all among them.
    const lines = misfit.lines.filter((line) => line > utf8Head);
    const count = misfit.count - (misfit.lines.length - lines.length);
    return lines.length > 0 ? [{ ...misfit, lines, count }] : [];
  });
  // One problem per encoding the misfits read as: a Shift_JIS row in a CP949 file is no "UTF-8 text".
  for (const misfit of misfits) {
    problems.push(linesProblem(file, { shown: misfit.lines, count: misfit.count }, 'mixed_encoding', (others) =>
      misfit.lookalike === 'utf-8'
        ? msg('problem.mixed-encoding', { encoding, others })
        : msg('problem.reads-as-other-encoding', { encoding, other: misfit.lookalike, others })));
  }
  if (alsoPlausible.length > 0) {
    // The lines are the file's first lines with letters beyond ASCII: where the readings differ.
    problems.push(linesProblem(file, { shown: textLines, count: textLines.length }, 'ambiguous_encoding', (others) =>
      msg('problem.ambiguous-encoding', { encoding, others, candidates: alsoPlausible.join(', '), first: alsoPlausible[0] })));
  }
  return problems;
}
