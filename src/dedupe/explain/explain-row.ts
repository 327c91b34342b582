// Why one row was merged or not, as plain data: its status, the rule and the row it matched, the fuzzy evidence
// against the thresholds, the other rows of its signer and the open review questions about it.
import { HOUSEHOLD, ruleOf, type DedupeOutcome } from '../dedupe-outcome.js';
import { SAME_EMAIL, SAME_NAME_CITY, SAME_NAME_POSTCODE } from '../exact-dedupe.js';
import { DEFAULT_LOWER, DEFAULT_UPPER, type MergeExplanation, type PairReason } from '../fuzzy/refine-with-fuzzy.js';
import { signerName } from '../../output/merged-schema.js';
import { nameMatchKey } from '../../normalize/fold.js';
import type { Rejection, RejectReason, Signature } from '../../types.js';
import type { RelatedRows } from './related-rows.js';
import { shownRecord as shownRecordIn, type ShownRecord } from './shown-record.js';
import { msg, type Message } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';

export interface RowPlace {
  file: string;
  row: number;
}

export interface FuzzyEvidence {
  /** The end inside this row's exact group (often the row itself) and the end it was linked to. */
  from: RowPlace;
  to: RowPlace;
  rule: 'fuzzy' | 'review_same';
  score: number;
  reasons: PairReason[];
}

export interface MemberLine {
  record: ShownRecord;
  /** 'kept', or the rule that made the row a duplicate. */
  rule: string;
}

export interface OpenPair {
  a: ShownRecord;
  b: ShownRecord;
  score: number;
  reasons: PairReason[];
}

export interface RowExplanation {
  file: string;
  row: number;
  /** Physical line of the row in its file. */
  line: number;
  /** The row as read; null for a row the reader could not split into fields. */
  record: ShownRecord | null;
  status: 'kept' | 'duplicate' | 'rejected';
  /** "S12"; null when rejected. */
  signer: string | null;
  /** The signer's kept row, when this one is a duplicate. */
  keptRow: RowPlace | null;
  /** The rule name as clusters.csv writes it ('' for a plain kept row). */
  rule: string;
  /** The rule in words, naming the row it matched when there is one (English: --json carries it). */
  because: string;
  /** `because` in catalog form for the terminal; not enumerable, so --json keeps the English. */
  readonly becauseText?: Message;
  /** The row it matched, when known. */
  matched: RowPlace | null;
  rejection: { reason: RejectReason; detail: string; column: string | null } | null;
  /** Fuzzy links that joined this row's exact group to the rest of its signer. */
  fuzzy: FuzzyEvidence[];
  thresholds: { merge: number; review: number };
  /** Every row of the signer, this one included. */
  members: MemberLine[];
  /** Uncertain pairs touching this signer, nobody's decided yet: each counts as two people. */
  review: OpenPair[];
}

export interface ExplainInput {
  file: string;
  row: number;
  /** MatchTable index of the row; -1 when rejected. */
  index: number;
  rejection: Rejection | null;
  /** The rejected row as normalized, when it got that far. */
  rejectedSignature: Signature | null;
  outcome: DedupeOutcome;
  /** Signers by the exact rules alone (before fuzzy links); null when fuzzy matching did not run. */
  exactCluster: Int32Array | null;
  /** Fuzzy links a row takes part in (FuzzyResult.explain); null when fuzzy matching did not run. */
  fuzzyLinksOf: ((row: number) => MergeExplanation[]) | null;
  related: RelatedRows;
  /** Signatures of the related rows, by index. */
  signatures: ReadonlyMap<number, Signature>;
  /** True when row a signed before row b (MatchTable.earlier): who a signer keeps. */
  earlier: (a: number, b: number) => boolean;
  /** The thresholds fuzzy matching used on these files (they depend on the data); the defaults when absent. */
  thresholds?: { merge: number; review: number };
  /** The calendar day of an instant in the run's time zone (--tz): the day an undated paper row is counted on. */
  dayOf?: (ms: number) => string;
}

const DEFAULT_THRESHOLDS = { merge: DEFAULT_UPPER, review: DEFAULT_LOWER };

export function explainRow(input: ExplainInput): RowExplanation {
  const { file, row, rejection } = input;
  const shownRecord = (signature: Signature) => shownRecordIn(signature, input.dayOf);
  if (rejection) {
    const reason = english().known(`reason.${rejection.reason}`) === undefined ? rejection.reason.replaceAll('_', ' ') : msg(`reason.${rejection.reason}`);
    return withBecause({
      file, row, line: rejection.line, record: input.rejectedSignature ? shownRecord(input.rejectedSignature) : null, status: 'rejected', signer: null,
      keptRow: null, rule: rejection.reason, because: '', matched: null,
      rejection: { reason: rejection.reason, detail: rejection.detail, column: rejection.column ?? null },
      fuzzy: [], thresholds: input.thresholds ?? DEFAULT_THRESHOLDS, members: [], review: [],
    }, msg('explain.because.rejected', { reason, detail: rejection.detailText ?? rejection.detail }));
  }
  const { index, outcome, signatures } = input;
  const self = signatureOf(signatures, index);
  const place = (i: number): RowPlace => {
    const s = signatureOf(signatures, i);
    return { file: s.source, row: s.row };
  };
  const members = input.related.members;
  const keptIndex = members.find((i) => outcome.kept[i] === 1) ?? index;
  const kept = outcome.kept[index] === 1;
  const rule = ruleOf(outcome, index);
  const fuzzy = fuzzyEvidence(input, place);

  let matched: number | null = null;
  let because: Message;
  if (kept && rule === HOUSEHOLD) {
    const sharers = input.related.emailSharers;
    matched = earliest(sharers, input.earlier, (i) => outcome.kept[i] === 1) ?? earliest(sharers, input.earlier, () => true);
    // Name what the two rows share: the household rule needs the email, and a postcode only when both rows give one.
    const partner = matched === null ? null : signatureOf(signatures, matched);
    const shared = partner !== null && self.postcodeKey !== '' && partner.postcodeKey === self.postcodeKey ? 'postcode' : 'email';
    because = msg('explain.because.household', { other: matched === null ? msg('explain.another-signer') : placeText(place(matched)), shared });
  } else if (kept) {
    because = members.length === 1 ? msg('explain.because.alone') : msg('explain.because.earliest', { count: members.length });
  } else if (rule === 'fuzzy' || rule === 'review_same') {
    const best = fuzzy.find((e) => e.rule === rule) ?? fuzzy[0];
    matched = best ? findIndex(members, signatures, best.to) : null;
    const other = best ? placeText(best.to) : msg('explain.another-row');
    const through = best && (best.from.file !== file || best.from.row !== row) ? placeText(best.from) : 'none';
    because = rule === 'review_same'
      ? msg('explain.because.decided', { other, through })
      : msg('explain.because.fuzzy', { other, through, score: best ? msg('number.one-decimal', { value: best.score }) : '?', merge: (input.thresholds ?? DEFAULT_THRESHOLDS).merge });
  } else {
    matched = exactPartner(rule, self, members.filter((i) => i !== index), signatures, keptIndex, input.earlier);
    const other = matched === null ? msg('explain.another-row') : placeText(place(matched));
    because = msg('explain.because.exact', { rule: EXACT_RULES.has(rule) ? msg(`explain.rule.${rule}`) : msg('explain.rule.other', { rule }), other });
  }

  return withBecause({
    file, row, line: self.line, record: shownRecord(self), status: kept ? 'kept' : 'duplicate', signer: signerName(outcome.cluster[index]),
    keptRow: kept ? null : place(keptIndex), rule, because: '', matched: matched === null ? null : place(matched), rejection: null,
    fuzzy, thresholds: input.thresholds ?? DEFAULT_THRESHOLDS,
    members: members.map((i) => ({ record: shownRecord(signatureOf(signatures, i)), rule: outcome.kept[i] === 1 ? (ruleOf(outcome, i) || 'kept') : ruleOf(outcome, i) })),
    review: input.related.review.map((pair) => ({
      a: shownRecord(signatureOf(signatures, pair.a)), b: shownRecord(signatureOf(signatures, pair.b)), score: pair.score, reasons: pair.reasons,
    })),
  }, because);
}

/** The explanation with `because` in English (in its place among the keys) and, not enumerable, in catalog form. */
function withBecause(explanation: RowExplanation, because: Message): RowExplanation {
  return Object.defineProperty({ ...explanation, because: english().say(because) }, 'becauseText', { value: because, enumerable: false });
}

/** The exact rules named in the catalogs (explain.rule.same_email, …). */
const EXACT_RULES = new Set<string>([SAME_EMAIL, SAME_NAME_POSTCODE, SAME_NAME_CITY]);

/** "eff.csv row 3" */
export function placeText(place: RowPlace): Message {
  return msg('explain.place', { file: place.file, row: place.row });
}

export function describePlace(place: RowPlace): string {
  return english().say(placeText(place));
}

function signatureOf(signatures: ReadonlyMap<number, Signature>, index: number): Signature {
  const signature = signatures.get(index);
  if (!signature) throw new Error(`explainRow: the signature of row index ${index} was not collected`);
  return signature;
}

/** Fuzzy links between this row's exact group and other rows: what joined the group to its signer (or others to it). */
function fuzzyEvidence(input: ExplainInput, place: (i: number) => RowPlace): FuzzyEvidence[] {
  const { exactCluster, fuzzyLinksOf, index } = input;
  if (!exactCluster || !fuzzyLinksOf) return [];
  const group = exactCluster[index];
  const evidence: FuzzyEvidence[] = [];
  for (const member of input.related.members) {
    if (exactCluster[member] !== group) continue;
    for (const link of fuzzyLinksOf(member)) {
      if (exactCluster[link.other] === group) continue;
      evidence.push({ from: place(member), to: place(link.other), rule: link.rule, score: link.score, reasons: link.reasons });
    }
  }
  // The row's own links first, then the strongest.
  const own = (e: FuzzyEvidence): number => (e.from.file === input.file && e.from.row === input.row ? 0 : 1);
  return evidence.sort((x, y) => own(x) - own(y) || y.score - x.score);
}

function findIndex(members: number[], signatures: ReadonlyMap<number, Signature>, place: RowPlace): number | null {
  return members.find((i) => {
    const s = signatures.get(i);
    return s !== undefined && s.source === place.file && s.row === place.row;
  }) ?? null;
}

/** The row of this signer the exact rule matched: the kept row when it shares the key, else the earliest that does. */
function exactPartner(
  rule: string, self: Signature, others: number[], signatures: ReadonlyMap<number, Signature>, keptIndex: number,
  earlier: (a: number, b: number) => boolean,
): number | null {
  const same = (s: Signature): boolean => {
    if (rule === SAME_EMAIL) return self.emailKey !== '' && s.emailKey === self.emailKey;
    if (nameMatchKey(s.nameKey) !== nameMatchKey(self.nameKey) || s.country !== self.country) return false;
    if (rule === SAME_NAME_POSTCODE) return self.postcodeKey !== '' && s.postcodeKey === self.postcodeKey;
    if (rule === SAME_NAME_CITY) return self.cityKey !== '' && s.cityKey === self.cityKey;
    return false;
  };
  const matches = (i: number): boolean => {
    const s = signatures.get(i);
    return s !== undefined && same(s);
  };
  if (others.includes(keptIndex) && matches(keptIndex)) return keptIndex;
  return earliest(others, earlier, matches);
}

function earliest(rows: number[], earlier: (a: number, b: number) => boolean, accept: (i: number) => boolean): number | null {
  let best: number | null = null;
  for (const i of rows) if (accept(i) && (best === null || earlier(i, best))) best = i;
  return best;
}
