// signatures.pdf: orders and plans the list, lays out each page, and streams it (one file, or one file per volume).
import type { Writable } from 'node:stream';
import { FontSet, toNfc } from '../fonts/font-set.js';
import { breakLines } from '../fonts/break-lines.js';
import type { CutRows, ListEntry, ListOptions, OrderedSigners, SignatureListResult, VolumeSink } from './list-types.js';
import type { PageModel, TextMeasure } from './page-model.js';
import { geometryFor } from './page-geometry.js';
import { orderEntries } from './order-entries.js';
import { planList, planOrdered, type ListPlan, type VolumePlan } from './plan-list.js';
import type { ColumnNeed } from './column-widths.js';
import { columnSurveyFor, contentsCapacity, ListLayout, rowFitterFor, type PageNumbering } from './list-layout.js';
import type { Geometry } from './page-geometry.js';
import { findTallRows, noteCutRow } from './row-fit.js';
import { SignerSpool } from '../signer-spool.js';
import { certificateFacts, certificatePages, type CertificateFacts } from './certificate-layout.js';
import { renderPdf, type RenderOptions } from './render-pdf.js';
import { counted } from '../../text/counted.js';
import { fillWords, labelled, packetWords } from '../pages/packet-words.js';
import { localeFormat } from '../pages/locale-format.js';
import { ShardedMap } from '../../dedupe/sharded-map.js';

/** Layout's view of the fonts: the same measurements the drawer uses. */
export function fontMeasure(fonts: FontSet): TextMeasure {
  return {
    widthOf: (text, size, bold, han) => fonts.widthOf(text, size, bold, han),
    // UAX #14 as in running text: a long name breaks at a space or after a hyphen, inside a word only as a last resort.
    wrap: (text, width, size, bold, han) => breakLines(toNfc(text), width, (line) => fonts.widthOf(line, size, bold, han)),
    widthBound: (text, size, bold, han) => fonts.widthBound(toNfc(text), size, bold, han),
    missing: (text, bold, han) => fonts.measure(text, bold, han).missing,
  };
}

async function collect(entries: AsyncIterable<ListEntry>): Promise<ListEntry[]> {
  const all: ListEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

/** Streamed rows must already be in signing order (unknown times last): checked as they pass. */
function inSigningOrder(source: AsyncIterator<ListEntry>): AsyncIterator<ListEntry> {
  let last = Number.NEGATIVE_INFINITY;
  let unknownSeen = false;
  let row = 0;
  return {
    async next() {
      const result = await source.next();
      if (result.done) return result;
      row++;
      const time = result.value.signedAt;
      if (time === null) unknownSeen = true;
      else if (unknownSeen || time < last) throw new Error(`Streamed signers must come in signing order; row ${row} is out of order`);
      else last = time;
      return result;
    },
  };
}

/** Rows can be streamed (never all in memory) when nothing needs them all: time order, no country split, none omitted. */
function canStream(options: ListOptions): boolean {
  return options.profile !== 'count-only' && options.order === 'time' && options.anonymous === 'show' && !(options.split && 'by' in options.split);
}

function isWritable(out: Writable | VolumeSink): out is Writable {
  return typeof (out as Writable).write === 'function';
}

/**
 * Writes the signature list. `out` is either one stream (all volumes one after another in one PDF) or a
 * VolumeSink called once per volume (one PDF each). Streams are not ended: the caller owns them.
 *
 * Entries may be an async iterable. With order 'time', anonymous 'show' and no split by country it is streamed:
 * it must yield `totalSigners` rows already in signing order, and memory stays flat however long the list is.
 * Otherwise it is collected first, since sorting, grouping and "Page n of N" need every row.
 */
export async function writeSignatureList(
  entries: readonly ListEntry[] | AsyncIterable<ListEntry> | OrderedSigners,
  options: ListOptions,
  out: Writable | VolumeSink,
  fonts: FontSet = FontSet.load(),
): Promise<SignatureListResult> {
  if (isOrderedSigners(entries)) return writeOrdered(entries, options, out, fonts);
  if (!Array.isArray(entries) && canStream(options)) return writeSpooled(entries as AsyncIterable<ListEntry>, options, out, fonts);
  const all = Array.isArray(entries) ? (entries as readonly ListEntry[]) : await collect(entries as AsyncIterable<ListEntry>);
  if (all.length !== options.totalSigners) {
    throw new Error(`The signature list got ${counted(all.length, 'entry', 'entries')} but the count says ${counted(options.totalSigners, 'signer')}`);
  }
  if (options.profile === 'count-only') return writeCertificate(certificateFacts(all), options, out, fonts);
  const { plan, pagesOf, cutRows } = layOutList(all, options, fontMeasure(fonts));
  return writeVolumes(plan, options, out, fonts, pagesOf, cutRows);
}

/**
 * One layout per page numbering, made when pages are first asked for: in packet.pdf the list is planned before the
 * parts around it are, so its numbering (offset and total) is only known when it is drawn. Alone it counts its own.
 */
function layoutsFor(plan: ListPlan, options: ListOptions, geometry: Geometry, measure: TextMeasure, needs: readonly ColumnNeed[]): (numbering?: PageNumbering) => ListLayout {
  let last: { numbering?: PageNumbering; layout: ListLayout } | undefined;
  return (numbering) => {
    if (!last || last.numbering !== numbering) last = { numbering, layout: new ListLayout(plan, options, geometry, measure, numbering, needs) };
    return last.layout;
  };
}

/** Rows in memory, ordered and planned: tall rows (wrapped cells) are measured first, so the page count is exact. */
export function layOutList(all: readonly ListEntry[], options: ListOptions, measure: TextMeasure): {
  plan: ListPlan; pagesOf: (volume: VolumePlan, numbering?: PageNumbering) => Iterable<PageModel>; cutRows: CutRows;
} {
  const geometry = geometryFor(options.paper, options.orientation);
  const ordered = orderEntries(all, options);
  const survey = columnSurveyFor(options, measure, ordered.length);
  for (const entry of ordered) survey.add(entry);
  const needs = survey.result();
  const fitter = rowFitterFor(options, geometry, measure, ordered.length, needs);
  const tall = new ShardedMap<number, number>();
  const cutRows: CutRows = { count: 0, first: [] };
  for (let i = 0; i < ordered.length; i++) {
    const { slots, cut } = fitter.measureRow(ordered[i]);
    if (slots > 1) tall.set(i, slots);
    if (cut) noteCutRow(cutRows, i);
  }
  const plan = planList(ordered, { omitted: all.length - ordered.length, withheld: options.anonymous === 'omit' ? all.filter((e) => e.withheld).length : 0 }, options, geometry, contentsCapacity(geometry), tall);
  const layout = layoutsFor(plan, options, geometry, measure, needs);
  return { plan, cutRows, pagesOf: (volume, numbering) => layout(numbering).pages(volume) };
}

/**
 * Signers from a spool, in print order: one pass surveys the columns (unless `needs` already came with them), one
 * finds the tall rows, the plan counts pages, then the rows are read again as pages are drawn. Call `finish` after the
 * last page.
 */
export async function layOutOrdered(signers: OrderedSigners, options: ListOptions, measure: TextMeasure, needs?: readonly ColumnNeed[]): Promise<{
  plan: ListPlan; pagesOf: (volume: VolumePlan, numbering?: PageNumbering) => AsyncIterable<PageModel>; finish: () => Promise<void>; cutRows: CutRows;
}> {
  const geometry = geometryFor(options.paper, options.orientation);
  if (!needs) {
    const survey = columnSurveyFor(options, measure, signers.listed);
    const surveyed = signers.rows();
    for (let next = await surveyed.next(); !next.done; next = await surveyed.next()) survey.add(next.value);
    needs = survey.result();
  }
  const cutRows: CutRows = { count: 0, first: [] };
  const tall = await findTallRows(signers.rows(), rowFitterFor(options, geometry, measure, signers.listed, needs), cutRows);
  const plan = planOrdered(signers, options, geometry, contentsCapacity(geometry), tall);
  const layout = layoutsFor(plan, options, geometry, measure, needs);
  const rows = signers.rows();
  return {
    plan,
    cutRows,
    pagesOf: (volume, numbering) => layout(numbering).streamedPages(volume, rows),
    async finish() {
      if (!(await rows.next()).done) throw new Error(`The signer list has more rows than the ${signers.listed} announced`);
    },
  };
}

/** Any row string satisfies the spool's key check; a list written from a stream needs no signer keys. */
const NO_KEY = '0000000000000000';

/**
 * A one-pass stream (in signing order) is spooled to a private temporary file while its columns are surveyed, then
 * measured and drawn from the spool: the page count must be known before the first page, and a stream cannot be read twice.
 */
async function writeSpooled(entries: AsyncIterable<ListEntry>, options: ListOptions, out: Writable | VolumeSink, fonts: FontSet): Promise<SignatureListResult> {
  const spool = new SignerSpool('time', options.totalSigners);
  try {
    spool.takeKeys(); // none are kept
    const survey = columnSurveyFor(options, fontMeasure(fonts), options.totalSigners);
    const rows = inSigningOrder(entries[Symbol.asyncIterator]());
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      if (spool.size === options.totalSigners) throw new Error(`The signer list has more rows than the ${options.totalSigners} announced`);
      survey.add(next.value);
      spool.add(next.value, NO_KEY, 0);
    }
    if (spool.size < options.totalSigners) throw new Error(`The signer list ended after ${counted(spool.size, 'row')}; ${options.totalSigners} were announced`);
    return await writeOrdered(spool.ordered(options), options, out, fonts, survey.result());
  } finally {
    spool.close();
  }
}

export function isOrderedSigners(entries: unknown): entries is OrderedSigners {
  return typeof entries === 'object' && entries !== null && (entries as OrderedSigners).kind === 'ordered';
}

/** Signers already in print order from a spool: every order, split and anonymous option, rows never all held. */
async function writeOrdered(signers: OrderedSigners, options: ListOptions, out: Writable | VolumeSink, fonts: FontSet, needs?: readonly ColumnNeed[]): Promise<SignatureListResult> {
  if (signers.listed + signers.omitted !== options.totalSigners) {
    throw new Error(`The signature list got ${counted(signers.listed + signers.omitted, 'signer')} but the count says ${options.totalSigners}`);
  }
  if (options.profile === 'count-only') return writeCertificate(signers.certificate, options, out, fonts);
  const { plan, pagesOf, finish, cutRows } = await layOutOrdered(signers, options, fontMeasure(fonts), needs);
  const result = await writeVolumes(plan, options, out, fonts, pagesOf, cutRows);
  await finish();
  return result;
}

function renderOptions(options: ListOptions, title: string): RenderOptions {
  const geometry = geometryFor(options.paper, options.orientation);
  return {
    width: geometry.width,
    height: geometry.height,
    compress: options.compress ?? true,
    info: { Title: title, Subject: `${packetWords(options.language).signatureList} · ${labelled(options.language, packetWords(options.language).to, options.target)}`, CreationDate: options.creationDate },
  };
}

/** The count-only profile: a certificate of the count, one document whatever the split. */
async function writeCertificate(facts: CertificateFacts, options: ListOptions, out: Writable | VolumeSink, fonts: FontSet): Promise<SignatureListResult> {
  if (options.foldedCountries) facts = { ...facts, alsoFolded: options.foldedCountries };
  const pages = certificatePages(facts, options, geometryFor(options.paper, options.orientation), fontMeasure(fonts));
  const title = labelled(options.language, options.title, packetWords(options.language).certificate);
  const missing = new Set<string>();
  const emit = async (stream: Writable) => {
    for (const ch of await renderPdf(pages, stream, fonts, renderOptions(options, title))) missing.add(ch);
  };
  if (isWritable(out)) await emit(out);
  else await out({ index: 0, count: 1, title }, emit);
  return { pages: pages.length, volumes: [{ title, firstSignature: 0, lastSignature: 0, pages: pages.length }], missingCharacters: [...missing], cutRows: { count: 0, first: [] } };
}

/** Every volume of a plan, into one stream or one file each; `pagesOf` lays out a volume from held or streamed rows. */
async function writeVolumes(
  plan: ListPlan, options: ListOptions, out: Writable | VolumeSink, fonts: FontSet,
  pagesOf: (volume: VolumePlan) => Iterable<PageModel> | AsyncIterable<PageModel>,
  cutRows: CutRows,
): Promise<SignatureListResult> {
  const missing = new Set<string>();
  const emit = async (pages: Iterable<PageModel> | AsyncIterable<PageModel>, stream: Writable, title: string) => {
    for (const ch of await renderPdf(pages, stream, fonts, renderOptions(options, title))) missing.add(ch);
  };
  // The document's title, as a viewer shows it: in the list's language like its pages.
  const words = packetWords(options.language);
  const number = localeFormat(options.language).number;
  const listTitle = labelled(options.language, options.title, words.signatureList);
  const volumeTitle = (volume: VolumePlan) => plan.split
    ? `${listTitle} · ${fillWords(words.volume, { n: number(volume.index + 1), total: number(plan.volumes.length) })} (${volume.label})`
    : listTitle;
  if (isWritable(out)) {
    await emit((async function* allPages() {
      for (const volume of plan.volumes) yield* pagesOf(volume);
    })(), out, listTitle);
  } else {
    for (const volume of plan.volumes) {
      const title = volumeTitle(volume);
      await out({ index: volume.index, count: plan.volumes.length, title }, (stream) => emit(pagesOf(volume), stream, title));
    }
  }
  return {
    pages: plan.totalPages,
    volumes: plan.volumes.map((volume) => ({
      title: volumeTitle(volume),
      firstSignature: volume.count ? volume.firstSignature : 0,
      lastSignature: volume.count ? volume.firstSignature + volume.count - 1 : 0,
      pages: volume.frontPages + volume.listPages,
    })),
    missingCharacters: [...missing],
    cutRows,
  };
}
