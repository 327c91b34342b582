import { describe, it, expect } from '@jest/globals';
import { buildManifest, manifestText, signerListFingerprint, type Manifest } from '../../../src/packet/manifest/build-manifest.js';
import { sampleCounts } from '../pages/sample-counts.js';

type ManifestInput = Omit<Manifest, 'packetFingerprint' | 'parts'>;

function input(overrides: Partial<ManifestInput> = {}): ManifestInput {
  return {
    tool: { name: 'petition-courier', version: '0.1.0' },
    campaign: 'Stop forced repatriation',
    target: 'Embassy of the People\'s Republic of China, Seoul',
    delivery: '2026-12-10T10:00:00+09:00',
    privacy: 'name-city-country',
    createdFor: 'Coalition to Save North Korean Refugees',
    counts: sampleCounts(),
    inputs: [{ path: 'exports/change.tsv', bytes: 10, sha256: 'a'.repeat(64), rows: 3 }],
    outputs: [{ pages: 2, sha256: 'b'.repeat(64), bytes: 99, path: 'letter.pdf' }],
    signerListFingerprint: '0123456789ab',
    ...overrides,
  };
}

describe('buildManifest', () => {
  it('writes the same bytes for the same packet, whatever order the caller built the objects in', () => {
    const a = manifestText(buildManifest(input()));
    const b = manifestText(buildManifest(input({ outputs: [{ path: 'letter.pdf', bytes: 99, sha256: 'b'.repeat(64), pages: 2 }] })));
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('holds the counts exactly as `count --json` gives them', () => {
    const counts = sampleCounts();
    expect(JSON.parse(manifestText(buildManifest(input({ counts })))).counts).toEqual(counts);
  });

  it('writes output paths with forward slashes, so a packet made on Windows verifies elsewhere', () => {
    expect(buildManifest(input({ outputs: [{ path: 'pdf\\letter.pdf', bytes: 1, sha256: 'c'.repeat(64) }] })).outputs[0].path).toBe('pdf/letter.pdf');
  });

  it('refuses to list manifest.json among its own outputs', () => {
    expect(() => buildManifest(input({ outputs: [{ path: 'manifest.json', bytes: 1, sha256: 'c'.repeat(64) }] }))).toThrow(/itself/);
  });
});

describe('signerListFingerprint', () => {
  it('is twelve hex digits, the same for the same signers in any order or repetition', () => {
    const fingerprint = signerListFingerprint(['kim|kr', 'lee|kr', 'smith|us']);
    expect(fingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(signerListFingerprint(['smith|us', 'kim|kr', 'lee|kr', 'kim|kr'])).toBe(fingerprint);
  });

  it('changes when one signer changes', () => {
    expect(signerListFingerprint(['kim|kr', 'lee|kr'])).not.toBe(signerListFingerprint(['kim|kr', 'park|kr']));
    // The separator matters: ["ab"] and ["a","b"] are different lists.
    expect(signerListFingerprint(['ab'])).not.toBe(signerListFingerprint(['a', 'b']));
  });
});

describe('the packet fingerprint', () => {
  it('covers the figures and the inputs\' contents, not where the inputs sit nor the output files', () => {
    const base = buildManifest(input()).packetFingerprint;
    expect(base).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(buildManifest(input({ outputs: [] })).packetFingerprint).toBe(base);
    expect(buildManifest(input({ inputs: [{ path: '../elsewhere/change.tsv', bytes: 10, sha256: 'a'.repeat(64), rows: 3 }] })).packetFingerprint).toBe(base);
    expect(buildManifest(input({ counts: { ...sampleCounts(), unique: sampleCounts().unique + 1 } })).packetFingerprint).not.toBe(base);
    expect(buildManifest(input({ inputs: [{ path: 'exports/change.tsv', bytes: 10, sha256: 'c'.repeat(64), rows: 3 }] })).packetFingerprint).not.toBe(base);
    expect(buildManifest(input({ signerListFingerprint: '0123456789ac' })).packetFingerprint).not.toBe(base);
  });
});
