// Signers counted in a date window although nothing places them in it: a date typed that cannot be read, or none at
// all. Named per file (file, rows) in one warning, so that every undated signer the summary counts is accounted for.
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Problem } from '../types.js';
import { firstOfMany } from '../text/first-of-many.js';

/** Rows named per file and kind; the rest are counted. */
const ROWS_SHOWN = 10;
/** The problem code of signers counted in a date window whose date cannot be read (or is not given). */
export const UNDATED_COUNTED = 'undated_counted';

/** `unreadable`: a date typed that no reading makes a date of; `blank`: no date given in the row. */
export type Undated = 'unreadable' | 'blank';

interface FileRows {
  /** The first row and line named: where the warning points. */
  row: number;
  line: number;
  unreadable: { rows: number[]; count: number };
  blank: { rows: number[]; count: number };
}

export class UndatedRows {
  private readonly files = new Map<string, FileRows>();

  add(source: string, row: number, line: number, kind: Undated): void {
    let file = this.files.get(source);
    if (!file) {
      file = { row, line, unreadable: { rows: [], count: 0 }, blank: { rows: [], count: 0 } };
      this.files.set(source, file);
    }
    // The warning points at the first date that cannot be read, the one to look at first.
    if (kind === 'unreadable' && file.unreadable.count === 0) Object.assign(file, { row, line });
    const rows = file[kind];
    if (rows.rows.length < ROWS_SHOWN) rows.rows.push(row);
    rows.count++;
  }

  /**
   * One warning per file. Only once some date cannot be read: a file whose rows give no date at all (or has no date
   * column) says so plainly in its cells; beside an unreadable one, the blanks are named too, so the warnings add up
   * to the summary's "without a date".
   */
  problems(windowOf: 'delivery' | 'flags' | undefined): Problem[] {
    const files = [...this.files.entries()];
    if (!files.some(([, file]) => file.unreadable.count > 0)) return [];
    const window = windowOf ?? 'flags';
    return files.map(([source, file]) => {
      const { unreadable, blank } = file;
      const listed = (rows: FileRows['blank']) => firstOfMany(rows.rows, rows.count);
      const text = unreadable.count > 0
        ? msg('problem.undated-counted', { count: unreadable.count, rows: listed(unreadable), blank: blank.count, blankRows: listed(blank), window })
        : msg('problem.undated-blank-counted', { count: blank.count, rows: listed(blank), window });
      return withText({ source, row: file.row, line: file.line, column: 'date', code: UNDATED_COUNTED, message: english().say(text) }, text);
    });
  }
}

/** `problems` with its undated warnings replaced by `fresh` (a follow-up's own), where the first of them stood. */
export function withUndatedReplaced(problems: Problem[], fresh: readonly Problem[]): void {
  const at = problems.findIndex((p) => p.code === UNDATED_COUNTED);
  const kept = problems.filter((p) => p.code !== UNDATED_COUNTED);
  kept.splice(at === -1 ? kept.length : at, 0, ...fresh);
  problems.splice(0, problems.length, ...kept);
}
