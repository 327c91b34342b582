// What a packet must not do to paper signers: name them to someone their sheet's privacy notice did not name, publish
// a list their sheet said would be shown to no one else, or cite as "paper original" a sheet not back in hand.
import { msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Campaign } from '../campaign/campaign-schema.js';
import type { Problem } from '../types.js';
import { noticeOf, type SheetRegister } from './sheet-register.js';

/** The code of these problems: packet warns and exits 1, the list is still built (the organizer decides). */
export const PAPER_PROMISE = 'paper_promise';

/**
 * The sheets whose privacy notice said the list is shown to its targets and to no one else, when this delivery's list
 * is public: their signers are counted but not named (the packet lists them as anonymous), as the sheet promised.
 */
export function sheetsNotToPublish(register: SheetRegister, delivery: { target: string; privacy: string }, campaign: Pick<Campaign, 'targets'>): Set<string> {
  const sheets = new Set<string>();
  if (delivery.privacy !== 'public') return sheets;
  for (const batch of register.batches) {
    const notice = noticeOf(batch, campaign.targets[0].id);
    if (notice.targets.includes(delivery.target) && !notice.published) for (const id of batch.sheets) sheets.add(id);
  }
  return sheets;
}

/**
 * Problems with the sheets the delivery's list cites: a sheet whose notice did not name the delivery's target, or
 * said "to no one else" for a delivery that publishes the list (a count-only delivery names no one; `withheld` is how
 * many of their signers the list does not name), and sheets typed up but never marked returned.
 */
export function paperPromiseProblems(
  register: SheetRegister, listedSheets: ReadonlySet<string>, delivery: { target: string; privacy: string; anonymous?: string }, campaign: Pick<Campaign, 'file' | 'targets'>, withheld = 0,
): Problem[] {
  if (listedSheets.size === 0) return [];
  const firstTarget = campaign.targets[0].id;
  const otherTarget: string[] = [];
  const notPublic: string[] = [];
  for (const batch of register.batches) {
    const listed = batch.sheets.filter((id) => listedSheets.has(id));
    if (listed.length === 0 || delivery.privacy === 'count-only') continue;
    const notice = noticeOf(batch, firstTarget);
    if (!notice.targets.includes(delivery.target)) otherTarget.push(...listed);
    else if (delivery.privacy === 'public' && !notice.published) notPublic.push(...listed);
  }
  const notReturned = [...listedSheets].filter((id) => register.returned[id] === undefined).sort();
  const problems: Problem[] = [];
  const say = (text: Message) => problems.push(withText({ source: campaign.file, code: PAPER_PROMISE, message: english().say(text) }, text));
  if (otherTarget.length > 0) say(msg('packet.paper-other-target', { target: campaign.targets.find((t) => t.id === delivery.target)?.name ?? delivery.target, count: otherTarget.length, sheets: shortList(otherTarget) }));
  if (notPublic.length > 0) say(msg('packet.paper-not-public', { count: withheld, sheets: shortList(notPublic), anonymous: delivery.anonymous ?? 'show' }));
  if (notReturned.length > 0) say(msg('packet.paper-not-returned', { count: notReturned.length, sheets: shortList(notReturned) }));
  return problems;
}

function shortList(ids: string[]): string {
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} …`;
}
