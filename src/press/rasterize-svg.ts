// SVG → PNG with resvg (a maintained Rust renderer, prebuilt per platform), loading only the Noto files the SVG uses.
import { Resvg } from '@resvg/resvg-js';

export function rasterizeSvg(svg: string, fontFiles: readonly string[]): Buffer {
  const resvg = new Resvg(svg, {
    // No system fonts: the card must look the same on every machine, and every run already names its face.
    font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
