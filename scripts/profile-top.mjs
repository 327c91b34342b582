// The functions a CPU profile spends its time in, for issue 13's notes: `node --cpu-prof --cpu-prof-dir=prof
// bin/petition.js count --exact FILE`, then `node scripts/profile-top.mjs prof/*.cpuprofile [N] [self|inclusive]`.
// Self time by default; `inclusive` counts a function once per sample it is anywhere on the stack in.
import { readFileSync } from 'node:fs';

const [, , file, shown = '30', mode = 'self'] = process.argv;
if (!file) {
  console.error('usage: node scripts/profile-top.mjs FILE.cpuprofile [N] [self|inclusive]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const samplesOf = new Map();
for (const id of profile.samples) samplesOf.set(id, (samplesOf.get(id) ?? 0) + 1);
const secondsPerSample = (profile.endTime - profile.startTime) / profile.samples.length / 1e6;
const nameOf = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;

const totals = new Map();
for (const [id, samples] of samplesOf) {
  const names = new Set();
  for (let at = id; at !== undefined; at = mode === 'self' ? undefined : parents.get(at)) names.add(nameOf(nodes.get(at)));
  for (const name of names) totals.set(name, (totals.get(name) ?? 0) + samples);
}
console.log(`${(profile.samples.length * secondsPerSample).toFixed(2)} s sampled, ${mode}`);
for (const [name, samples] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(shown))) {
  console.log(`${((100 * samples) / profile.samples.length).toFixed(1).padStart(5)}%  ${(samples * secondsPerSample).toFixed(2).padStart(7)} s  ${name}`);
}
