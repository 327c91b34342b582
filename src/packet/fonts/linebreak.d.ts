// The part of linebreak 1.1 (UAX #14, the package pdfkit's LineWrapper uses) this project calls; it ships no types.
declare module 'linebreak' {
  export interface Break {
    /** Index (UTF-16) in the text where the next line may start. */
    position: number;
    /** A mandatory break (a line feed or another BK/CR/LF/NL character). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
