// parseFlag / readAnonymous: yes-no cells in the languages signers use, and whether a signer asked to stay anonymous.
import { cleanText } from './clean-text.js';

const YES = new Set(['yes', 'y', 'true', 't', '1', 'x', '✓', '✔', '☑', 'on', '예', '네', '응', 'o', 'sí', 'si', 'ja', 'j', 'oui', 'wahr', 'vrai', 'verdadero', 'はい', '是']);
const NO = new Set(['no', 'n', 'false', 'f', '0', '-', 'off', '아니요', '아니오', '아니', 'nein', 'non', 'falsch', 'faux', 'falso', 'nee', 'いいえ', '否', '✗', '✘']);

/** true / false for a recognised yes-no value, null for anything else. An empty cell is null too. */
export function parseFlag(text: string | undefined): boolean | null {
  const value = cleanText(text).toLowerCase();
  if (value === '') return null;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** Column headers (kept aside in `extra`) that say whether the name may be shown: the inverse of anonymous. */
const VISIBLE_HEADER = /^(?:visible|public|show (?:my )?name|display name|sichtbar|öffentlich|zichtbaar|openbaar|visible publicly|공개|공개 여부|público|publico|publique)$/i;
/** A mapped `anonymous` value "visible: no": the format layer's way of saying the column meant visibility. */
const VISIBLE_PREFIX = /^(?:visible|public)\s*:\s*/i;

export interface AnonymousFlag {
  anonymous: boolean;
  /** The value that was neither yes nor no, for a problem report; '' when none. */
  unrecognised: string;
  column: string;
}

const NOT_ANONYMOUS: AnonymousFlag = { anonymous: false, unrecognised: '', column: '' };
/** Header → whether it is a visibility column; the same few headers repeat on every row of a file. */
const visibleHeaders = new Map<string, boolean>();

function isVisibleHeader(header: string): boolean {
  let known = visibleHeaders.get(header);
  if (known === undefined) {
    known = VISIBLE_HEADER.test(cleanText(header));
    if (visibleHeaders.size < 10_000) visibleHeaders.set(header, known);
  }
  return known;
}

/**
 * A signer is anonymous when the `anonymous` field says yes. Convention shared with src/formats: a column that
 * means the opposite ("Visible", "public") is either mapped to `anonymous` with its value written as
 * "visible: <value>", or left unmapped in `extra` under its own header; both are inverted here. Unrecognised
 * values count as not anonymous and are reported.
 */
export function readAnonymous(anonymousCell: string | undefined, extra: Record<string, string>): AnonymousFlag {
  if (anonymousCell !== undefined && anonymousCell !== '') {
    const prefix = VISIBLE_PREFIX.exec(anonymousCell);
    const raw = prefix ? anonymousCell.slice(prefix[0].length) : anonymousCell;
    const flag = parseFlag(raw);
    if (flag === null) return { anonymous: false, unrecognised: cleanText(raw), column: 'anonymous' };
    return { anonymous: prefix ? !flag : flag, unrecognised: '', column: 'anonymous' };
  }
  for (const header in extra) {
    if (!isVisibleHeader(header)) continue;
    const flag = parseFlag(extra[header]);
    if (flag === null) {
      const value = cleanText(extra[header]);
      return value ? { anonymous: false, unrecognised: value, column: header } : NOT_ANONYMOUS;
    }
    return { anonymous: !flag, unrecognised: '', column: header };
  }
  return NOT_ANONYMOUS;
}
