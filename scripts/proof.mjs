// `npm run proof`: builds the example packet (what `npm start` builds, into out/) and renders every page of
// out/packet.pdf to out/proof/page-NNN.png plus out/proof/contact-sheet.png, to look at before a release.
import { spawnSync } from 'node:child_process';

for (const script of [['scripts/start.mjs'], ['scripts/proof-sheet.mjs', 'out/packet.pdf', 'out/proof']]) {
  const result = spawnSync(process.execPath, script, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 2);
}
