// `npm start`: the main job on the bundled fixtures (the packet, then its press kit). Exit code 1 (done, with rows to look at) is expected here:
// the fixtures carry deliberately broken rows, so only a failure (2) fails the start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const campaign = 'fixtures/campaign/campaign.yaml';
const args = existsSync(campaign)
  ? ['packet', '--campaign', campaign, '-o', 'out']
  : ['dedupe', ...['change-org.csv', 'speakout.csv', 'action-network.csv', 'google-form.csv', 'openpetition.csv', 'seoul-paper.csv'].map((f) => `fixtures/exports/${f}`), '-o', 'out/merged.csv', '--clusters', 'out/clusters.csv'];
// The kit goes beside the packet folder, not into it: `petition verify out` names every file its manifest does not list.
const runs = [args, ...(existsSync(campaign) ? [['press', '--campaign', campaign, '-o', 'out-press']] : [])];
for (const run of runs) {
  console.error(`$ npx petition ${run.join(' ')}`);
  const result = spawnSync(process.execPath, ['bin/petition.js', ...run], { stdio: 'inherit' });
  if (!(result.status === 0 || result.status === 1)) process.exit(result.status ?? 2);
}
process.exit(0);
