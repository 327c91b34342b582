// Reads a PNG into RGBA pixels with @napi-rs/canvas (prebuilt in npm), for checks a person would make by looking.
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export async function readPng(png: Uint8Array): Promise<Pixels> {
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
  return { data, width, height };
}

/** Share of pixels in the box that differ from `background` by more than a faint anti-aliasing shade. */
export function inkShare(pixels: Pixels, box: { x: number; y: number; width: number; height: number }, background: [number, number, number]): number {
  let ink = 0;
  let all = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * pixels.width + x) * 4;
      const distance = Math.abs(pixels.data[i] - background[0]) + Math.abs(pixels.data[i + 1] - background[1]) + Math.abs(pixels.data[i + 2] - background[2]);
      if (distance > 60) ink++;
      all++;
    }
  }
  return all === 0 ? 0 : ink / all;
}
