// Puts the signature list into packet.pdf: the signature-list module's own pages, drawn into the packet's document.
import { certificateFacts, certificatePageCount, certificatePages } from '../signature-list/certificate-layout.js';
import { drawPage as drawListPage } from '../signature-list/draw-page.js';
import { contentsCapacity, ListLayout, type PageNumbering } from '../signature-list/list-layout.js';
import type { ListEntry, ListOptions, OrderedSigners } from '../signature-list/list-types.js';
import { orderEntries } from '../signature-list/order-entries.js';
import type { PageModel, TextMeasure } from '../signature-list/page-model.js';
import { geometryFor } from '../signature-list/page-geometry.js';
import { planList, planOrdered, type ListPlan } from '../signature-list/plan-list.js';
import { fontMeasure, isOrderedSigners } from '../signature-list/write-signature-list.js';
import type { DrawnPart } from './write-document.js';
import { counted } from '../../text/counted.js';

/**
 * The same pages writeSignatureList writes to signatures.pdf (one stream, all volumes), as a part of a larger
 * document. The list is planned here, before anything is drawn, so the packet knows its page count up front (the rows
 * stay on disk); its footers then carry the packet's page numbers ("Page 14 of 120").
 */
export function signatureListPart(entries: readonly ListEntry[] | OrderedSigners, options: ListOptions): DrawnPart {
  const total = isOrderedSigners(entries) ? entries.listed + entries.omitted : entries.length;
  if (total !== options.totalSigners) {
    throw new Error(`The signature list got ${counted(total, 'entry', 'entries')} but the count says ${counted(options.totalSigners, 'signer')}`);
  }
  const geometry = geometryFor(options.paper, options.orientation);
  let pages: number;
  let pagesOf: (measure: TextMeasure, numbering: PageNumbering) => Iterable<PageModel> | AsyncIterable<PageModel>;
  if (options.profile === 'count-only') {
    const facts = isOrderedSigners(entries) ? entries.certificate : certificateFacts(entries);
    pages = certificatePageCount(facts, geometry);
    pagesOf = (measure, numbering) => certificatePages(facts, options, geometry, measure, numbering);
  } else {
    let plan: ListPlan;
    let volumePages: (layout: ListLayout) => Iterable<PageModel> | AsyncIterable<PageModel>;
    if (isOrderedSigners(entries)) {
      plan = planOrdered(entries, options, geometry, contentsCapacity(geometry));
      volumePages = async function* allVolumes(layout) {
        const rows = entries.rows();
        for (const volume of plan.volumes) yield* layout.streamedPages(volume, rows);
      };
    } else {
      const ordered = orderEntries(entries, options);
      plan = planList(ordered, entries.length - ordered.length, options, geometry, contentsCapacity(geometry));
      volumePages = function* allVolumes(layout) {
        for (const volume of plan.volumes) yield* layout.pages(volume);
      };
    }
    pages = plan.totalPages;
    pagesOf = (measure, numbering) => volumePages(new ListLayout(plan, options, geometry, measure, numbering));
  }
  return {
    kind: 'drawn',
    title: options.profile === 'count-only' ? 'Certificate of signature count' : 'Signature list',
    pages,
    async draw(doc, drawer, fonts, pageDone, numbering) {
      let count = 0;
      for await (const page of pagesOf(fontMeasure(fonts), numbering)) {
        doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
        drawListPage(drawer, page);
        count += 1;
        await pageDone();
      }
      return count;
    },
  };
}
