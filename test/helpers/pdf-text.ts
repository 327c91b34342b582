// Reads a PDF the way a person's viewer would: page count and the text of each page (pdfjs, no system tools needed).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** The text of each page, items joined with spaces, in reading order as pdfjs extracts it. */
  pageTexts: string[];
  text: string;
}

export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return { pages: pageTexts.length, pageTexts, text: pageTexts.join('\n') };
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  /** The bookmarks under it (a split list's volumes), when it has any. */
  items?: OutlineEntry[];
}

/** The PDF's bookmarks (outline), top level, with the page each opens: what a viewer's sidebar shows. */
export async function readPdfOutline(data: Uint8Array): Promise<OutlineEntry[]> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  type Item = Awaited<ReturnType<typeof document.getOutline>>[number];
  const read = async (items: Item[]): Promise<OutlineEntry[]> => {
    const entries: OutlineEntry[] = [];
    for (const item of items) {
      const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
      const ref = destination?.[0] as { num: number; gen: number } | undefined;
      const entry: OutlineEntry = { title: item.title, page: ref ? (await document.getPageIndex(ref)) + 1 : 0 };
      if (item.items?.length) entry.items = await read(item.items);
      entries.push(entry);
    }
    return entries;
  };
  const entries = await read((await document.getOutline()) ?? []);
  await document.destroy();
  return entries;
}
