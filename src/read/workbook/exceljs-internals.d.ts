// The parts of exceljs's streaming reader this project drives itself (exceljs types only its public API).
declare module 'exceljs/lib/stream/xlsx/workbook-reader.js' {
  import type { Readable } from 'node:stream';
  export default class WorkbookReader {
    constructor(input: unknown, options: Record<string, string>);
    properties?: { model?: { date1904?: boolean } };
    model?: { sheets?: Array<{ id: number; name: string; rId: string; state?: string }> };
    workbookRels?: Array<{ Id: string; Target: string }>;
    sharedStrings?: unknown[];
    _parseRels(entry: Readable): Promise<void>;
    _parseWorkbook(entry: Readable): Promise<void>;
    _parseStyles(entry: Readable): Promise<void>;
    _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  }
}

declare module 'exceljs/lib/stream/xlsx/worksheet-reader.js' {
  export interface StreamedCell {
    /** exceljs's ValueType: 6 for a formula. */
    type: number;
    value: unknown;
    /** A formula's saved result, as read (a `value` leaves out a result of 0 or ""). */
    result?: unknown;
    numFmt?: string;
  }
  export interface StreamedRow {
    number: number;
    /** 1-based columns; iterates the cells that hold something. */
    eachCell(callback: (cell: StreamedCell, column: number) => void): void;
  }
  export default class WorksheetReader {
    constructor(parts: { workbook: unknown; id: number | string; iterator: AsyncIterable<unknown>; options: Record<string, string> });
    [Symbol.asyncIterator](): AsyncIterator<StreamedRow>;
  }
}

declare module 'exceljs/lib/utils/iterate-stream.js' {
  import type { Readable } from 'node:stream';
  export default function iterateStream(stream: Readable): AsyncIterable<unknown>;
}

declare module 'exceljs/lib/utils/utils.js' {
  const utils: { isDateFmt(format: string | undefined): boolean };
  export default utils;
}

declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  export interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    uncompressedSize: number;
    stream(): Readable;
  }
  export interface ZipDirectory {
    files: ZipEntry[];
  }
  export const Open: {
    custom(source: { size(): Promise<number>; stream(offset: number, length?: number): Readable }): Promise<ZipDirectory>;
  };
}
