// A string item of a workbook (`<si>` in the shared strings, `<is>` in an inline-string cell) as the one text a person
// sees in the cell. Excel writes rich text as runs (`<r><t>Rich </t></r><r><t>Shared</t></r>`) and Japanese Excel adds
// phonetic readings (`<rPh><t>ハルト</t></rPh>`) after the base text. exceljs's streaming reader keeps only the last
// `<t>` of an item that is not split into runs: the reading instead of the name, or the last run of an inline string.
// This rewrites each item, before exceljs parses it, to a single `<t>` holding the base text of every run, readings
// dropped. The text is kept as escaped in the file, so the XML parser decodes it exactly as it did before.
import { StringDecoder } from 'node:string_decoder';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';

export type StringItem = 'si' | 'is';

const READING = /<rPh\b[^>]*\/>|<rPh\b[^>]*>[\s\S]*?<\/rPh>/g;
/** A `<t>` with content; `<t/>` (and `<t xml:space="preserve"/>`) holds none. */
const TEXT = /<t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/t>/g;

/** The item's base text, as escaped XML: the `<t>` of every run, in order, without phonetic readings. */
export function baseTextOfItem(itemXml: string): string {
  const withoutReadings = itemXml.replace(READING, '');
  let text = '';
  for (const match of withoutReadings.matchAll(TEXT)) text += match[1];
  return text;
}

/** Rewrites every `<si>…</si>` or `<is>…</is>` in a streamed part to `<si><t xml:space="preserve">base</t></si>`. */
export class FlattenStringItems extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private readonly open: RegExp;
  private readonly close: string;
  private pending = '';
  private inItem = false;

  constructor(private readonly item: StringItem) {
    super();
    this.open = new RegExp(`<${item}(?=[\\s>/])`, 'g');
    this.close = `</${item}>`;
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
      if (this.inItem) {
        const end = text.indexOf(this.close, at);
        if (end === -1) break;
        const after = end + this.close.length;
        parts.push(`<${this.item}><t xml:space="preserve">${baseTextOfItem(text.slice(at, after))}</t></${this.item}>`);
        at = after;
        this.inItem = false;
        continue;
      }
      this.open.lastIndex = at;
      const start = this.open.exec(text)?.index ?? -1;
      if (start === -1) {
        // Keep a possible start of a tag cut by the chunk's end for the next chunk.
        const cut = ending ? -1 : text.lastIndexOf('<');
        const keep = cut >= at && text.length - cut <= this.item.length + 1 ? cut : text.length;
        parts.push(text.slice(at, keep));
        at = keep;
        break;
      }
      const tagEnd = text.indexOf('>', start);
      parts.push(text.slice(at, start));
      at = start;
      if (tagEnd === -1) break;
      if (text[tagEnd - 1] === '/') {
        // `<is/>`: an empty item, passed on as it is.
        parts.push(text.slice(start, tagEnd + 1));
        at = tagEnd + 1;
        continue;
      }
      this.inItem = true;
    }
    this.pending = text.slice(at);
    if (ending) {
      parts.push(this.pending);
      this.pending = '';
    }
    return parts.join('');
  }
}

/** A part's stream with its string items flattened; an error of the part ends the flattened stream with it. */
export function withBaseText(part: Readable, item: StringItem): Readable {
  return pipeline(part, new FlattenStringItems(item), () => undefined);
}
