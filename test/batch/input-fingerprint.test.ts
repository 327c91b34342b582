import { describe, expect, it } from '@jest/globals';
import { inputFingerprint, type PacketInputs } from '../../src/batch/input-fingerprint.js';

const base: PacketInputs = {
  toolVersion: '0.1.0', campaignSha256: 'c'.repeat(64), sources: [{ path: 'a.csv', sha256: 'a'.repeat(64) }, { path: 'b.csv', sha256: 'b'.repeat(64) }],
  delivery: 'embassy-2026', outDir: '/tmp/packets/embassy-2026', decisionsSha256: null, exact: false, ledgerChain: [],
};

describe('inputFingerprint', () => {
  it('is the same for the same inputs', () => {
    expect(inputFingerprint({ ...base, sources: [...base.sources] })).toBe(inputFingerprint(base));
  });

  it.each<[string, Partial<PacketInputs>]>([
    ['an export changed', { sources: [{ path: 'a.csv', sha256: 'd'.repeat(64) }, base.sources[1]] }],
    ['an export removed', { sources: [base.sources[0]] }],
    ['exports reordered', { sources: [base.sources[1], base.sources[0]] }],
    ['the campaign file edited', { campaignSha256: 'e'.repeat(64) }],
    ['a new tool version', { toolVersion: '0.2.0' }],
    ['review decisions added', { decisionsSha256: 'f'.repeat(64) }],
    ['exact matching asked for', { exact: true }],
    ['another packet folder', { outDir: '/tmp/other/embassy-2026' }],
    ['the earlier delivery marked delivered', { ledgerChain: ['1'.repeat(64)] }],
  ])('changes when %s', (_label, change) => {
    expect(inputFingerprint({ ...base, ...change })).not.toBe(inputFingerprint(base));
  });
});
