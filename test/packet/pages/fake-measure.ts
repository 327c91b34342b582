// A stand-in for the TextDrawer's measuring: half an em per Latin character, a full em per wide (CJK) character.
import type { PageItem, PageModel, TextItem, TextMeasure } from '../../../src/packet/pages/document-model.js';

const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u;

function widthOf(text: string, size: number, bold?: boolean): number {
  let width = 0;
  for (const ch of text) width += (WIDE.test(ch) ? 1 : 0.5) * size;
  return bold ? width * 1.05 : width;
}

export const fakeMeasure: TextMeasure = {
  widthOf,
  wrap(text, width, size, bold) {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && widthOf(candidate, size, bold) > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
    return lines;
  },
  lineHeight: (size) => size * 1.3,
};

export function texts(pages: PageModel[]): TextItem[] {
  return pages.flatMap((p) => p.items).filter((i): i is TextItem => i.kind === 'text');
}

export function textOf(pages: PageModel[]): string[] {
  return texts(pages).map((t) => t.text);
}

export function itemsOfKind<K extends PageItem['kind']>(pages: PageModel[], kind: K): Array<Extract<PageItem, { kind: K }>> {
  return pages.flatMap((p) => p.items).filter((i): i is Extract<PageItem, { kind: K }> => i.kind === kind);
}
