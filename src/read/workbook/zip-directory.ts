// Opens a zip through its central directory using only "give me the bytes from the start", so every part of a
// workbook can be read in the order the reader needs (a stored order of workbook.xml last breaks a one-pass read).
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { Open, type ZipEntry } from 'unzipper';

export interface ZipParts {
  entries: ZipEntry[];
  /** A part's bytes, and a way to stop reading the file under it (a destroyed part stream does not stop it). */
  openPart(entry: ZipEntry): { stream: Readable; close(): void };
}

export async function openZipDirectory(open: () => Readable): Promise<ZipParts> {
  let opening: Readable[] | null = null;
  const directory = await Open.custom({
    size: () => byteCount(open()),
    stream: (offset, length) => {
      const source = open();
      opening?.push(source);
      return source.pipe(new ByteWindow(offset, length));
    },
  });
  return {
    entries: directory.files,
    openPart(entry) {
      const sources: Readable[] = [];
      opening = sources;
      try {
        const stream = entry.stream();
        // A read error of the file (or of a spooled copy removed once the run failed) ends the part, which its reader
        // reports; piped on as it is, nobody would listen and Node would end the run with a stack trace.
        for (const source of sources) source.on('error', (error) => stream.destroy(error));
        return { stream, close: () => { for (const source of sources) source.destroy(); stream.destroy(); } };
      } finally {
        opening = null;
      }
    },
  };
}

async function byteCount(stream: Readable): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).length;
  return size;
}

/** Passes on the bytes from `offset` (and `length + 1` of them when given, as unzipper's own file source does). */
class ByteWindow extends Transform {
  private position = 0;
  private readonly stop: number;

  constructor(private readonly offset: number, length: number | undefined) {
    super();
    this.stop = length === undefined ? Number.POSITIVE_INFINITY : offset + length + 1;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const start = this.position;
    this.position += chunk.length;
    if (this.position <= this.offset || start >= this.stop) return done();
    done(null, chunk.subarray(Math.max(0, this.offset - start), Math.min(chunk.length, this.stop - start)));
  }
}
