// Finds where a UTF-16 file's text goes one byte off in the middle (a byte lost or added there): from that byte on,
// every code unit pairs the high byte of one character with the low byte of the next.
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/** LF one byte off: 0A 00 read as one unit, U+0A00, which Unicode leaves unassigned. */
const SHIFTED_LF = '\u0A00';
/** CR one byte off (U+0D00): a rare Malayalam sign, so it is taken as a shifted line end only where lines end in CR. */
const SHIFTED_CR = '\u0D00';

/**
 * A check of the text of a UTF-16 file as it is decoded, for `open-export.ts`. After a byte lost or added mid-file
 * the file has no line end left, only shifted ones: every following row would run into one row of garbage, its email
 * cell holding the other signers' addresses, byte-swapped. The file is refused naming the line the byte is on (the
 * same refusal as a byte off at the start, `utf16-damage.ts`), before a row of it is read.
 */
export function utf16AlignmentCheck(encoding: string, crLines: boolean): (text: string, lineAt: (offset: number) => number) => void {
  return (text, lineAt) => {
    const lf = text.indexOf(SHIFTED_LF);
    const cr = crLines ? text.indexOf(SHIFTED_CR) : -1;
    const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (at !== -1) throw new UserError(msg('read.utf16-shifted-mid', { encoding }), { line: lineAt(at) });
  };
}
