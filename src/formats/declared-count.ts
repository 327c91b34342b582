// The number of signatures a platform states above its export's header ("Number of signatures: 6", petitions.eu), to
// check the rows read against: a download cut short otherwise lowers the delivered count without a word (verifyR1 F-M5).
import type { Problem, ReadInfo } from '../types.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

export interface DeclaredCount {
  count: number;
  /** The preamble line that states it, as written. */
  statement: string;
  /** Its index among the preamble lines. */
  index: number;
}

/** Words that say the number is one of signatures or signers, in the languages the headers are read in (and Dutch). */
const SIGNATURES = /signature|signator|signer|signed|ondertekening|handtekening|ondertekenaar|unterschrift|unterzeichn|firma|서명/iu;
/** Words that say the label is a count: with one of them no colon is needed ("Anzahl der Unterschriften 6"). */
const COUNT = /number|count|total|aantal|anzahl|gesamt|nombre|n[uú]mero|cantidad|수|총|합계|전체/iu;
/**
 * A label (no digit, no colon), a colon or not, perhaps a delimiter a spreadsheet put before the value, and a number
 * as platforms write it (6, 1,234, 1.234, 1 234), with a Korean unit ("12명") or none, ending the line.
 */
const LABEL_AND_NUMBER = /^\s*([^:：\d]+?)\s*([:：])?\s*[,;\t|]?\s*(\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d+)(?:\s*[명건])?\s*$/u;

/**
 * The count the preamble states, from its first line that states one: a label about signatures and the number alone,
 * "Number of signatures: 6", "Aantal ondertekeningen: 1.234", "Nombre de signatures : 6", "서명자 수: 12명". The label
 * needs a colon or a word of counting: "Signatures 2025" is a title. Undefined when no line states one.
 */
export function declaredCount(preamble: readonly string[]): DeclaredCount | undefined {
  for (let index = 0; index < preamble.length; index++) {
    const match = LABEL_AND_NUMBER.exec(preamble[index]);
    if (!match) continue;
    const [, label, colon, number] = match;
    if (SIGNATURES.test(label) && (colon !== undefined || COUNT.test(label))) {
      return { count: Number(number.replace(/\D/g, '')), statement: preamble[index].trim(), index };
    }
  }
  return undefined;
}

/**
 * The warning for a source whose preamble states another count than the `rows` read from it (every data record, a
 * rejected one too: the platform wrote it). Undefined when the counts agree or none is stated.
 */
export function declaredCountProblem(source: string, info: Pick<ReadInfo, 'preamble' | 'sheet'>, rows: number): Problem | undefined {
  const declared = declaredCount(info.preamble);
  if (!declared || declared.count === rows) return undefined;
  const message = msg('problem.declared-count', { declared: declared.count, statement: declared.statement, rows, kind: rows < declared.count ? 'fewer' : 'more' });
  // A text file's preamble lines are its first lines; a sheet's are its non-empty rows above the header, not numbered so.
  return withText({ source, ...(info.sheet ? {} : { line: declared.index + 1 }), code: 'declared_count', message: english().say(message) }, message);
}
