import { describe, it, expect } from '@jest/globals';
import { buildManifest, manifestText, signerListFingerprint, type Manifest } from '../../../src/packet/manifest/build-manifest.js';
import { packetFingerprint } from '../../../src/packet/manifest/packet-fingerprint.js';
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
    expect(buildManifest(input({ signerListFingerprint: '0123456789ac' })).packetFingerprint).not.toBe(base);
  });

  it('stays as delivered when a signature dated after the delivery is appended to an export (rebuild, press kit, batch)', () => {
    const base = buildManifest(input()).packetFingerprint;
    const counts = sampleCounts();
    const source = counts.bySource['exports/change-org.tsv'];
    const later = sampleCounts({
      rows: counts.rows + 1, rejected: counts.rejected + 1,
      rejectReasons: { ...counts.rejectReasons, outside_date_window: 1 },
      bySource: { ...counts.bySource, 'exports/change-org.tsv': { ...source, rows: source.rows + 1, rejected: source.rejected + 1 } },
      byDay: { ...counts.byDay, '2027-01-05': { rows: 1, rejected: 1, accepted: 0, duplicates: 0, unique: 0 } },
      byCountry: { ...counts.byCountry, NO: { rows: 1, rejected: 1, accepted: 0, duplicates: 0, unique: 0 } },
    });
    const appended = buildManifest(input({ counts: later, inputs: [{ path: 'exports/change.tsv', bytes: 52, sha256: 'c'.repeat(64), rows: 4 }] }));
    expect(appended.packetFingerprint).toBe(base);
    // What the delivery counts still moves it.
    expect(buildManifest(input({ counts: sampleCounts({ duplicatesByRule: { email: 599, 'name+postcode': 101 } }) })).packetFingerprint).not.toBe(base);
  });

  it('changes when who is shown anonymous changes, so a list printing someone by name who asked not to be is another packet (verifyO F4)', () => {
    const asAsked = buildManifest(input({ anonymousSignersFingerprint: 'aaaaaaaaaaaa' })).packetFingerprint;
    const named = buildManifest(input({ anonymousSignersFingerprint: 'bbbbbbbbbbbb' })).packetFingerprint;
    expect(named).not.toBe(asAsked);
    // A forger who drops the entry from the manifest gets yet another fingerprint, not the one on paper.
    const { anonymousSignersFingerprint, ...withoutEntry } = buildManifest(input({ anonymousSignersFingerprint: 'aaaaaaaaaaaa' }));
    expect(anonymousSignersFingerprint).toBe('aaaaaaaaaaaa');
    expect(packetFingerprint(withoutEntry)).not.toBe(asAsked);
  });

  it('is recomputed by the recipe a manifest was sealed with, so packets made before still verify', () => {
    const { fingerprintRecipe, packetFingerprint: sealedWith, ...older } = buildManifest(input());
    expect(fingerprintRecipe).toBe(2);
    expect(packetFingerprint(older)).not.toBe(sealedWith);
    expect(packetFingerprint({ ...older, fingerprintRecipe })).toBe(sealedWith);
  });
});
