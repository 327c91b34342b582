// Puts the signature list into packet.pdf: the signature-list module's own pages, drawn into the packet's document.
import { certificateFacts, certificatePages } from '../signature-list/certificate-layout.js';
import { drawPage as drawListPage } from '../signature-list/draw-page.js';
import type { ListEntry, ListOptions, OrderedSigners } from '../signature-list/list-types.js';
import type { PageModel } from '../signature-list/page-model.js';
import { geometryFor } from '../signature-list/page-geometry.js';
import { fontMeasure, isOrderedSigners, layOutList, layOutOrdered } from '../signature-list/write-signature-list.js';
import type { DrawnPart } from './write-document.js';

/**
 * The same pages writeSignatureList writes to signatures.pdf (one stream, all volumes), as a part of a
 * larger document. Page numbers stay the list's own ("Page 3 of 120"), as on an enclosure.
 */
export function signatureListPart(entries: readonly ListEntry[] | OrderedSigners, options: ListOptions): DrawnPart {
  return {
    kind: 'drawn',
    async draw(doc, drawer, fonts, pageDone) {
      const total = isOrderedSigners(entries) ? entries.listed + entries.omitted : entries.length;
      if (total !== options.totalSigners) {
        throw new Error(`The signature list got ${total} entries but the count says ${options.totalSigners} signers`);
      }
      const geometry = geometryFor(options.paper, options.orientation);
      const measure = fontMeasure(fonts);
      let pages: Iterable<PageModel> | AsyncIterable<PageModel>;
      if (options.profile === 'count-only') {
        pages = certificatePages(isOrderedSigners(entries) ? entries.certificate : certificateFacts(entries), options, geometry, measure);
      } else {
        const { plan, pagesOf } = isOrderedSigners(entries) ? await layOutOrdered(entries, options, measure) : layOutList(entries, options, measure);
        pages = (async function* allVolumes() {
          for (const volume of plan.volumes) yield* pagesOf(volume);
        })();
      }
      let count = 0;
      for await (const page of pages) {
        doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
        drawListPage(drawer, page);
        count += 1;
        await pageDone();
      }
      return count;
    },
  };
}
