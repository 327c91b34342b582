import { describe, it, expect } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest } from '../../../src/packet/manifest/build-manifest.js';
import { describeFile } from '../../../src/packet/manifest/describe-file.js';
import { verifyPacket } from '../../../src/packet/manifest/verify-packet.js';
import { writeManifest } from '../../../src/packet/manifest/write-manifest.js';
import { writeDocument } from '../../../src/packet/pages/write-document.js';
import { intoFile } from '../pages/pdf-tools.js';
import { sampleCounts } from '../pages/sample-counts.js';

describe('a written packet and its manifest', () => {
  it('verifies untouched, then names the PDF whose byte changed and the one that went missing', async () => {
    const dir = await fsp.mkdtemp(join(tmpdir(), 'packet-'));
    try {
      const setup = { paper: 'A4' as const, orientation: 'portrait' as const, creationDate: new Date('2026-12-10T01:00:00Z'), title: 't' };
      const summary = await intoFile(join(dir, 'summary.pdf'), (out) => writeDocument([{ kind: 'summary', counts: sampleCounts(), title: 'Petition', target: 'Ambassador' }], setup, out));
      const text = await intoFile(join(dir, 'petition-text.pdf'), (out) => writeDocument([{ kind: 'petition-text', language: 'ko', title: '청원', text: '강제북송을 중단하라' }], setup, out));
      // The other parts every packet holds (verify misses any of them); their content is not what this test is about.
      const others = ['letter.pdf', 'packet.pdf', 'signatures.pdf'];
      for (const path of others) await fsp.writeFile(join(dir, path), `%PDF ${path}`);
      const outputs = [
        await describeFile(join(dir, 'summary.pdf'), { as: 'summary.pdf', pages: summary.pages }),
        await describeFile(join(dir, 'petition-text.pdf'), { as: 'petition-text.pdf', pages: text.pages }),
        ...await Promise.all(others.map((path) => describeFile(join(dir, path), { as: path, pages: 1 }))),
      ];
      await writeManifest(dir, buildManifest({
        tool: { name: 'petition-courier', version: '0.1.0' }, campaign: 'c', target: 't', delivery: '2026-12-10', privacy: 'name-country', createdFor: 'o',
        counts: sampleCounts(), inputs: [], outputs, signerListFingerprint: '000000000000',
      }));
      expect(await verifyPacket(dir)).toMatchObject({ ok: true, differences: [], checked: 5 });

      const pdf = await fsp.readFile(join(dir, 'summary.pdf'));
      pdf[Math.floor(pdf.length / 2)] ^= 0x20;
      await fsp.writeFile(join(dir, 'summary.pdf'), pdf);
      await fsp.rm(join(dir, 'petition-text.pdf'));
      const result = await verifyPacket(dir);
      expect(result.ok).toBe(false);
      expect(result.differences).toEqual([
        { path: 'summary.pdf', problem: 'changed', expected: outputs[0].sha256, actual: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { path: 'petition-text.pdf', problem: 'missing' },
      ]);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});
