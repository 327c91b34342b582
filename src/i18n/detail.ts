// The detail of a rejected row: English in `detail` (what rejects.csv, clusters.csv and --json carry), and its
// catalog form beside it, not enumerable, for the terminal in the organizer's language.
import type { Message } from './message.js';
import { english } from './translator.js';

export interface WithDetailText {
  readonly detailText?: Message;
}

/** `target` with `detail` said in English and kept as a message for later. */
export function withDetail<const T extends object>(target: T, detail: Message): T & { detail: string } & WithDetailText {
  return Object.defineProperty({ ...target, detail: english().say(detail) }, 'detailText', { value: detail, enumerable: false });
}

/** Copies the catalog form of `from`'s detail onto `to` (a spread leaves it behind: it is not enumerable). */
export function carryDetail<T extends object>(to: T, from: WithDetailText): T & WithDetailText {
  return from.detailText ? Object.defineProperty(to, 'detailText', { value: from.detailText, enumerable: false }) : to;
}
