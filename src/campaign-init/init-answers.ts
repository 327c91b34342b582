// Everything `petition init` gathers, as plain data: what the campaign file will say.
import type { CanonicalField } from '../types.js';

export interface SourceAnswer {
  /** Relative to the campaign file's folder, as it will be written. */
  path: string;
  country?: string;
  map?: Partial<Record<CanonicalField, string>>;
  /** Sheets of a workbook to read, each written as its own source with `sheet:`; absent, every signer sheet is read. */
  sheets?: string[];
  /** A workbook's sheets of withdrawn or set-aside rows: not sources, told of in the file's comment. */
  takenOff?: string[];
  /** What the inspection found, written as a comment beside the path ("Change.org export, utf-16le, 10 rows"). */
  detected?: string;
  /** With `sheets`: the comment beside each sheet's source, naming that sheet (`detected` names the one shown). */
  detectedBySheet?: Record<string, string>;
}

export interface PersonAnswer {
  name: string;
  /** The name in letter languages of another script: `{ zh: 习近平 }`. */
  names?: Record<string, string>;
  gender?: 'male' | 'female' | 'neutral';
}

export interface TargetAnswer extends PersonAnswer {
  id: string;
  preset: string;
  variant?: string;
  /** The preset's description, written as a comment. */
  description?: string;
  ambassador?: PersonAnswer;
}

export interface DeliveryAnswer {
  id: string;
  target: string;
  date: string;
  place: string;
  /** The place and occasion in letter languages of another script: `{ ko: 워싱턴 }`. */
  places?: Record<string, string>;
  occasion?: string;
  occasions?: Record<string, string>;
  privacy: 'public' | 'recipient' | 'count-only';
  languages?: string[];
  since?: string;
  goal?: number;
}

export interface InitAnswers {
  languages: string[];
  title: Record<string, string>;
  text: Record<string, string>;
  summary?: Record<string, string>;
  url?: string;
  code?: string;
  organizer: { name: string; organization: string; address: string[]; contact: string; signatory: string; role?: string; roles?: Record<string, string> };
  sources: SourceAnswer[];
  targets: TargetAnswer[];
  deliveries: DeliveryAnswer[];
  timezone: string;
}
