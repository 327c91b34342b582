// Writes manifest.json into the packet folder, atomically, after every output it lists is complete.
import { join } from 'node:path';
import { writeWholeFileAtomic, type OpenWrite } from '../../output/atomic-write.js';
import { MANIFEST_FILE, manifestText, type Manifest } from './build-manifest.js';
import type { PressManifest } from '../../press/press-manifest.js';

export async function writeManifest(dir: string, manifest: Manifest | PressManifest, open?: OpenWrite): Promise<string> {
  const path = join(dir, MANIFEST_FILE);
  await writeWholeFileAtomic(path, manifestText(manifest), { open });
  return path;
}
