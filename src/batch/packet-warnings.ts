// What a built packet leaves for a person to look at, as short lines: rejected rows, pairs to review, missing glyphs, export problems.
import type { PacketResult } from '../packet/build-packet.js';
import { counted } from '../text/counted.js';

const MAX_PROBLEMS = 20;

export function packetWarnings(result: Pick<PacketResult, 'run' | 'missingCharacters'> & Partial<Pick<PacketResult, 'untranslated'>>): string[] {
  const { counts, scan } = result.run;
  const warnings: string[] = [];
  if (counts.rejected > 0) {
    const reasons = Object.entries(counts.rejectReasons).map(([reason, n]) => `${reason.replaceAll('_', ' ')} ${n}`).join(', ');
    warnings.push(`${counted(counts.rejected, 'row')} rejected (${reasons})`);
  }
  if (counts.pendingReview > 0) warnings.push(`${counted(counts.pendingReview, 'pair')} of signatures awaiting review, counted as two people until decided`);
  if (result.missingCharacters.length) warnings.push(`no font has these characters; they print as a replacement mark: ${result.missingCharacters.join(' ')}`);
  for (const missing of result.untranslated ?? []) warnings.push(`missing translation: ${missing}`);
  for (const problem of scan.problems.slice(0, MAX_PROBLEMS)) {
    const where = [problem.source, problem.row !== undefined ? `row ${problem.row}` : '', problem.column ? `column "${problem.column}"` : ''].filter(Boolean).join(', ');
    warnings.push(`${where}: ${problem.message}`);
  }
  if (scan.problems.length > MAX_PROBLEMS) warnings.push(`… and ${scan.problems.length - MAX_PROBLEMS} more warnings about the exports (petition count shows them all)`);
  return warnings;
}
