// A page model as SVG: rectangles, lines and text runs, each run in the Noto face the packet's FontSet chose for it,
// so a card says exactly what the poster says, in the same faces, measured the same way.
import * as fontkit from 'fontkit';
import type { PageItem, PageModel, TextItem } from '../packet/pages/document-model.js';
import { BASELINE } from '../packet/fonts/font-measure.js';
import type { Face } from '../packet/fonts/face.js';
import { fontFilePath } from '../packet/fonts/font-files.js';
import type { FaceRun, FontSet } from '../packet/fonts/font-set.js';
import { needsBidi, visualRuns } from '../packet/fonts/visual-runs.js';

export interface PageSvg {
  svg: string;
  /** The font files the text uses: the rasterizer loads only these. */
  fontFiles: string[];
}

interface FaceName {
  family: string;
  weight: number;
  file: string;
}

const faceNames = new Map<string, FaceName>();

/** The family and weight a font loader reads from the face's own name table (typographic family first). */
function faceName(face: Face): FaceName {
  let name = faceNames.get(face.name);
  if (!name) {
    const font = face.font as fontkit.Font & { name: { records: Record<string, Record<string, string> | undefined> }; 'OS/2'?: { usWeightClass?: number } };
    const records = font.name.records;
    const family = records.preferredFamily?.en ?? records.fontFamily?.en ?? 'Noto Sans';
    name = { family, weight: font['OS/2']?.usWeightClass ?? (face.bold ? 700 : 400), file: fontFilePath(face.role, face.bold) };
    faceNames.set(face.name, name);
  }
  return name;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const n = (value: number) => String(Math.round(value * 100) / 100);

export function pageSvg(page: PageModel, size: { width: number; height: number }, fonts: FontSet): PageSvg {
  const files = new Set<string>();
  const body = page.items.map((item) => itemSvg(item, fonts, files)).filter(Boolean).join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${n(size.width)}" height="${n(size.height)}" viewBox="0 0 ${n(size.width)} ${n(size.height)}">\n${body}\n</svg>\n`;
  return { svg, fontFiles: [...files].sort() };
}

function itemSvg(item: PageItem, fonts: FontSet, files: Set<string>): string {
  switch (item.kind) {
    case 'rect':
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="${item.fill}" shape-rendering="crispEdges"/>`;
    case 'line':
      return `<line x1="${n(item.x1)}" y1="${n(item.y1)}" x2="${n(item.x2)}" y2="${n(item.y2)}" stroke="${item.color}" stroke-width="${n(item.lineWidth)}"/>`;
    case 'polyline':
      return `<polyline points="${item.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${item.color}" stroke-width="${n(item.lineWidth)}" stroke-linejoin="round" stroke-linecap="round"/>`;
    case 'text':
      return textSvg(item, fonts, files);
  }
}

/**
 * One line, as the PDF's TextDrawer draws it: shrunk to its box, aligned in it, every run at the x the FontSet
 * measured, in its own face.
 */
function textSvg(item: TextItem, fonts: FontSet, files: Set<string>): string {
  if (item.text === '') return '';
  const measured = fonts.measure(item.text, item.bold ?? false);
  if (measured.runs.length === 0) return '';
  let size = item.size;
  let width = (measured.em * size) / 1000;
  if (item.width !== undefined && width > item.width) {
    size = (size * item.width) / width;
    width = item.width;
  }
  let x = item.x;
  if (item.width !== undefined && item.align === 'right') x += item.width - width;
  else if (item.width !== undefined && item.align === 'center') x += (item.width - width) / 2;
  const baseline = item.y + size * BASELINE;
  const runs = needsBidi(measured.runs) ? visualRuns(measured.runs, item.direction) : measured.runs;
  const parts: string[] = [];
  for (const run of runs) {
    const name = faceName(run.face);
    files.add(name.file);
    const runSize = size * run.face.sizeFactor;
    const color = item.color ?? '#000000';
    // A shaped run (Indic, Thai) is drawn from the shaping the layout measured, as the PDF draws it: the rasterizer's
    // own shaper gives other widths, and words ran together or overlapped. Emoji (color bitmaps) and right-to-left
    // runs stay text, which it draws right.
    if (run.shaped && run.face.role !== 'emoji' && !run.face.rtl) {
      parts.push(shapedRunPaths(fonts, run, x, baseline, runSize, color));
      x += (fonts.runWidth(run) * size) / 1000;
      continue;
    }
    parts.push(`<text x="${n(x)}" y="${n(baseline)}" font-family="${escapeXml(name.family)}" font-weight="${name.weight}" font-size="${n(runSize)}" fill="${item.color ?? '#000000'}" xml:space="preserve">${escapeXml(run.text)}</text>`);
    x += (fonts.runWidth(run) * size) / 1000;
  }
  return parts.join('');
}

/** The run's glyphs as outlines, placed where the shaper put them (positions in 1/1000 em of the run's size). */
function shapedRunPaths(fonts: FontSet, run: FaceRun, x: number, baseline: number, runSize: number, color: string): string {
  const shaped = fonts.shape(run.face, run.text, 'ltr');
  const font = run.face.font;
  const perUnit = runSize / font.unitsPerEm;
  const perMille = runSize / 1000;
  let pen = x;
  const glyphs: string[] = [];
  for (let i = 0; i < shaped.glyphs.length; i++) {
    const d = (font.getGlyph(shaped.glyphs[i]) as unknown as { path: { toSVG(): string } }).path.toSVG();
    if (d) glyphs.push(`<path transform="translate(${n(pen + shaped.xOffset[i] * perMille)} ${n(baseline - shaped.yOffset[i] * perMille)}) scale(${perUnit} ${-perUnit})" d="${d}"/>`);
    pen += shaped.xAdvance[i] * perMille;
  }
  return `<g fill="${color}">${glyphs.join('')}</g>`;
}
