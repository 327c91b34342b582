// The --decisions file of count, dedupe, packet, status and batch: read, parsed, and every problem named with the file.
import { promises as fsp } from 'node:fs';
import { parseDecisions } from '../dedupe/fuzzy/review-csv.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * `whenMissing: 'none'`: a file not written yet means no decisions so far (a script can always pass the same
 * path); `'error'`: it must exist. Any other read error, and any parse error, is the user's to see.
 */
export async function readDecisions(path: string, whenMissing: 'none' | 'error'): Promise<ReviewDecision[]> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && whenMissing === 'none') return [];
    throw new UserError(msg('read.cannot-read-decisions', { reason: code ?? String(error) }), { file: path }, { cause: error });
  }
  try {
    return parseDecisions(text);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.text, { ...error.location, file: path }, { cause: error });
    throw error;
  }
}
