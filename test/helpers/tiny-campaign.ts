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

/**
 * A campaign in a temporary folder with the given export files (name → text) as its sources, and two deliveries to
 * the UN: `first` (10 December 2025) and `second` (20 June 2026, a follow-up `since: first`), both `privacy`.
 * Returns the folder and the campaign path.
 */
export function followUpCampaign(files: Record<string, string>, privacy: 'public' | 'recipient' | 'count-only' = 'recipient'): { root: string; campaign: string } {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const campaign = join(root, 'campaign.yaml');
  writeFileSync(campaign, `petition:
  languages: [en]
  title: { en: Stop the forced return of North Korean refugees }
  text: { en: We call on the People's Republic of China to stop returning North Koreans against their will. }
organizer: { name: Min-ji Park, organization: Safe Passage Coalition, address: [1200 Example Avenue NW], contact: petition@example.org, signatory: Min-ji Park }
sources:
${Object.keys(files).map((name) => `  - path: ${name}`).join('\n')}
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male }
deliveries:
  - { id: first, target: un, date: 2025-12-10, place: New York, privacy: ${privacy} }
  - { id: second, target: un, date: 2026-06-20, place: New York, privacy: ${privacy}, since: first }
`);
  return { root, campaign };
}
