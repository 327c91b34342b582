// A row as a person sees it on screen: the fields that identify a signer, the email masked.
import { maskEmail } from '../../output/mask.js';
import { paperLineText } from '../../sheets/sheet-labels.js';
import type { Signature } from '../../types.js';

export interface ShownRecord {
  file: string;
  row: number;
  line: number;
  name: string;
  /** Masked: "k…@gmail.com". */
  email: string;
  city: string;
  postcode: string;
  country: string;
  /** "2025-11-03 09:15 UTC", or '' when unknown. */
  date: string;
  /** For a row typed up from paper: "sheet NKR-01-012-K, line 7", where the original is; '' otherwise. */
  paper: string;
}

/** `dayOf` gives an instant's day in the run's time zone (UTC unless told): an undated paper row's day is shown there. */
export function shownRecord(signature: Signature, dayOf: (ms: number) => string = utcDay): ShownRecord {
  return {
    file: signature.source,
    row: signature.row,
    line: signature.line,
    name: signature.name,
    email: maskEmail(signature.email),
    city: signature.city,
    postcode: signature.postcode,
    country: signature.country === 'unknown' ? '' : signature.country,
    date: shownDate(signature, dayOf),
    paper: signature.paper ? paperLineText(signature.paper) : '',
  };
}

/** The signing time; for a paper line typed without a date, the register's day and where it comes from. */
function shownDate(signature: Signature, dayOf: (ms: number) => string): string {
  if (signature.signedAt === null) return '';
  const iso = new Date(signature.signedAt).toISOString();
  const paper = signature.paper;
  if (!paper?.datedBy) return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const typed = paper.dateTyped === undefined ? 'no date typed' : `the date typed, "${paper.dateTyped}", cannot be`;
  return `${dayOf(signature.signedAt)} (${typed}: the day sheet ${paper.sheet} was ${paper.datedBy === 'returned' ? 'marked returned' : 'printed'})`;
}

const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
