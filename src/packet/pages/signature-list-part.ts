// Puts the signature list into packet.pdf: the signature-list module's own pages, drawn into the packet's document.
import { certificateFacts, certificatePageCount, certificatePages } from '../signature-list/certificate-layout.js';
import { drawPage as drawListPage } from '../signature-list/draw-page.js';
import type { PageNumbering } from '../signature-list/list-layout.js';
import type { ListEntry, ListOptions, OrderedSigners } from '../signature-list/list-types.js';
import type { PageModel } from '../signature-list/page-model.js';
import { geometryFor } from '../signature-list/page-geometry.js';
import { fontMeasure, isOrderedSigners, layOutList, layOutOrdered } from '../signature-list/write-signature-list.js';
import type { DrawnPart } from './write-document.js';
import { counted } from '../../text/counted.js';
import { fillWords, labelled, packetWords } from './packet-words.js';
import { localeFormat } from './locale-format.js';
import type { ListPlan } from '../signature-list/plan-list.js';

/** What planning leaves for drawing: the pages in the packet's numbering, and a check once they are drawn. */
interface PlannedList {
  pages: number;
  /** The first page (0-based) and name of each volume of a split list. */
  volumes: Array<{ page: number; title: string }>;
  pagesOf(numbering: PageNumbering): Iterable<PageModel> | AsyncIterable<PageModel>;
  finish?(): Promise<void>;
}

/**
 * The same pages writeSignatureList writes to signatures.pdf (one stream, all volumes), as a part of a larger
 * document. The list is planned in `plan`, before the packet draws anything: rows taller than one grid row (a long
 * name wrapped at 7 pt) are measured with the packet's fonts then, so the packet knows the list's page count up
 * front (the rows stay on disk); its footers then carry the packet's page numbers ("Page 14 of 120").
 */
export function signatureListPart(entries: readonly ListEntry[] | OrderedSigners, options: ListOptions): DrawnPart {
  const total = isOrderedSigners(entries) ? entries.listed + entries.omitted : entries.length;
  if (total !== options.totalSigners) {
    throw new Error(`The signature list got ${counted(total, 'entry', 'entries')} but the count says ${counted(options.totalSigners, 'signer')}`);
  }
  const geometry = geometryFor(options.paper, options.orientation);
  let planned: PlannedList | undefined;
  return {
    kind: 'drawn',
    title: options.profile === 'count-only' ? packetWords(options.language).certificate : packetWords(options.language).signatureList,
    async plan(fonts) {
      const measure = fontMeasure(fonts);
      if (options.profile === 'count-only') {
        const counted = isOrderedSigners(entries) ? entries.certificate : certificateFacts(entries);
        const facts = options.foldedCountries ? { ...counted, alsoFolded: options.foldedCountries } : counted;
        planned = { pages: certificatePageCount(facts, geometry), volumes: [], pagesOf: (numbering) => certificatePages(facts, options, geometry, measure, numbering) };
      } else if (isOrderedSigners(entries)) {
        const { plan, pagesOf, finish } = await layOutOrdered(entries, options, measure);
        planned = {
          pages: plan.totalPages,
          volumes: volumeSections(plan, options.language),
          async *pagesOf(numbering) {
            for (const volume of plan.volumes) yield* pagesOf(volume, numbering);
          },
          finish,
        };
      } else {
        const { plan, pagesOf } = layOutList(entries, options, measure);
        planned = {
          pages: plan.totalPages,
          volumes: volumeSections(plan, options.language),
          *pagesOf(numbering) {
            for (const volume of plan.volumes) yield* pagesOf(volume, numbering);
          },
        };
      }
      return planned.pages;
    },
    sections: () => planned?.volumes ?? [],
    async draw(doc, drawer, _fonts, pageDone, numbering) {
      if (!planned) throw new Error('The signature list was drawn before it was planned');
      let count = 0;
      for await (const page of planned.pagesOf(numbering)) {
        doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
        drawListPage(drawer, page);
        count += 1;
        await pageDone();
      }
      await planned.finish?.();
      return count;
    },
  };
}

/** "Volume 2: Germany", "2권: 독일": a bookmark for each volume of a split list, at its cover. */
function volumeSections(plan: ListPlan, language: string | undefined): Array<{ page: number; title: string }> {
  if (!plan.split) return [];
  const number = localeFormat(language).number;
  const words = packetWords(language);
  return plan.volumes.map((volume) => ({ page: volume.firstPage - 1, title: labelled(language, fillWords(words.contentsVolume, { n: number(volume.index + 1) }), volume.label) }));
}
