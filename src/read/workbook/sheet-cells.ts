// A sheet part streamed to exceljs with its rows and cells rewritten first, for what exceljs's streaming reader gets
// wrong. Each rewrite sees every `<row …>` start tag and every whole cell (`<c …>…</c>` or `<c …/>`) in file order.
import { StringDecoder } from 'node:string_decoder';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';

export interface CellRewrite {
  /** A `<row …>` start tag, rewritten. */
  row?(tag: string): string;
  /** A whole `<c>` element, rewritten. */
  cell?(xml: string): string;
}

const ROW_OR_CELL = /<(row|c)(?=[\s>/])/g;
const CELL_END = '</c>';

class SheetCells extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  constructor(private readonly rewrites: readonly CellRewrite[]) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending += this.decoder.write(chunk);
    const out = this.drain(false);
    done(null, out === '' ? undefined : out);
  }

  override _flush(done: TransformCallback): void {
    this.pending += this.decoder.end();
    const out = this.drain(true);
    done(null, out === '' ? undefined : out);
  }

  private drain(ending: boolean): string {
    const text = this.pending;
    const parts: string[] = [];
    let at = 0;
    for (;;) {
      ROW_OR_CELL.lastIndex = at;
      const found = ROW_OR_CELL.exec(text);
      if (!found) {
        // A tag cut by the chunk's end waits for the next chunk.
        const open = text.lastIndexOf('<');
        const keep = !ending && open >= at && text.indexOf('>', open) === -1 ? open : text.length;
        parts.push(text.slice(at, keep));
        at = keep;
        break;
      }
      const start = found.index;
      const tagEnd = text.indexOf('>', start);
      const end = tagEnd === -1 || found[1] === 'row' || text[tagEnd - 1] === '/' ? tagEnd + 1 : text.indexOf(CELL_END, tagEnd) + CELL_END.length;
      if (tagEnd === -1 || end < CELL_END.length) {
        parts.push(text.slice(at, start));
        at = start;
        break;
      }
      parts.push(text.slice(at, start), this.rewrite(found[1], text.slice(start, end)));
      at = end;
    }
    this.pending = text.slice(at);
    if (ending) {
      parts.push(this.pending);
      this.pending = '';
    }
    return parts.join('');
  }

  private rewrite(element: string, xml: string): string {
    let out = xml;
    for (const rewrite of this.rewrites) out = (element === 'row' ? rewrite.row?.(out) : rewrite.cell?.(out)) ?? out;
    return out;
  }
}

/** A sheet part's stream with its rows and cells rewritten; an error of the part ends the stream with it. */
export function withCellRewrites(part: Readable, rewrites: readonly CellRewrite[]): Readable {
  return pipeline(part, new SheetCells(rewrites), () => undefined);
}
