// Pure layout of the signature list: plan + rows → one page model at a time (cover, contents, rows). No pdfkit here.
import { noLongerCountedStatement } from './certificate-layout.js';
import type { ListEntry, ListOptions } from './list-types.js';
import type { Geometry } from './page-geometry.js';
import { PlacedText, type PageModel, type TextBox, type TextMeasure } from './page-model.js';
import type { ContentsCapacity, ListPlan, VolumePlan } from './plan-list.js';
import { columnsFor, SHEET_DATED_MARK, type Column } from './columns.js';
import { CELL_LINE_HEIGHT } from './fit-cell.js';
import { formatLongDate } from './list-format.js';
import { framedPage, footer, ADDRESSEE_SIZE, INK, MUTED, FAINT, RULE, ZEBRA, SUMMARY_SIZE, type FrameText } from './page-frame.js';
import { allocateWidths, type ColumnNeed } from './column-widths.js';
import { ColumnSurvey } from './column-survey.js';
import { CELL_PAD, HEADING_SIZE, NUMBER_SIZE, RowFitter, TRANSLITERATED_MARK, type PlacedColumn } from './row-fit.js';
import { abbreviate } from '../fonts/break-lines.js';
import { hanFormOf, type HanForm } from '../fonts/han-form.js';
import { counted, type PluralForms } from '../../text/counted.js';
import { localeFormat } from '../pages/locale-format.js';
import { countWords, fillWords, labelled, packetWords, pageLabel, type PacketWords } from '../pages/packet-words.js';

/**
 * How many signed, as the cover and every list page say it: "35 signers", or for a follow-up "a further 14 people,
 * 49 in all" (the letters' story: the list holds the further signers, the total is theirs and the earlier ones).
 */
export function signersLine(signers: number, previousSigners: number | undefined, language?: string): string {
  const words = packetWords(language);
  const number = localeFormat(language).number;
  if (previousSigners === undefined) return countWords(words.signers, signers, language, { n: number(signers) });
  return countWords(words.further, signers, language, { n: number(signers), total: number(previousSigners + signers) });
}

/**
 * The count on packet.pdf's cover, after "Signed by": "35 people"; a follow-up's "a further 14 people, 49 in all";
 * one with no one new says so, as its letters do.
 */
export function coverSignersLine(signers: number, previousSigners: number | undefined, language?: string): string {
  const words = packetWords(language);
  const number = localeFormat(language).number;
  if (previousSigners === undefined) return countWords(words.people, signers, language, { n: number(signers) });
  if (signers === 0) return fillWords(words.noFurther, { total: number(previousSigners) });
  return signersLine(signers, previousSigners, language);
}

export type { PlacedColumn } from './row-fit.js';

const BODY_SIZE = 8.5;
/** The box-top offset that centres a single line of size s in a row (the drawer's line box is 1.25 em). */
const LINE_BOX = 1.25;
const CONTENTS_ROW = 14;
/** The cover's title block has a fixed height, so the contents rows it leaves room for are known in advance. */
const COVER_BLOCK = 300;
const TITLE_LINES = 3;

export function contentsCapacity(geometry: Geometry): ContentsCapacity {
  const bottom = geometry.height - geometry.bottom - geometry.footerHeight;
  return {
    first: Math.floor((bottom - (geometry.top + COVER_BLOCK)) / CONTENTS_ROW),
    next: Math.floor((bottom - (geometry.top + geometry.headerHeight + 20)) / CONTENTS_ROW),
  };
}

export function placeColumns(columns: readonly Column[], left: number, contentWidth: number): PlacedColumn[] {
  let fixed = 0;
  let shares = 0;
  for (const { width } of columns) {
    if ('fixed' in width) fixed += width.fixed;
    else shares += width.share;
  }
  const perShare = Math.max(0, contentWidth - fixed) / (shares || 1);
  const placed: PlacedColumn[] = [];
  let x = left;
  for (const column of columns) {
    const width = 'fixed' in column.width ? column.width.fixed : column.width.share * perShare;
    placed.push({ column, x, width });
    x += width;
  }
  return placed;
}

/**
 * Where the list's pages sit in a larger document (packet.pdf): its page n is printed as page n + offset of `total`.
 * Alone (signatures.pdf) the list counts its own pages.
 */
export interface PageNumbering {
  offset: number;
  total: number;
}

type LayoutOptions = Pick<ListOptions, 'title' | 'target' | 'profile' | 'extraColumns' | 'paperColumn' | 'fingerprint' | 'packetFingerprint' | 'totalSigners' | 'receivedSignatures' | 'previousSigners' | 'previousDate' | 'previousNoLongerCounted' | 'anonymous' | 'creationDate' | 'language' | 'timezone'>;

/**
 * The list's columns and how a row fits them; `listed` (the largest row number) sets the number column's width.
 * The language names countries and writes dates, so it changes cell widths: planning and drawing must share it.
 */
export function rowFitterFor(options: ColumnOptions, geometry: Geometry, measure: TextMeasure, listed: number, needs?: readonly ColumnNeed[]): RowFitter {
  const columns = needs ? allocateWidths(needs, geometry.left, geometry.contentWidth) : placeColumns(listColumns(options, measure, listed), geometry.left, geometry.contentWidth);
  return new RowFitter(columns, geometry, measure, options.language, options.timezone);
}

type ColumnOptions = Pick<ListOptions, 'profile' | 'extraColumns' | 'paperColumn' | 'language' | 'timezone'>;

function listColumns(options: ColumnOptions, measure: TextMeasure, listed: number): Column[] {
  const profile = options.profile === 'count-only' ? 'public' : options.profile;
  // Row numbers take the language's grouping (1,001 · 1.001), as the footers and covers write numbers.
  const numberWidth = Math.max(22, measure.widthOf(localeFormat(options.language).number(Math.max(listed, 1)), NUMBER_SIZE) + 2 * CELL_PAD + 4);
  return columnsFor(profile, options.extraColumns ?? [], numberWidth, options.language, options.paperColumn);
}

/** A survey of the list's columns, to be given every row before the list is planned (see column-survey.ts). */
export function columnSurveyFor(options: ColumnOptions, measure: TextMeasure, listed: number): ColumnSurvey {
  return new ColumnSurvey(listColumns(options, measure, listed), measure, options.language);
}

/** A volume's rows of list page `pageIndex`: from its start to the next page's start. */
function pageRange(volume: VolumePlan, pageIndex: number): [start: number, end: number] {
  const start = volume.pageStarts[pageIndex] ?? 0;
  return [start, volume.pageStarts[pageIndex + 1] ?? volume.count];
}

export class ListLayout {
  readonly columns: readonly PlacedColumn[];
  private readonly numbering: PageNumbering;
  private readonly fitter: RowFitter;
  private readonly volumeCount: number;

  constructor(
    private readonly plan: ListPlan,
    private readonly options: LayoutOptions,
    private readonly geometry: Geometry,
    private readonly measure: TextMeasure,
    numbering?: PageNumbering,
    /** What the surveyed rows need of each column; without it the columns take their default shares. */
    needs?: readonly ColumnNeed[],
  ) {
    this.numbering = numbering ?? { offset: 0, total: plan.totalPages };
    this.fitter = rowFitterFor(options, geometry, measure, plan.listed, needs);
    this.columns = this.fitter.columns;
    this.volumeCount = plan.volumes.length;
  }

  /** Every page of one volume, in order, one at a time (memory does not grow with the number of pages). */
  *pages(volume: VolumePlan): Generator<PageModel> {
    if (this.plan.split) yield* this.frontPages(volume);
    for (let i = 0; i < volume.listPages; i++) yield this.listPage(volume, i, volume.entries.slice(...pageRange(volume, i)));
  }

  /** The same pages for streamed rows: each page takes its rows from `rows` as it is laid out. */
  async *streamedPages(volume: VolumePlan, rows: AsyncIterator<ListEntry>): AsyncGenerator<PageModel> {
    if (this.plan.split) yield* this.frontPages(volume);
    for (let i = 0; i < volume.listPages; i++) {
      const [start, end] = pageRange(volume, i);
      const pageRows: ListEntry[] = [];
      while (pageRows.length < end - start) {
        const next = await rows.next();
        if (next.done) throw new Error(`The signer list ended after ${counted(volume.firstSignature - 1 + start + pageRows.length, 'row')}; ${this.plan.listed} were announced`);
        pageRows.push(next.value);
      }
      yield this.listPage(volume, i, pageRows);
    }
  }

  private frame(volume: VolumePlan, pageNumber: number, range: string): FrameText {
    const { language, totalSigners, previousSigners } = this.options;
    const words = packetWords(language);
    const number = localeFormat(language).number;
    const volumeText = this.plan.split ? fillWords(words.volume, { n: number(volume.index + 1), total: number(this.volumeCount) }) : '';
    const signers = signersLine(totalSigners, previousSigners, language);
    let summary = signers;
    const { asked, withheld } = omittedApart(this.plan);
    // The header line is short: those who asked and those their paper sheet kept unnamed, in one phrase.
    if (asked > 0 && withheld > 0) summary += ` · ${countWords(words.omittedApartNotListed, asked, language, { asked: number(asked), withheld: number(withheld) })}`;
    else if (asked > 0) summary += ` · ${countWords(words.anonymousNotListed, asked, language, { n: number(asked) })}`;
    else if (withheld > 0) summary += ` · ${fillWords(words.withheldNotListed, { n: number(withheld) })}`;
    const addressee = labelled(language, words.to, this.options.target);
    // Beside a long addressee, the phrase is shortened rather than the addressee cut (page-frame.ts gives the summary
    // its width, up to half the line, and the addressee the rest).
    if (asked + withheld > 0 && !fitsBeside(this.measure, addressee, summary, this.geometry.contentWidth)) {
      summary = `${signers} · ${countWords(words.notListedShort, asked + withheld, language, { n: number(asked + withheld) })}`;
    }
    return {
      title: this.options.title,
      addressee,
      kind: this.plan.split ? `${words.signatureList} · ${volumeText}` : words.signatureList,
      summary,
      summaryWidth: this.measure.widthOf(summary, SUMMARY_SIZE),
      footer: [volumeText, pageLabel(language, this.numbering.offset + pageNumber, this.numbering.total, number), range].filter(Boolean).join(' · '),
      fingerprint: this.options.fingerprint,
      packetFingerprint: this.options.packetFingerprint,
      language,
    };
  }

  /** One page of rows; `rows` are the page's entries (page `pageIndex` of the volume). */
  listPage(volume: VolumePlan, pageIndex: number, rows: readonly ListEntry[]): PageModel {
    const { geometry } = this;
    const start = volume.pageStarts[pageIndex] ?? 0;
    const end = start + rows.length;
    const first = volume.firstSignature + start;
    const last = volume.firstSignature + end - 1;
    const number = localeFormat(this.options.language).number;
    const words = packetWords(this.options.language);
    const range = end > start ? fillWords(first === last ? words.signatureRangeOne : words.signatureRange, { first: number(first), last: number(last), total: number(this.plan.listed) }) : '';
    const pageNumber = volume.firstPage + volume.frontPages + pageIndex;
    const page = framedPage(pageNumber, geometry, this.frame(volume, pageNumber, range), true);
    const { texts, shapes } = page;
    const headingY = geometry.top + geometry.headerHeight;
    for (const { column, x, width } of this.columns) {
      // A heading wider than its column takes two lines, never "COUNT…": the columns are at least as wide as its words.
      const wrapped = this.measure.wrap(column.title.toLocaleUpperCase(this.options.language), width - 2 * CELL_PAD, HEADING_SIZE, true);
      const lines = wrapped.length > 2 ? [wrapped[0], wrapped.slice(1).join(' ')] : wrapped;
      const step = HEADING_SIZE * CELL_LINE_HEIGHT;
      const y0 = lines.length > 1 ? headingY - step / 2 - 1 : headingY;
      for (const [i, line] of lines.entries()) texts.push(new PlacedText(line, x + CELL_PAD, y0 + i * step, width - 2 * CELL_PAD, HEADING_SIZE, column.align, MUTED, true));
    }
    const headingRuleY = geometry.bodyTop - 2;
    shapes.push({ kind: 'rule', x1: geometry.left, y1: headingRuleY, x2: geometry.left + geometry.contentWidth, y2: headingRuleY, width: 0.5, color: RULE });
    if (end <= start) {
      texts.push({ text: packetWords(this.options.language).noSignatures, x: geometry.left + CELL_PAD, y: geometry.bodyTop + 4, width: geometry.contentWidth, size: BODY_SIZE, color: MUTED });
      return page;
    }
    let top = geometry.bodyTop;
    let transliterated = false;
    let sheetDated = false;
    for (let row = 0; row < end - start; row++) {
      const entry = rows[row];
      sheetDated ||= entry.paper?.datedBy !== undefined;
      const fitted = this.fitter.fit(entry, number(first + row));
      const rowHeight = geometry.rowHeight * fitted.slots;
      if (row % 2 === 1) shapes.push({ kind: 'fill', x: geometry.left, y: top, width: geometry.contentWidth, height: rowHeight, color: ZEBRA });
      const han = hanFormOf(entry.country);
      for (let c = 0; c < fitted.cells.length; c++) {
        const cell = fitted.cells[c];
        if (!cell) continue;
        const { column, x, width } = this.columns[c];
        const color = column.key === 'number' ? FAINT : column.key === 'name' && entry.anonymous ? MUTED : INK;
        pushCellLines(texts, cell.lines, cell.size, x + CELL_PAD, top, width - 2 * CELL_PAD, rowHeight, column.align, color, han);
      }
      transliterated ||= fitted.transliterated;
      top += rowHeight;
    }
    const legends = [
      ...(transliterated ? [`${TRANSLITERATED_MARK} ${packetWords(this.options.language).transliterated}`] : []),
      ...(sheetDated ? [`${SHEET_DATED_MARK} ${packetWords(this.options.language).sheetDated}`] : []),
    ];
    for (const [n, legend] of legends.entries()) {
      const y = geometry.height - geometry.bottom - geometry.footerHeight + 6 + 15 + 9 * n;
      texts.push(new PlacedText(legend, geometry.left, y, geometry.contentWidth, 7, undefined, MUTED));
    }
    return page;
  }

  /**
   * The volume's cover: what it holds and where it sits in the set. One page: the whole set's contents are in the
   * packet's own contents, and a hundred volumes each reprinting the contents of a hundred would triple the list.
   */
  frontPages(volume: VolumePlan): PageModel[] {
    const { geometry, measure, options, plan } = this;
    const pages: PageModel[] = [];
    const frameFor = (pageNumber: number) => this.frame(volume, pageNumber, '');
    const cover: PageModel = { number: volume.firstPage, texts: [], shapes: [] };
    footer(geometry, frameFor(volume.firstPage), cover.texts, cover.shapes);
    pages.push(cover);
    const { left, contentWidth } = geometry;
    const texts = cover.texts;
    const { language } = options;
    const words = packetWords(language);
    const number = localeFormat(language).number;
    const countOf = (forms: PluralForms, n: number) => countWords(forms, n, language, { n: number(n) });
    let y = geometry.top + 24;
    const heading = fillWords(words.volumeHeading, { n: number(volume.index + 1), total: number(this.volumeCount) });
    texts.push({ text: heading.toLocaleUpperCase(language), x: left, y, width: contentWidth, size: 9, bold: true, color: MUTED });
    y += 24;
    y = pushParagraph(texts, measure, options.title, left, y, contentWidth, 20, TITLE_LINES, true, INK);
    y = pushParagraph(texts, measure, labelled(options.language, words.to, options.target), left, y + 6, contentWidth, 11, 2, false, MUTED);
    const blockTop = geometry.top + 24 + 24 + TITLE_LINES * 20 * LINE_BOX + 6 + 2 * 11 * LINE_BOX + 14;
    y = Math.max(y, blockTop);
    cover.shapes.push({ kind: 'rule', x1: left, y1: y, x2: left + contentWidth, y2: y, width: 0.9, color: INK });
    y += 14;
    texts.push({ text: volume.label, x: left, y, width: contentWidth, size: 16, bold: true, color: INK });
    y += 28;
    const count = volume.count;
    const lastSignature = volume.firstSignature + count - 1;
    const { offset } = this.numbering;
    const lastPage = offset + volume.firstPage + volume.frontPages + volume.listPages - 1;
    const statements = [
      fillWords(count === 1 ? words.volumeHoldsOne : words.volumeHolds, {
        first: number(volume.firstSignature), last: number(lastSignature), signers: countOf(words.signers, count),
        from: number(offset + volume.firstPage), to: number(lastPage),
      }),
      fillWords(words.completeList, { signatures: countOf(words.signatureCount, plan.listed), volumes: countOf(words.volumeCount, this.volumeCount), pages: countOf(words.pageCount, plan.totalPages) }),
      repeatsRemoved(options, words, language, number),
      noLongerCountedStatement(options, language),
      // With anonymous: omit and no one to omit, neither sentence is true: say nothing.
      plan.omitted > 0
        ? [
          omittedApart(plan).asked > 0 ? countWords(words.anonymousOmitted, omittedApart(plan).asked, language, { n: number(omittedApart(plan).asked), total: number(options.totalSigners) }) : '',
          plan.omittedWithheld > 0 ? countWords(words.withheldOmitted, plan.omittedWithheld, language, { n: number(plan.omittedWithheld), total: number(options.totalSigners) }) : '',
        ].filter(Boolean).join(' ')
        : options.anonymous === 'omit' ? '' : words.anonymousListed,
      // In a packet, the one code on the page is the packet's (the footer's, the one verify --fingerprint takes).
      `${options.packetFingerprint ? fillWords(words.packetFingerprint, { code: options.packetFingerprint }) : fillWords(words.listFingerprint, { code: options.fingerprint })} · ${fillWords(words.prepared, { date: formatLongDate(options.creationDate.getTime(), language) })}`,
    ];
    // Wrapped, not shrunk: the sentence explaining the repeats runs longer than a line.
    for (const statement of statements.filter(Boolean)) {
      y = pushParagraph(texts, measure, statement, left, y, contentWidth, 9.5, 3, false, INK) + 15 - 9.5 * LINE_BOX;
    }
    return pages;
  }
}

/** "The petition received 50 signatures; 15 were repeat signatures …, leaving 35 people." (each count in its own plural form), or '' when no one signed twice. */
function repeatsRemoved(options: LayoutOptions, words: PacketWords, language: string | undefined, number: (n: number) => string): string {
  const received = options.receivedSignatures ?? 0;
  const repeats = received - options.totalSigners;
  if (repeats <= 0) return '';
  const people = countWords(words.people, options.totalSigners, language, { n: number(options.totalSigners) });
  return countWords(words.repeatsRemoved, repeats, language, { n: number(repeats), received: number(received), people });
}

function pushCellLines(texts: TextBox[], lines: string[], size: number, x: number, top: number, width: number, rowHeight: number, align: 'left' | 'right', color: string, han: HanForm | undefined): void {
  if (lines.length === 1) {
    texts.push(new PlacedText(lines[0], x, top + (rowHeight - size * LINE_BOX) / 2 + 0.6, width, size, align, color, undefined, han));
    return;
  }
  const step = size * CELL_LINE_HEIGHT;
  const y0 = top + (rowHeight - step * lines.length) / 2;
  for (let i = 0; i < lines.length; i++) texts.push(new PlacedText(lines[i], x, y0 + i * step, width, size, align, color, undefined, han));
}

/** The smallest text on any page (the list's cells too never go below it). */
const MIN_SIZE = 7;

/**
 * Wrapped text in the height of `maxLines` lines at `size`: shrinks the size (never below 7 pt) until it fits, and
 * beyond that ends the last line that fits with "…". Returns the y below it.
 */
function pushParagraph(texts: TextBox[], measure: TextMeasure, text: string, x: number, y: number, width: number, size: number, maxLines: number, bold: boolean, color: string): number {
  const room = maxLines * size * LINE_BOX;
  let fitted = size;
  let lines = measure.wrap(text, width, fitted, bold);
  while (lines.length * fitted * LINE_BOX > room && fitted > MIN_SIZE) {
    fitted = Math.max(MIN_SIZE, fitted - 1);
    lines = measure.wrap(text, width, fitted, bold);
  }
  const fit = Math.max(1, Math.floor(room / (fitted * LINE_BOX) + 1e-9));
  if (lines.length > fit) {
    lines = lines.slice(0, fit);
    lines[fit - 1] = abbreviate(lines[fit - 1], (candidate) => measure.widthOf(candidate, fitted, bold) <= width);
  }
  for (const line of lines) {
    texts.push({ text: line, x, y, width, size: fitted, bold, color });
    y += fitted * LINE_BOX;
  }
  return y;
}

/** Whether the header's addressee fits beside the summary as page-frame.ts places them (8.5 pt beside SUMMARY_SIZE). */
function fitsBeside(measure: TextMeasure, addressee: string, summary: string, contentWidth: number): boolean {
  const summaryWidth = Math.min(contentWidth * 0.5, measure.widthOf(summary, SUMMARY_SIZE) + 2);
  return measure.widthOf(addressee, ADDRESSEE_SIZE) <= contentWidth - summaryWidth - 12;
}

/** The signers left out of the list: those who asked to be anonymous, and paper signers withheld as their sheet promised. */
function omittedApart(plan: Pick<ListPlan, 'omitted' | 'omittedWithheld'>): { asked: number; withheld: number } {
  return { asked: plan.omitted - plan.omittedWithheld, withheld: plan.omittedWithheld };
}
