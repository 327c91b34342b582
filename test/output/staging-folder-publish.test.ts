// Publishing a packet into a folder where one of its files is a folder: the file is named, not the packet folder
// (adv11b N5: `packet -o w/pk` with w/pk/letter.pdf a folder said "w/pk: … it is a folder").
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { openStagingFolder } from '../../src/output/staging-folder.js';
import { tempDir } from '../helpers/fixtures.js';

async function publishInto(out: string, files: string[]): Promise<unknown> {
  const staging = await openStagingFolder(out);
  for (const file of files) {
    mkdirSync(join(staging.path, file, '..'), { recursive: true });
    writeFileSync(join(staging.path, file), file);
  }
  return staging.publish(files, 'manifest.json').then(() => undefined, (error: unknown) => error);
}

describe('publishing a packet where a file is to go but a folder stands', () => {
  it.each(['letter.pdf', 'manifest.json'])('names %s, the file that could not be put in place, and leaves no staging folder', async (blocked) => {
    const root = tempDir();
    const out = join(root, 'pk');
    mkdirSync(join(out, blocked), { recursive: true });
    writeFileSync(join(out, blocked, 'kept.txt'), 'the user\'s own file');
    const error = await publishInto(out, ['letter.pdf', 'signatures.pdf', 'manifest.json']);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location.file).toBe(join(out, blocked));
    expect(existsSync(join(out, blocked, 'kept.txt'))).toBe(true);
    expect(readdirSync(root)).toEqual(['pk']);
  });

  it('names the folder a file was to go in when a file stands where that folder should be', async () => {
    const root = tempDir();
    const out = join(root, 'pk');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'an earlier file');
    writeFileSync(join(out, 'volumes'), 'a file, not a folder');
    const error = await publishInto(out, ['volumes/signatures-1.pdf', 'manifest.json']);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location.file).toBe(join(out, 'volumes'));
    expect(existsSync(join(out, 'old.txt'))).toBe(true);
  });
});
