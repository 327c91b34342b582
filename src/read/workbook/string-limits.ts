// The shared strings of a workbook are the one part held in memory (every sheet refers to them by number), so a
// part of tens of millions of strings, or one string of hundreds of megabytes, would exhaust it. They are counted as
// they stream in, in a pass of their own before exceljs parses and keeps them (inflating is cheap, parsing is not),
// and a workbook past a limit is refused naming it.
import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/message.js';

export interface SharedStringLimits {
  /** Strings in xl/sharedStrings.xml. */
  count: number;
  /** Bytes of xl/sharedStrings.xml, uncompressed. */
  bytes: number;
  /** Bytes of one string item (`<si>…</si>`), uncompressed. */
  itemBytes: number;
}

/**
 * A real export of 120,000 rows has 230,000 shared strings in 7.8 MB, so one of 1M rows about 2M in 65 MB: these
 * leave it five and four times the room. One Excel cell holds at most 32,767 characters (under 100 KB of UTF-8,
 * with rich-text runs and phonetic readings), so a single string past 1 MB was not written by Excel.
 */
export const SHARED_STRING_LIMITS: SharedStringLimits = { count: 10_000_000, bytes: 256 * 1024 * 1024, itemBytes: 1024 * 1024 };

const ITEM_START = Buffer.from('<si');
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);
const MB = 1024 * 1024;

class CountSharedStrings extends Transform {
  private count = 0;
  private bytes = 0;
  /** Where the item being read started, in bytes from the part's start. */
  private itemStart = -1;
  /** The last bytes of the previous chunk, where an item's start tag may have been cut. */
  private tail = Buffer.alloc(0);

  constructor(private readonly limits: SharedStringLimits, private readonly file: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const base = this.bytes - this.tail.length;
    const seen = Buffer.concat([this.tail, chunk]);
    this.bytes += chunk.length;
    for (let at = seen.indexOf(ITEM_START); at !== -1; at = seen.indexOf(ITEM_START, at + 1)) {
      if (at + ITEM_START.length >= seen.length) break;
      if (!AFTER_NAME.has(seen[at + ITEM_START.length])) continue;
      this.count += 1;
      this.itemStart = base + at;
      if (this.count > this.limits.count) return done(this.refuse(msg('workbook.too-many-strings', { limit: this.limits.count })));
    }
    this.tail = seen.subarray(Math.max(0, seen.length - ITEM_START.length));
    if (this.bytes > this.limits.bytes) return done(this.refuse(msg('workbook.strings-too-large', { limit: Math.floor(this.limits.bytes / MB) })));
    if (this.itemStart !== -1 && this.bytes - this.itemStart > this.limits.itemBytes) {
      return done(this.refuse(msg('workbook.string-too-long', { item: this.count, limit: Math.floor(this.limits.itemBytes / 1024) })));
    }
    done();
  }

  private refuse(message: ReturnType<typeof msg>): UserError {
    return new UserError(message, { file: this.file });
  }
}

/** Reads the shared-strings part through, throwing a UserError naming the file at the first limit it passes. */
export async function checkSharedStrings(part: Readable, limits: SharedStringLimits, file: string): Promise<void> {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(part, new CountSharedStrings(limits, file), discard);
}
