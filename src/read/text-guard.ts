// Looks at the first bytes of a stream as they are copied, and stops the copy as soon as they are not a text export.
import { UserError } from '../errors.js';
import { decodeSample, MAX_HEADER_BYTES, SAMPLE_BYTES } from './open-export.js';
import { spreadsheetKind } from './workbook/spreadsheet-kind.js';
import { msg } from '../i18n/message.js';

/**
 * A pass-through for `stream.pipeline` that refuses, from its first SAMPLE_BYTES, what the reader would refuse
 * anyway (binary data, NUL bytes, a PDF), and a start without a line break in MAX_HEADER_BYTES: given a device or a
 * pipe (`count /dev/zero`, `count /dev/urandom`), the copy would otherwise run until the disk is full. A workbook
 * (zip) passes, for the workbook reader.
 */
export function textGuard(input: { path: string; encoding?: string }): (source: AsyncIterable<Buffer | string>) => AsyncGenerator<Buffer> {
  return async function* guard(source) {
    const head: Buffer[] = [];
    let size = 0;
    let checked = false;
    let lineBreak = false;
    const check = (complete: boolean) => {
      const bytes = Buffer.concat(head);
      if (spreadsheetKind(bytes) !== undefined) return;
      decodeSample(input, { bytes: complete ? bytes : wholeLines(bytes), complete });
    };
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      lineBreak ||= bytes.includes(10) || bytes.includes(13);
      if (!checked) {
        head.push(bytes);
        size += bytes.length;
        if (size < SAMPLE_BYTES) continue;
        check(false);
        checked = true;
        yield* head.splice(0);
        continue;
      }
      size += bytes.length;
      if (!lineBreak && size > MAX_HEADER_BYTES) {
        throw new UserError(msg('read.endless', { bytes: MAX_HEADER_BYTES }), { file: input.path });
      }
      yield bytes;
    }
    if (!checked) check(true);
    yield* head;
  };
}

/** The bytes up to their last line break (a sample is judged on whole lines), or all of them when there is none. */
function wholeLines(bytes: Buffer): Buffer {
  const last = Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13));
  return last === -1 ? bytes : bytes.subarray(0, last + 1);
}
