// Volumes and page counts, decided before anything is drawn, so every footer can say "Page n of N".
import type { ListEntry, ListOptions, OrderedSigners } from './list-types.js';
import type { Geometry } from './page-geometry.js';
import { countryName, countrySortKey } from './list-format.js';
import { localeFormat } from '../pages/locale-format.js';
import { fillWords, packetWords } from '../pages/packet-words.js';

export interface VolumePlan {
  /** 0-based. */
  index: number;
  /** "South Korea" or "Signatures 10,001–20,000"; the petition title when there is one volume. */
  label: string;
  /** The volume's rows in print order; empty when they are streamed (see `count`). */
  entries: readonly ListEntry[];
  /** Rows in the volume. */
  count: number;
  /** Number of the volume's first row; numbering runs on across volumes. */
  firstSignature: number;
  /** 1-based page number of the volume's first page, continuous across volumes. */
  firstPage: number;
  /** Cover and contents pages (none without volumes). */
  frontPages: number;
  listPages: number;
  /** Where each list page starts: the index, within the volume, of its first row (`[0]` for an empty volume). */
  pageStarts: readonly number[];
}

/**
 * Rows taller than one row of the grid, by 0-based print index over the whole list: how many grid rows each takes
 * (a long name wrapped onto several lines). Known before drawing, so the page count is too.
 */
export type TallRows = Pick<ReadonlyMap<number, number>, 'get' | 'size'>;

const NO_TALL_ROWS: TallRows = new Map();

/** The first row of each page of `count` rows from print index `first`, filled row by row, a tall row kept whole. */
export function pageStartsFor(first: number, count: number, rowsPerPage: number, tall: TallRows): number[] {
  const starts = [0];
  if (tall.size === 0) {
    for (let start = rowsPerPage; start < count; start += rowsPerPage) starts.push(start);
    return starts;
  }
  let used = 0;
  for (let i = 0; i < count; i++) {
    const slots = Math.min(rowsPerPage, tall.get(first + i) ?? 1);
    if (used > 0 && used + slots > rowsPerPage) {
      starts.push(i);
      used = 0;
    }
    used += slots;
  }
  return starts;
}

export interface ListPlan {
  volumes: VolumePlan[];
  totalPages: number;
  /** Rows printed. */
  listed: number;
  /** Anonymous signers counted but not printed. */
  omitted: number;
  /** Of the omitted, paper signers not named as their sheet promised (they did not ask to be anonymous). */
  omittedWithheld: number;
  split: boolean;
}

/** Room for contents rows on a cover page and on the pages after it. */
export interface ContentsCapacity {
  first: number;
  next: number;
}

export function contentsPages(volumes: number, capacity: ContentsCapacity): number {
  return 1 + Math.max(0, Math.ceil((volumes - capacity.first) / capacity.next));
}

/** Country volumes are ordered by the country's printed name, then its code. */
function byCountryLabel(language: string | undefined) {
  return (a: { label: string; code: string }, b: { label: string; code: string }): number => {
    const [x, y] = [countrySortKey(a.code, language), countrySortKey(b.code, language)];
    return x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : 1;
  };
}

function groupByCountry(entries: readonly ListEntry[], language: string | undefined): Array<{ label: string; entries: ListEntry[] }> {
  const groups = new Map<string, ListEntry[]>();
  for (const entry of entries) {
    let group = groups.get(entry.country);
    if (!group) groups.set(entry.country, (group = []));
    group.push(entry);
  }
  return [...groups.entries()].map(([code, list]) => ({ label: countryName(code, language), code, entries: list })).sort(byCountryLabel(language));
}

/** Volumes of `every` signatures: "Signatures 1–10,000", "Signatures 10,001–20,000", … in the list's language. */
function everyRanges(count: number, every: number, language: string | undefined): Array<{ label: string; start: number; end: number }> {
  const out: Array<{ label: string; start: number; end: number }> = [];
  const number = localeFormat(language).number;
  const words = packetWords(language);
  for (let start = 0; start < count; start += every) {
    const end = Math.min(count, start + every);
    out.push({ label: fillWords(words.contentsSignatures, { first: number(start + 1), last: number(end) }), start, end });
  }
  return out;
}

function chunks(entries: readonly ListEntry[], every: number, language: string | undefined): Array<{ label: string; entries: readonly ListEntry[] }> {
  return everyRanges(entries.length, every, language).map(({ label, start, end }) => ({ label, entries: entries.slice(start, end) }));
}

/** `ordered` is the listed entries in print order; `omitted` the anonymous signers left out. */
export function planList(
  ordered: readonly ListEntry[],
  omitted: number | { omitted: number; withheld: number },
  options: Pick<ListOptions, 'split' | 'title' | 'language'>,
  geometry: Pick<Geometry, 'rowsPerPage'>,
  capacity: ContentsCapacity,
  tall: TallRows = NO_TALL_ROWS,
): ListPlan {
  const split = options.split;
  checkSplit(split);
  const groups = !split || ordered.length === 0
    ? [{ label: options.title, entries: ordered }]
    : 'by' in split ? groupByCountry(ordered, options.language) : chunks(ordered, split.every, options.language);
  const left = typeof omitted === 'number' ? { omitted, withheld: 0 } : omitted;
  return planVolumes(groups.map((group) => ({ ...group, count: group.entries.length })), ordered.length, left, Boolean(split) && ordered.length > 0, geometry, capacity, tall);
}

/** The plan for signers read in print order from a spool: their number, per country, is known up front. */
export function planOrdered(
  signers: Pick<OrderedSigners, 'listed' | 'omitted' | 'countries'> & Partial<Pick<OrderedSigners, 'omittedWithheld'>>,
  options: Pick<ListOptions, 'split' | 'title' | 'language'>,
  geometry: Pick<Geometry, 'rowsPerPage'>,
  capacity: ContentsCapacity,
  tall: TallRows = NO_TALL_ROWS,
): ListPlan {
  const groups = volumeGroups(signers, options).map((group) => ({ ...group, entries: [] }));
  return planVolumes(groups, signers.listed, { omitted: signers.omitted, withheld: signers.omittedWithheld ?? 0 }, Boolean(options.split) && signers.listed > 0, geometry, capacity, tall);
}

/** The volumes' labels and sizes in print order, from how many signers are listed (per country): no row is needed. */
export function volumeGroups(
  signers: Pick<OrderedSigners, 'listed' | 'countries'>,
  options: Pick<ListOptions, 'split' | 'title' | 'language'>,
): Array<{ label: string; count: number }> {
  const split = options.split;
  checkSplit(split);
  const count = signers.listed;
  if (!split || count === 0) return [{ label: options.title, count }];
  if ('by' in split) {
    return [...signers.countries.entries()].map(([code, n]) => ({ label: countryName(code, options.language), code, count: n })).sort(byCountryLabel(options.language))
      .map(({ label, count: n }) => ({ label, count: n }));
  }
  return everyRanges(count, split.every, options.language).map(({ label, start, end }) => ({ label, count: end - start }));
}

function checkSplit(split: ListOptions['split']): void {
  if (split && 'every' in split && !(Number.isInteger(split.every) && split.every > 0)) {
    throw new Error(`split every must be a positive whole number, got ${split.every}`);
  }
}

function planVolumes(
  groups: Array<{ label: string; entries: readonly ListEntry[]; count: number }>,
  listed: number,
  left: { omitted: number; withheld: number },
  isSplit: boolean,
  geometry: Pick<Geometry, 'rowsPerPage'>,
  capacity: ContentsCapacity,
  tall: TallRows,
): ListPlan {
  // A volume opens with its own one-page cover; the set's contents are the packet's.
  const front = isSplit ? 1 : 0;
  const volumes: VolumePlan[] = [];
  let page = 1;
  let signature = 1;
  for (const [index, group] of groups.entries()) {
    const pageStarts = pageStartsFor(signature - 1, group.count, geometry.rowsPerPage, tall);
    const listPages = pageStarts.length;
    volumes.push({ index, label: group.label, entries: group.entries, count: group.count, firstSignature: signature, firstPage: page, frontPages: front, listPages, pageStarts });
    page += front + listPages;
    signature += group.count;
  }
  return { volumes, totalPages: page - 1, listed, omitted: left.omitted, omittedWithheld: left.withheld, split: isSplit };
}
