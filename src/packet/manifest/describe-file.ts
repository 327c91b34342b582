// One manifest entry for a file on disk: its size and SHA-256, under the path the manifest should show.
import { hashFile } from './hash-file.js';
import type { ManifestFile } from './build-manifest.js';

export interface DescribeOptions {
  /** The path written into the manifest (as given for inputs, packet-relative for outputs); defaults to `path`. */
  as?: string;
  rows?: number;
  pages?: number;
}

export async function describeFile(path: string, options: DescribeOptions = {}): Promise<ManifestFile> {
  const { bytes, sha256 } = await hashFile(path);
  return {
    path: options.as ?? path,
    bytes,
    sha256,
    ...(options.rows !== undefined ? { rows: options.rows } : {}),
    ...(options.pages !== undefined ? { pages: options.pages } : {}),
  };
}
