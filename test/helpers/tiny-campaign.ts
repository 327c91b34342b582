// A one-source campaign in a temporary folder, for tests that need a packet with nothing else to look at
// (no pairs to review, no ambiguous dates): its exit code then depends only on what the test changes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './fixtures.js';

/** Writes signers.csv and campaign.yaml (deliveries `list`, public, and `count`, count-only); returns the campaign path. */
export function tinyCampaign(signersCsv: string, options: { timezone?: string } = {}): string {
  const root = tempDir();
  writeFileSync(join(root, 'signers.csv'), signersCsv);
  const campaign = join(root, 'campaign.yaml');
  writeFileSync(campaign, `petition:
  languages: [en]
  title: { en: Tiny campaign }
  text: { en: Text. }
organizer: { name: T, organization: T Org, address: [1 St], contact: t@example.org, signatory: T }
sources:
  - path: signers.csv
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male }
deliveries:
  - { id: list, target: un, date: 2026-12-10, place: New York, privacy: public }
  - { id: count, target: un, date: 2026-12-11, place: New York, privacy: count-only }
${options.timezone ? `timezone: ${options.timezone}\n` : ''}`);
  return campaign;
}
