// `npm start`: the main job on the bundled fixtures. Exit code 1 (done, with rows to look at) is expected here:
// the fixtures carry deliberately broken rows, so only a failure (2) fails the start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const campaign = 'fixtures/campaign/campaign.yaml';
const args = existsSync(campaign)
  ? ['packet', '--campaign', campaign, '-o', 'out']
  : ['dedupe', ...['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv'].map((f) => `fixtures/exports/${f}`), '-o', 'out/merged.csv', '--clusters', 'out/clusters.csv'];
console.error(`$ npx petition ${args.join(' ')}`);
const result = spawnSync(process.execPath, ['bin/petition.js', ...args], { stdio: 'inherit' });
process.exit(result.status === 0 || result.status === 1 ? 0 : (result.status ?? 2));
