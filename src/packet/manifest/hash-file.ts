// Reads a file once, streaming, for its size and SHA-256: inputs can be hundreds of megabytes.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export interface FileDigest {
  bytes: number;
  sha256: string;
}

export async function hashFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    hash.update(buffer);
  }
  return { bytes, sha256: hash.digest('hex') };
}
