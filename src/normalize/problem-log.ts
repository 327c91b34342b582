// createProblemLog: problems gathered per kind and value (one line per distinct unknown country, not one per row).
import type { Problem } from '../types.js';
import { msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { firstOfMany } from '../text/first-of-many.js';

/** How many row numbers a problem lists before it says "…". */
const ROWS_SHOWN = 5;
/** Distinct values listed per problem code; the rest are counted together, so junk cannot flood the report. */
const VALUES_PER_CODE = 50;
const describeOthers = (count: number, rows: string): Message => msg('problem.others', { count, rows });

interface Entry {
  code: string;
  column: string | undefined;
  describe: (count: number, rows: string) => string | Message;
  firstRow: number;
  firstLine: number;
  rows: number[];
  count: number;
}

export interface ProblemLog {
  /**
   * Counts one occurrence of a problem; `key` groups occurrences (code plus the offending value). `describe` is
   * called once, when problems() is read, with the count and the first row numbers.
   */
  note(code: string, key: string, row: number, line: number, column: string | undefined, describe: (count: number, rows: string) => string | Message): void;
  /** A problem about the whole file (the date order decision), listed first. */
  noteFile(code: string, message: string | Message, column?: string): void;
  problems(): Problem[];
  /**
   * Takes back the notes of the given codes made for `row`, the row noted last: a row rejected after it was read is
   * neither matched nor counted, so what its email, country or date was cannot be a problem of the file.
   */
  retract(row: number, codes: ReadonlySet<string>): void;
}

export function createProblemLog(source: string): ProblemLog {
  const fileProblems: Problem[] = [];
  const entries = new Map<string, Entry>();
  const valuesPerCode = new Map<string, number>();
  // The notes of the row noted last, each with whether it opened its entry: only that row can be taken back.
  let lastRow = 0;
  let lastNotes: Array<{ id: string; code: string; opened: boolean }> = [];
  return {
    note(code, key, row, line, column, describe) {
      if (row !== lastRow) {
        lastRow = row;
        lastNotes = [];
      }
      let id = `${code}\u0000${key}`;
      let entry = entries.get(id);
      if (!entry && (valuesPerCode.get(code) ?? 0) >= VALUES_PER_CODE) {
        id = `${code}\u0001`;
        entry = entries.get(id);
        describe = describeOthers;
      }
      lastNotes.push({ id, code, opened: !entry });
      if (entry) {
        entry.count++;
        if (entry.rows.length < ROWS_SHOWN) entry.rows.push(row);
        return;
      }
      valuesPerCode.set(code, (valuesPerCode.get(code) ?? 0) + 1);
      entries.set(id, { code, column, describe, firstRow: row, firstLine: line, rows: [row], count: 1 });
    },
    retract(row, codes) {
      if (row !== lastRow) return;
      for (const note of lastNotes) {
        if (!codes.has(note.code)) continue;
        const entry = entries.get(note.id);
        if (!entry) continue;
        if (note.opened) {
          // The entry's example and first row were this row's: it goes whole (a later row opens it anew).
          entries.delete(note.id);
          valuesPerCode.set(note.code, (valuesPerCode.get(note.code) ?? 1) - 1);
          continue;
        }
        entry.count--;
        if (entry.rows[entry.rows.length - 1] === row) entry.rows.pop();
      }
      lastNotes = lastNotes.filter((note) => !codes.has(note.code));
    },
    noteFile(code, message, column) {
      fileProblems.push(described(message, (english) => (column === undefined ? { source, code, message: english } : { source, code, message: english, column })));
    },
    problems() {
      const rowProblems = [...entries.values()].map((entry): Problem => {
        const rows = firstOfMany(entry.rows, entry.count);
        const problem = described(entry.describe(entry.count, rows), (english) => ({ source, row: entry.firstRow, line: entry.firstLine, code: entry.code, message: english }));
        if (entry.column !== undefined) problem.column = entry.column;
        return problem;
      });
      return [...fileProblems, ...rowProblems];
    },
  };
}

/** A problem with its message: English in `message` (what --json shows), and the catalog form for the terminal. */
function described(message: string | Message, make: (english: string) => Problem): Problem {
  const problem = make(english().say(message));
  return typeof message === 'string' ? problem : withText(problem, message);
}
