// Reads the first bytes of a stream for sniffing, then lets the stream go.
import type { Readable } from 'node:stream';

export interface Sample {
  bytes: Buffer;
  /** True when the sample is the whole input. */
  complete: boolean;
}

export async function readSample(stream: Readable, maxBytes: number): Promise<Sample> {
  const chunks: Buffer[] = [];
  let size = 0;
  let complete = true;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buffer);
      size += buffer.length;
      if (size >= maxBytes) {
        complete = false;
        break;
      }
    }
  } finally {
    stream.destroy();
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: complete ? bytes : bytes.subarray(0, maxBytes), complete };
}
