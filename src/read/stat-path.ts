// What a path is (file, folder, FIFO, device), asked without leaving a FIFO's kind in Node's shared stat buffer.
import { statSync, type BigIntStats } from 'node:fs';

/**
 * `statSync`, in its bigint form. The number form fills a buffer that Node's module resolver reads back later: after
 * a FIFO or a socket was stat'ed, each later `import()` stops resolving symlinks at its first cached folder (Node's
 * realpathSync checks that buffer, not the folder). Under a symlinked node_modules (pnpm, npm link) the lazily loaded
 * workbook reader then loaded exceljs twice and half of it came out empty: `<(cat book.xlsx)` failed with
 * "iterateStream is not a function". The bigint form has a buffer of its own.
 */
export function statPath(path: string): BigIntStats;
export function statPath(path: string, options: { throwIfNoEntry: false }): BigIntStats | undefined;
export function statPath(path: string, options?: { throwIfNoEntry: false }): BigIntStats | undefined {
  return statSync(path, { bigint: true, throwIfNoEntry: options?.throwIfNoEntry ?? true });
}
