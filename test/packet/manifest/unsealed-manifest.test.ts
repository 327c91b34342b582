// `verify` on a manifest that carries no packet fingerprint says in words what it lacks (tester F5), not the schema
// library's "Invalid input: expected string, received undefined"; it still ends with exit code 1.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/fixtures.js';
import { runMain } from '../../helpers/run-main.js';

async function verifyManifest(manifest: unknown, language: string) {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    return await runMain(['--lang', language, 'verify', dir]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('verify on a manifest without a fingerprint', () => {
  it.each([
    ['en', /carries no packet fingerprint: the entries "target", "delivery", "privacy", "createdFor", "counts", "signerListFingerprint", … are missing/],
    ['ko', /전달 자료 지문이 없습니다\. .*항목 7개\("target", /],
    ['es', /no lleva huella de entrega: faltan las entradas "target", /],
  ])('names the missing entries in plain words (%s)', async (language, said) => {
    const result = await verifyManifest({ inputs: [], outputs: [] }, language);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(said);
    expect(result.stdout + result.stderr).not.toMatch(/Invalid input|expected string|received undefined/);
  });

  it('names an entry that holds the wrong kind of value', async () => {
    const result = await verifyManifest({ inputs: [], outputs: [], target: 7 }, 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/the entries "delivery", .* are missing/);
    const wrong = await verifyManifest({ target: 7, delivery: 'd', privacy: 'p', createdFor: 'o', counts: {}, signerListFingerprint: 'x', inputs: [], outputs: [], packetFingerprint: 'y' }, 'en');
    expect(wrong.stdout).toMatch(/its entry "target" does not hold what `petition packet` writes there/);
  });
});
