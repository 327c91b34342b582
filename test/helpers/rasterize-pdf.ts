// Renders one PDF page to RGBA pixels with pdfjs and @napi-rs/canvas (prebuilt in npm: no system tools needed).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Raster {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export async function rasterizePage(pdf: Uint8Array, pageNumber: number, scale: number): Promise<Raster> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context as never, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return { data: image.data, width: image.width, height: image.height };
  } finally {
    await document.destroy();
  }
}
