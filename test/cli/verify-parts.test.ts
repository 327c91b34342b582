// The manifest lists every file the build wrote (`parts`): every volume of a split list, and every file of a press
// kit. verify requires each part to be listed and present, instead of guessing what a packet needs from its privacy
// profile, so a volume or a poster deleted together with its manifest line no longer passes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface Listed { path: string }

describe('verify reads the required parts from the manifest', () => {
  let copy: FollowupCopy;
  let packet: string;
  let kit: string;
  const forgeries: string[] = [];

  /** A copy of `dir` with `name` deleted and its line taken out of the manifest's outputs. */
  const withoutFile = (dir: string, name: string): string => {
    const forged = tempDir();
    forgeries.push(forged);
    cpSync(dir, forged, { recursive: true });
    rmSync(join(forged, name));
    const manifest = JSON.parse(readFileSync(join(forged, 'manifest.json'), 'utf8'));
    manifest.outputs = manifest.outputs.filter((output: Listed) => output.path !== name);
    writeFileSync(join(forged, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return forged;
  };

  beforeAll(async () => {
    copy = followupCopy();
    // A list split every 3 signers: several volumes.
    writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8').replace('    privacy: recipient\n    goal: 50\n', '    privacy: recipient\n    goal: 50\n    split: 3\n'));
    packet = join(copy.root, 'packet');
    kit = join(copy.root, 'kit');
    const now = new Date('2025-12-09T12:00:00Z');
    expect((await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', packet], { now })).code).toBeLessThan(2);
    expect((await runMain(['press', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '--language', 'en', '-o', kit], { now })).code).toBeLessThan(2);
  });

  afterAll(() => {
    rmSync(copy.root, { recursive: true, force: true });
    for (const dir of forgeries) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every volume and every file of the kit as a part, and passes both untouched', async () => {
    const parts = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).parts as string[];
    expect(parts(packet)).toEqual(expect.arrayContaining(['letter.pdf', 'signatures-vol-01.pdf', 'signatures-vol-02.pdf', 'packet.pdf']));
    expect(parts(kit)).toEqual(expect.arrayContaining(['poster-en.pdf', 'card-en.png', 'press-release-en.md']));
    expect((await runMain(['verify', packet])).code).toBe(0);
    expect((await runMain(['verify', kit])).code).toBe(0);
  });

  it.each([
    ['the second volume of a split list', () => packet, 'signatures-vol-02.pdf'],
    ['the poster of a press kit', () => kit, 'poster-en.pdf'],
    ['a social card of a press kit', () => kit, 'card-en.png'],
  ])('reports %s deleted with its manifest line as missing', async (_label, dir, name) => {
    const result = await runMain(['verify', withoutFile(dir(), name)]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(name);
  });

  // adv11 D6: the forger also takes the volume out of `parts`; only the fingerprint on paper is left to catch it.
  it.each([
    ['the last volume', (names: string[]) => names[names.length - 1]],
    ['the first volume', (names: string[]) => names[0]],
  ])('fails --fingerprint for a packet with %s deleted and taken out of outputs and parts', async (_label, pick) => {
    const manifest = JSON.parse(readFileSync(join(packet, 'manifest.json'), 'utf8'));
    const volumes = (manifest.parts as string[]).filter((part) => part.startsWith('signatures-vol-'));
    const name = pick(volumes);
    const forged = withoutFile(packet, name);
    const forgedManifest = JSON.parse(readFileSync(join(forged, 'manifest.json'), 'utf8'));
    forgedManifest.parts = forgedManifest.parts.filter((part: string) => part !== name);
    writeFileSync(join(forged, 'manifest.json'), `${JSON.stringify(forgedManifest, null, 2)}\n`);
    const result = await runMain(['verify', forged, '--fingerprint', manifest.packetFingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(name);
    // Taking the volume out of what the fingerprint covers too changes the fingerprint recomputed from it.
    forgedManifest.listParts = forgedManifest.listParts.filter((part: Listed) => part.path !== name);
    writeFileSync(join(forged, 'manifest.json'), `${JSON.stringify(forgedManifest, null, 2)}\n`);
    expect((await runMain(['verify', forged, '--fingerprint', manifest.packetFingerprint])).code).toBe(1);
  });
});
