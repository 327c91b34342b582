// createProblemLog: problems gathered per kind and value (one line per distinct unknown country, not one per row).
import type { Problem } from '../types.js';

/** How many row numbers a problem lists before it says "…". */
const ROWS_SHOWN = 5;
/** Distinct values listed per problem code; the rest are counted together, so junk cannot flood the report. */
const VALUES_PER_CODE = 50;
const describeOthers = (count: number, rows: string): string => `${count} more rows with other values (rows ${rows})`;

interface Entry {
  code: string;
  column: string | undefined;
  describe: (count: number, rows: string) => string;
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
  note(code: string, key: string, row: number, line: number, column: string | undefined, describe: (count: number, rows: string) => string): void;
  /** A problem about the whole file (the date order decision), listed first. */
  noteFile(code: string, message: string, column?: string): void;
  problems(): Problem[];
}

export function createProblemLog(source: string): ProblemLog {
  const fileProblems: Problem[] = [];
  const entries = new Map<string, Entry>();
  const valuesPerCode = new Map<string, number>();
  return {
    note(code, key, row, line, column, describe) {
      let id = `${code}\u0000${key}`;
      let entry = entries.get(id);
      if (!entry && (valuesPerCode.get(code) ?? 0) >= VALUES_PER_CODE) {
        id = `${code}\u0001`;
        entry = entries.get(id);
        describe = describeOthers;
      }
      if (entry) {
        entry.count++;
        if (entry.rows.length < ROWS_SHOWN) entry.rows.push(row);
        return;
      }
      valuesPerCode.set(code, (valuesPerCode.get(code) ?? 0) + 1);
      entries.set(id, { code, column, describe, firstRow: row, firstLine: line, rows: [row], count: 1 });
    },
    noteFile(code, message, column) {
      fileProblems.push(column === undefined ? { source, code, message } : { source, code, message, column });
    },
    problems() {
      const rowProblems = [...entries.values()].map((entry): Problem => {
        const rows = entry.rows.join(', ') + (entry.count > entry.rows.length ? ', …' : '');
        const problem: Problem = {
          source,
          row: entry.firstRow,
          line: entry.firstLine,
          code: entry.code,
          message: entry.describe(entry.count, rows),
        };
        if (entry.column !== undefined) problem.column = entry.column;
        return problem;
      });
      return [...fileProblems, ...rowProblems];
    },
  };
}
