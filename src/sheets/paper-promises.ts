// What a packet must not do to paper signers: name them to someone their sheet's privacy notice did not name, publish
// a list their sheet said would be shown to no one else, or cite as "paper original" a sheet not back in hand.
import { msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Campaign } from '../campaign/campaign-schema.js';
import type { Problem } from '../types.js';
import { noticeOf, type SheetRegister } from './sheet-register.js';

/** The code of these problems: packet warns and exits 1, the list is still built (the organizer decides). */
export const PAPER_PROMISE = 'paper_promise';

/** Why a paper signer is not named in a delivery: its target is one their sheet's notice did not name, or the list is public and the notice said "to no one else". */
export type NotNamedBecause = 'other-target' | 'not-public';

/**
 * The one decision of whether a paper signer may be named in this delivery, by the sheet they signed: the sheets whose
 * privacy notice did not name the delivery's target (whatever the delivery's privacy: a new recipient was never told
 * of), and, when the list is public, those whose notice said it is shown to its targets and to no one else. Their
 * signers are counted but not named (the packet lists them as anonymous, or leaves them out as it does anonymous
 * signers), as the sheet promised.
 */
export function sheetsNotToName(register: SheetRegister, delivery: { target: string; privacy: string }, campaign: Pick<Campaign, 'targets'>): Map<string, NotNamedBecause> {
  const sheets = new Map<string, NotNamedBecause>();
  const target = campaign.targets.find((t) => t.id === delivery.target);
  for (const batch of register.batches) {
    const notice = noticeOf(batch, campaign.targets[0].id);
    // The same id under another name (Guterres → Grynspan, a successor) is a person the notice never named.
    const renamed = notice.names !== undefined && (target === undefined || notice.names[delivery.target] !== (target.names?.[batch.language] ?? target.name));
    const because = !notice.targets.includes(delivery.target) || renamed ? 'other-target' : delivery.privacy === 'public' && !notice.published ? 'not-public' : undefined;
    if (because) for (const id of batch.sheets) sheets.set(id, because);
  }
  return sheets;
}

/** How many paper signers a delivery's list does not name, by why (signers who asked to be anonymous are not among them). */
export type WithheldPaperSigners = Record<NotNamedBecause, number>;

/**
 * Problems with the sheets the delivery's list cites: signers withheld because their sheet's notice did not name the
 * delivery's target, or said "to no one else" for a delivery that publishes the list (a count-only delivery names no
 * one, so nothing is said of it), and sheets typed up but never marked returned.
 */
export function paperPromiseProblems(
  register: SheetRegister, listedSheets: ReadonlySet<string>, delivery: { target: string; privacy: string; anonymous?: string }, campaign: Pick<Campaign, 'file' | 'targets'>,
  withheld: WithheldPaperSigners = { 'other-target': 0, 'not-public': 0 },
): Problem[] {
  if (listedSheets.size === 0) return [];
  const notNamed = sheetsNotToName(register, delivery, campaign);
  const sheetsWithheld = (because: NotNamedBecause) => [...listedSheets].filter((id) => notNamed.get(id) === because).sort();
  const otherTarget = delivery.privacy === 'count-only' ? [] : sheetsWithheld('other-target');
  const notPublic = delivery.privacy === 'count-only' ? [] : sheetsWithheld('not-public');
  const notReturned = [...listedSheets].filter((id) => register.returned[id] === undefined).sort();
  const problems: Problem[] = [];
  const say = (text: Message) => problems.push(withText({ source: campaign.file, code: PAPER_PROMISE, message: english().say(text) }, text));
  const target = campaign.targets.find((t) => t.id === delivery.target)?.name ?? delivery.target;
  if (otherTarget.length > 0) say(msg('packet.paper-other-target', { target, count: withheld['other-target'], sheets: shortList(otherTarget), anonymous: delivery.anonymous ?? 'show' }));
  if (notPublic.length > 0) say(msg('packet.paper-not-public', { count: withheld['not-public'], sheets: shortList(notPublic), anonymous: delivery.anonymous ?? 'show' }));
  if (notReturned.length > 0) say(msg('packet.paper-not-returned', { count: notReturned.length, sheets: shortList(notReturned) }));
  return problems;
}

function shortList(ids: string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} …`;
}
