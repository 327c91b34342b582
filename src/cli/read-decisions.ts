// The --decisions file of count, dedupe, packet, status and batch: read, parsed, and every problem named with the file.
import { promises as fsp } from 'node:fs';
import { DECISIONS_COLUMNS, parseDecisions } from '../dedupe/fuzzy/review-csv.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/**
 * The file must exist: a mistyped path taken as "no decisions yet" would leave the organizer believing their
 * review was applied to the number they deliver. Any read error, and any parse error, is the user's to see.
 */
export async function readDecisions(path: string): Promise<ReviewDecision[]> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(msg('read.decisions-not-found'), { file: path }, { cause: error });
    throw new UserError(msg('read.cannot-read-decisions', { reason: code ?? String(error) }), { file: path }, { cause: error });
  }
  // An empty file is no decisions file: the review's answers would silently not be applied.
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new UserError(msg('review.decisions-no-header', { header: DECISIONS_COLUMNS.join(',') }), { file: path, line: 1 });
  try {
    return parseDecisions(text).map((decision) => ({ ...decision, file: path }));
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.text, { ...error.location, file: path }, { cause: error });
    throw error;
  }
}
