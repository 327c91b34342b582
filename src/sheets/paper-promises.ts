// What a packet must not do to paper signers: name them to someone their sheet's privacy notice did not name, publish
// a list their sheet said would be shown to no one else, or cite as "paper original" a sheet not back in hand.
import { msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Campaign } from '../campaign/campaign-schema.js';
import type { Problem } from '../types.js';
import { noticeOf, type SheetBatch, type SheetRegister } from './sheet-register.js';

/** The code of these problems: packet warns and exits 1, the list is still built (the organizer decides). */
export const PAPER_PROMISE = 'paper_promise';

/**
 * Why a paper signer is not named in a delivery: its target is one their sheet's notice did not name, or the same
 * target under another name (a successor in the office), or the list is public and the notice said "to no one else".
 */
export type NotNamedBecause = 'other-target' | 'renamed' | 'not-public';

type Target = Campaign['targets'][number];

/**
 * What a batch's notice tells of the delivery's target as it is named now: the same official, another one (a name
 * differs: the one printed on the sheet and the one now), or, from a register that recorded fewer names, what it
 * could not compare (`printed` null: it recorded ids only).
 */
export type NoticeNames =
  | { kind: 'same' }
  | { kind: 'renamed'; printed: string; now: string; stale: StaleName[] }
  | { kind: 'unchecked'; printed: string | null; unchecked: string[] };

/**
 * A name as a reader tells officials apart: decomposed (NFKD) without its accents, case folded, every space removed.
 * "António  Guterres ", "Antonio Guterres" (the accent typed another way, or not at all) and "안토니우구테흐스" (a
 * space left out) are the same official, not a new one whose signers must go unnamed (docs/campaign.md). Hangul
 * syllables decompose into letters, not marks, so they are kept.
 */
export function comparableName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/\s+/gu, '').toLowerCase();
}

/** The target's name in each language the campaign names it in, and its `name` (under ''): what its letters print. */
function namesByLanguage(official: { name: string; names?: Record<string, string> }, languages: Iterable<string>): Map<string, string> {
  const byLanguage = new Map([['', official.name]]);
  for (const language of languages) byLanguage.set(language, official.names?.[language] ?? official.name);
  return byLanguage;
}

/**
 * A name of the target left as it was while another changed: `names.ko` still "안토니우 구테흐스" while `name` became
 * "Rebeca Grynspan" (or the reverse). The letter in that language would address the predecessor.
 */
export interface StaleName { field: string; name: string; changed: string; to: string }

/** The languages a delivery's list and letter print the target's name in, the first its own: the delivery's, else the petition's. */
export type PrintedLanguages = readonly string[];

/**
 * How the batch's notice compares with the target: a name recorded at print time that differs now is another
 * official. Compared are `name`, the name in the sheet's language (what the sheet printed) and the names in the
 * languages the delivery prints, when the register recorded them: a translation added since (`names.zh`) is no
 * new person, and one the delivery does not print can't address anyone. Without `printing`, every recorded language.
 */
export function noticeNames(batch: SheetBatch, target: Target, printing?: PrintedLanguages): NoticeNames {
  const notice = noticeOf(batch, target.id);
  const printedName = notice.names?.[target.id] ?? null;
  const nowIn = (language: string) => target.names?.[language] ?? target.name;
  const recorded = notice.officials?.[target.id];
  if (recorded) {
    const shownIn = [batch.language, ...(printing ?? Object.keys(recorded.names))];
    const languages = new Set(shownIn.filter((language) => language === batch.language || recorded.names[language] !== undefined));
    const then = namesByLanguage(recorded, languages);
    const now = namesByLanguage(target, languages);
    const differing = [...then.keys()].filter((language) => comparableName(then.get(language)!) !== comparableName(now.get(language)!));
    if (differing.length === 0) return { kind: 'same' };
    // The names the delivery's list and letters print, each once ("레베카 그린스판 / Rebeca Grynspan"); without them, the
    // sheet's own language's when that name changed, so the two names read side by side in one script.
    const shown = differing.includes(batch.language) ? batch.language : differing[0];
    const printedOnSheet = printedName ?? then.get(batch.language)!;
    const nowShown = printing ? distinct(printing.map(nowIn)).join(' / ') : now.get(shown)!;
    const fieldOf = (language: string) => (language === '' ? 'name' : `names.${language}`);
    // Only a name given of its own (names.ko, not name standing in for it) can be left stale.
    const own = [...then.keys()].filter((language) => language === '' || (recorded.names[language] !== undefined && target.names?.[language] !== undefined));
    const unchanged = own.filter((language) => !differing.includes(language));
    const changed = differing[0];
    const stale = unchanged.map((language) => ({ field: fieldOf(language), name: now.get(language)!, changed: fieldOf(changed), to: now.get(changed)! }));
    return { kind: 'renamed', printed: printedOnSheet, now: nowShown, stale };
  }
  const current = [...new Set([target.name, ...Object.values(target.names ?? {})])];
  if (printedName === null) return { kind: 'unchecked', printed: null, unchecked: current };
  if (comparableName(printedName) !== comparableName(nowIn(batch.language))) return { kind: 'renamed', printed: printedName, now: nowIn(batch.language), stale: [] };
  // Recorded before every name was: the name printed matches, the target's other names can't be compared.
  const unchecked = current.filter((name) => comparableName(name) !== comparableName(printedName));
  return unchecked.length === 0 ? { kind: 'same' } : { kind: 'unchecked', printed: printedName, unchecked };
}

/**
 * The target as the batch's notice recorded it: under its own id, or, when that id is not among the notice's (the id
 * was renamed in the campaign), under the recorded id of an official whose recorded names are all the target's names:
 * the same person, whom the signers were told of. Undefined when the notice named no such official.
 */
export function noticeTarget(batch: SheetBatch, target: Target, firstTarget: string, printing?: PrintedLanguages): Target | undefined {
  const notice = noticeOf(batch, firstTarget);
  if (notice.targets.includes(target.id)) return target;
  const recordedAs = notice.targets.find((id) => notice.officials?.[id] !== undefined && noticeNames(batch, { ...target, id }, printing).kind === 'same');
  return recordedAs === undefined ? undefined : { ...target, id: recordedAs };
}

/**
 * The one decision of whether a paper signer may be named in this delivery, by the sheet they signed: the sheets whose
 * privacy notice did not name the delivery's target, or named it under a name it no longer has (whatever the
 * delivery's privacy: a new recipient was never told of), and, when the list is public, those whose notice said it is
 * shown to its targets and to no one else. Their signers are counted but not named (the packet lists them as
 * anonymous, or leaves them out as it does anonymous signers), as the sheet promised.
 */
export function sheetsNotToName(register: SheetRegister, delivery: PaperDelivery, campaign: PaperCampaign): Map<string, NotNamedBecause> {
  const sheets = new Map<string, NotNamedBecause>();
  const target = campaign.targets.find((t) => t.id === delivery.target);
  const printing = printedLanguages(delivery, campaign);
  for (const batch of register.batches) {
    const notice = noticeOf(batch, campaign.targets[0].id);
    const recorded = target && noticeTarget(batch, target, campaign.targets[0].id, printing);
    const because: NotNamedBecause | undefined = recorded === undefined ? 'other-target'
      : noticeNames(batch, recorded, printing).kind === 'renamed' ? 'renamed'
        : delivery.privacy === 'public' && !notice.published ? 'not-public' : undefined;
    if (because) for (const id of batch.sheets) sheets.set(id, because);
  }
  return sheets;
}

/** How many paper signers a delivery's list does not name, by why (signers who asked to be anonymous are not among them). */
export type WithheldPaperSigners = Record<NotNamedBecause, number>;

/**
 * Problems with the sheets the delivery's list cites: signers withheld because their sheet's notice did not name the
 * delivery's target (or named it under another name), or said "to no one else" for a delivery that publishes the list
 * (a count-only delivery names no one, so nothing is said of it); sheets from a register that recorded fewer names
 * than the target has, so a successor can't be told apart; and sheets typed up but never marked returned.
 */
export function paperPromiseProblems(
  register: SheetRegister, listedSheets: ReadonlySet<string>, delivery: PaperDelivery & { anonymous?: string }, campaign: PaperCampaign & Pick<Campaign, 'file'>,
  withheld: WithheldPaperSigners = { 'other-target': 0, renamed: 0, 'not-public': 0 },
): Problem[] {
  if (listedSheets.size === 0) return [];
  const notNamed = sheetsNotToName(register, delivery, campaign);
  const printing = printedLanguages(delivery, campaign);
  const asRecorded = (batch: SheetBatch, official: Target) => noticeNames(batch, noticeTarget(batch, official, campaign.targets[0].id, printing) ?? official, printing);
  const sheetsWithheld = (because: NotNamedBecause) => (delivery.privacy === 'count-only' ? [] : [...listedSheets].filter((id) => notNamed.get(id) === because).sort());
  const notReturned = [...listedSheets].filter((id) => register.returned[id] === undefined).sort();
  const problems: Problem[] = [];
  const say = (text: Message) => problems.push(withText({ source: campaign.file, code: PAPER_PROMISE, message: english().say(text) }, text));
  const official = campaign.targets.find((t) => t.id === delivery.target);
  const target = official?.name ?? delivery.target;
  const anonymous = delivery.anonymous ?? 'show';
  const otherTarget = sheetsWithheld('other-target');
  if (otherTarget.length > 0) say(msg('packet.paper-other-target', { target, count: withheld['other-target'], sheets: shortList(otherTarget), sheetCount: otherTarget.length, anonymous }));
  const renamed = sheetsWithheld('renamed');
  if (renamed.length > 0 && official) {
    // Both names: the one the sheet printed, and the one the list is addressed to now (batches may differ in language).
    const pairs = batchesOf(register, renamed).map((batch) => asRecorded(batch, official)).filter((n) => n.kind === 'renamed');
    const printed = distinct(pairs.map((n) => n.printed)).join(' / ');
    const now = distinct(pairs.map((n) => n.now)).join(' / ');
    say(msg('packet.paper-renamed-target', { printed, now, count: withheld.renamed, sheets: shortList(renamed), sheetCount: renamed.length, anonymous }));
    // One name changed and another left as it was: either a successor whose translation still names the predecessor
    // (the letter in that language would address them), or a name retyped. Said once per name left.
    const stale = new Map(pairs.flatMap((n) => n.stale).map((s) => [s.field, s]));
    for (const s of stale.values()) say(msg('packet.paper-stale-name', { ...s }));
  }
  const notPublic = sheetsWithheld('not-public');
  if (notPublic.length > 0) say(msg('packet.paper-not-public', { count: withheld['not-public'], sheets: shortList(notPublic), sheetCount: notPublic.length, anonymous }));
  if (official && delivery.privacy !== 'count-only') {
    const named = [...listedSheets].filter((id) => !notNamed.has(id));
    const unchecked = batchesOf(register, named).map((batch) => ({ batch, names: asRecorded(batch, official) })).filter(({ names: n }) => n.kind === 'unchecked');
    if (unchecked.length > 0) {
      const sheets = named.filter((id) => unchecked.some(({ batch }) => batch.sheets.includes(id))).sort();
      const first = unchecked[0].names as Extract<NoticeNames, { kind: 'unchecked' }>;
      say(msg('packet.paper-names-unchecked', { count: sheets.length, sheets: shortList(sheets), printed: first.printed ?? '', recorded: first.printed === null ? 'ids' : 'name', others: distinct(unchecked.flatMap(({ names: n }) => (n.kind === 'unchecked' ? n.unchecked : []))).join(' / ') }));
    }
  }
  if (notReturned.length > 0) say(msg('packet.paper-not-returned', { count: notReturned.length, sheets: shortList(notReturned) }));
  return problems;
}

/** What of a delivery the paper promises depend on: its target, privacy, and the languages it prints. */
type PaperDelivery = { target: string; privacy: string; languages?: string[] };
type PaperCampaign = Pick<Campaign, 'targets'> & { petition?: { languages?: string[] } };

/** The languages the delivery's list and letter are printed in, its own first (build-packet.ts: the delivery's, else the petition's). */
function printedLanguages(delivery: PaperDelivery, campaign: PaperCampaign): PrintedLanguages | undefined {
  return delivery.languages ?? campaign.petition?.languages;
}

/** The batches that hold any of the sheets. */
function batchesOf(register: SheetRegister, sheets: readonly string[]): SheetBatch[] {
  return register.batches.filter((batch) => batch.sheets.some((id) => sheets.includes(id)));
}

function distinct(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(comparableName(name))) seen.set(comparableName(name), name.replace(/\s+/g, ' ').trim());
  return [...seen.values()];
}

function shortList(ids: string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} …`;
}
