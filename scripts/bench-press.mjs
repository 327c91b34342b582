// `npm run bench:press`: builds the example campaign's press kit (en, ko, es) with the built CLI and prints what
// each part cost, as the command measures it, and the whole run's wall time. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const campaign = process.argv[2] ?? 'fixtures/campaign/campaign.yaml';
const runs = Number(process.argv[3] ?? 3);
const out = mkdtempSync(join(tmpdir(), 'bench-press-'));
try {
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['bin/petition.js', 'press', '--campaign', campaign, '--language', 'en,ko,es', '-o', out, '--json'], { encoding: 'utf8' });
    const wall = (performance.now() - started) / 1000;
    if (result.status !== 0 && result.status !== 1) {
      process.stderr.write(result.stderr);
      process.exit(result.status ?? 2);
    }
    const { seconds, outputs } = JSON.parse(result.stdout);
    console.log(`run ${i + 1}: posters ${seconds.poster} s, cards ${seconds.cards} s, releases ${seconds.release} s; ${outputs.length} files; whole command ${wall.toFixed(1)} s`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
