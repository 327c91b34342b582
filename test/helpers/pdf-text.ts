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
