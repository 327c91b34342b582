// parseSignedAt: one signing date → epoch ms, for callers outside a file's normalizer (which keeps its own parser).
import { createDateParser, type DateParser } from './date-parser.js';
import type { DateOrder } from './decide-date-order.js';
import { createTzClock } from './tz-clock.js';

export interface ParseSignedAtOptions {
  /** How to read `03/04/2025`; default DMY. Year-first and ISO values ignore it. */
  order?: DateOrder;
  /** IANA zone for values without a zone; default UTC. */
  tz?: string;
}

const parsers = new Map<string, DateParser>();

/** Epoch ms of a date as an export writes it (see date-patterns.ts for the shapes), or null. */
export function parseSignedAt(text: string | undefined, options: ParseSignedAtOptions = {}): number | null {
  const order = options.order ?? 'DMY';
  const zone = options.tz ?? 'UTC';
  const key = `${order} ${zone}`;
  let parser = parsers.get(key);
  if (!parser) {
    parser = createDateParser({ order, clock: createTzClock(zone) });
    parsers.set(key, parser);
  }
  return text === undefined ? null : parser.parse(text);
}
