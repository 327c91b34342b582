// The campaign file the packet benchmarks build from: one source, the UN Secretary-General, a public list in signing order.
import { writeFileSync } from 'node:fs';

export function writeBenchCampaign(campaignPath, csvPath) {
  writeFileSync(campaignPath, `petition:
  languages: [en]
  title: { en: Stop the forced return of North Korean refugees }
  text: { en: "We call on the Government of the People's Republic of China to stop the forced return of North Korean refugees." }
organizer: { name: Min-ji Park, organization: Safe Passage Coalition, address: [Washington, DC], contact: petition@example.org, signatory: Min-ji Park }
sources:
  - path: ${JSON.stringify(csvPath)}
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male }
deliveries:
  - { id: un-2026, target: un, date: 2026-12-10, place: New York, privacy: public, order: signed }
`);
}
