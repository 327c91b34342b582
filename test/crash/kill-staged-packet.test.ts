// A packet is built in a staging folder beside its output folder and moved into place whole: a run SIGKILLed half-way
// leaves the output folder as it was (absent, or the earlier packet), and the next run removes the staging folder.
// The kill point is exact: the child (paused-packet.mjs) stops when it opens the signature list, then is killed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fork, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN } from '../helpers/run-bin.js';
import { campaignCopy } from '../helpers/fixtures.js';

const PAUSED = fileURLToPath(new URL('./paused-packet.mjs', import.meta.url));

function env(): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
  delete vars.NODE_OPTIONS;
  return vars;
}

function petition(argv: string[]): { code: number | null; stderr: string } {
  const child = spawnSync(process.execPath, [BIN, ...argv], { env: env(), encoding: 'utf8' });
  return { code: child.status, stderr: child.stderr };
}

/** Runs packet in the paused child and SIGKILLs it once it has written the letters and opened the list. */
async function killedHalfWay(argv: string[]): Promise<void> {
  const child = fork(PAUSED, argv, { env: env(), stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const paused = await new Promise<boolean>((resolve) => {
    child.on('message', () => resolve(true));
    child.on('exit', () => resolve(false));
  });
  expect(paused).toBe(true);
  child.kill('SIGKILL');
  await exited;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

const staged = (root: string) => readdirSync(root).filter((name) => name.endsWith('.staging'));

describe('a packet killed half-way (SIGKILL)', () => {
  let root: string;
  let campaign: string;
  let packetDir: string;
  let args: string[];

  beforeAll(() => {
    ({ root, campaign } = campaignCopy());
    packetDir = join(root, 'packet');
    args = ['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', packetDir];
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves no packet folder when there was none, only a staging folder, which the next run removes', async () => {
    await killedHalfWay(args);
    expect(existsSync(packetDir)).toBe(false);
    const [left] = staged(root);
    expect(readdirSync(join(root, left))).toContain('letter.pdf');

    expect(petition(args).code).toBeLessThan(2);
    expect(staged(root)).toEqual([]);
    expect(petition(['verify', packetDir]).code).toBe(0);
  }, 120_000);

  it('leaves the earlier packet as it was, byte for byte, and verify still passes it', async () => {
    const earlier = snapshot(packetDir);
    appendFileSync(join(root, 'exports', 'google-form.csv'), '11/20/2025 10:00:00,Late Signer,late.signer@example.org,Boston,United States\r\n');
    await killedHalfWay(args);
    expect(snapshot(packetDir)).toEqual(earlier);
    expect(staged(root)).toHaveLength(1);
    expect(petition(['verify', packetDir]).code).toBe(0);

    expect(petition(args).code).toBeLessThan(2);
    expect(staged(root)).toEqual([]);
    expect(snapshot(packetDir)['signatures.pdf']).not.toBe(earlier['signatures.pdf']);
    expect(petition(['verify', packetDir]).code).toBe(0);
  }, 120_000);
});
