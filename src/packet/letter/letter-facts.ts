// The counted facts a letter reports, and the shape of one composed letter (content only, no drawing).
import type { Message } from '../../i18n/message.js';

export interface LetterFacts {
  /** Unique signers after deduplication. */
  signers: number;
  /** Distinct countries and territories of the signers (not counting "unknown"). */
  countries: number;
  /** Some signers gave no country: "from a single country" is not said of one known country (fromOneCountry). */
  someWithoutCountry?: boolean;
  /**
   * ISO code of the one country every signer is from, when the delivery's official may see it named (onlyCountryOf):
   * the letters name it instead of counting "1 country". Absent or null otherwise.
   */
  onlyCountry?: string | null;
  /** First and last signing day or instant, ISO 8601 (`2026-03-01` or `2026-03-01T02:00:00Z`). */
  firstSigned: string | null;
  lastSigned: string | null;
  /** Paper signatures with no date of their own (counted on their sheet's day): the period above leaves them out. */
  sheetDated?: number;
  /**
   * The delivery named by `since`: its date (YYYY-MM-DD), its signers the current tally still counts, and those it
   * delivered that the tally no longer counts (withdrawn, or since decided to be one person).
   */
  previous?: {
    date: string; signers: number; noLongerCounted?: number;
    /** Some further signer signed on or before that day (a row an earlier export lacked), or has no date: not "signed since" it. */
    furtherSignedBefore?: boolean;
  };
}

export type LetterKind = 'cover-to-ambassador' | 'to-official';

export interface LetterContent {
  language: string;
  kind: LetterKind;
  /** Sender: organization, postal lines, contact. */
  letterhead: string[];
  placeAndDate: string;
  /** Address block: name and title lines, then the office's address. */
  recipient: string[];
  /** Who the letter addresses, as running text names them ("Su Excelencia el señor …, Presidente de …"): office and all. */
  addressee?: string;
  salutation: string;
  /** Paragraphs. */
  body: string[];
  /** Complimentary close; may hold a line break (Chinese "此致\n敬礼！"). */
  closing: string;
  signature: string[];
  /** What this letter prints in another language's script for want of a translation (names, titles, address lines). */
  untranslated?: Message[];
  /** The enclosure block, printed one line each: a heading ("Enclosures:", "附件：") and then the items. */
  enclosures?: string[];
}
