// Reads the first bytes of a stream for sniffing, then lets the stream go.
import type { Readable } from 'node:stream';

export interface Sample {
  bytes: Buffer;
  /** True when the sample is the whole input. */
  complete: boolean;
}

/**
 * The first `maxBytes` of the stream, or more when they hold no line break: a header longer than the sample (20,000
 * columns) is read whole, up to `maxLineBytes`.
 */
export async function readSample(stream: Readable, maxBytes: number, maxLineBytes = maxBytes): Promise<Sample> {
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = true;
  let hasBreak = false;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buffer);
      size += buffer.length;
      hasBreak ||= buffer.includes(10) || buffer.includes(13);
      if (size >= maxBytes && (hasBreak || size >= maxLineBytes)) {
        complete = false;
        break;
      }
    }
  } finally {
    stream.destroy();
  }
  const bytes = Buffer.concat(chunks);
  if (complete) return { bytes, complete };
  const cut = Math.max(maxBytes, Math.min(size, hasBreak ? lastBreak(bytes) + 1 : maxLineBytes));
  return { bytes: bytes.subarray(0, cut), complete };
}

function lastBreak(bytes: Buffer): number {
  return Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13));
}
