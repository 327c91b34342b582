// The one error type for the user's mistakes: caught once in src/cli, printed without a stack, exit code 2.

export interface UserErrorLocation {
  file?: string;
  line?: number;
  row?: number;
  column?: string;
}

export class UserError extends Error {
  readonly location: UserErrorLocation;

  constructor(message: string, location: UserErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.location = location;
  }

  /** "file.csv, line 12, column "Email": message" */
  describe(): string {
    const { file, line, row, column } = this.location;
    const where = [
      file === undefined ? undefined : withoutLineBreaks(file),
      line !== undefined ? `line ${line}` : undefined,
      row !== undefined ? `row ${row}` : undefined,
      column !== undefined ? `column "${withoutLineBreaks(column)}"` : undefined,
    ].filter(Boolean).join(', ');
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** A file name or header inside one line of a message: a line break in it must not start a forged line. */
export function withoutLineBreaks(text: string): string {
  return text.replace(/\r/g, '␍').replace(/\n/g, '␊');
}
