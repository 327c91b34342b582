// Every command the README shows runs as pasted from the repo root, in the README's order (batch builds the campaign
// init wrote): against the built binary, with the working folder (work/) moved to a temporary one so the repo is left
// as it was.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { BIN } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The `petition` commands of the README's code blocks: "$ npx petition …" lines (with their "\" continuations) and `npx petition` in sh blocks. */
export function readmeCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const lines = block[1].split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/^\$ /, '').replace(/\s+#.*$/, '');
      if (!/^(npx )?petition\b/.test(line)) continue;
      let command = line;
      while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1).trimEnd()} ${lines[++i].trim()}`;
      commands.push(command);
    }
  }
  return commands;
}

describe('the README', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir();
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps working files (campaign files, merged.csv, review.csv, other packets) out of the packet folder out/', () => {
    // `petition verify out` checks the packet npm start builds there: anything else in it is a difference, and
    // merged.csv or review.csv beside a packet to hand over would carry signers' emails.
    for (const command of readmeCommands(README)) expect(command).not.toMatch(/(^|\s|=)out\//u);
  });

  it('shows petition commands only as npx petition, which runs from the repo root', () => {
    const commands = readmeCommands(README);
    expect(commands.length).toBeGreaterThanOrEqual(6);
    for (const command of commands) expect(command).toMatch(/^npx petition /);
  });

  it('shows the output npm start really prints: the same files with the same page counts, and every hint runnable', () => {
    const sample = README.slice(README.indexOf('What `npm start` does'));
    const block = /```\n([\s\S]*?)```/.exec(sample)?.[1] ?? '';
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
    delete env.NODE_OPTIONS;
    const result = spawnSync(process.execPath, [BIN, 'packet', '--campaign', 'fixtures/campaign/campaign.yaml', '-o', `${out}/start`], { cwd: ROOT, env, encoding: 'utf8' });
    expect([0, 1]).toContain(result.status);
    const pages = (text: string) => [...text.matchAll(/^\s+(\S+\.pdf)\s+(\d+ pages?)/gmu)].map((m) => `${m[1]} ${m[2]}`);
    expect(pages(block).length).toBeGreaterThan(3);
    expect(pages(block)).toEqual(pages(result.stdout));
    for (const line of block.split('\n').filter((l) => l.includes(' unique signers') || l.includes('awaiting review'))) {
      expect(result.stdout.replace(/\r/g, '')).toContain(line);
    }
  });

  it.each(readmeCommands(README))('runs as pasted: %s', (command) => {
    const shell = command.replace(/^npx petition/, `"${process.execPath}" "${BIN}"`).replace(/(^|\s|=)work\//g, `$1${out}/`);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC' };
    delete env.NODE_OPTIONS;
    const result = spawnSync('bash', ['-c', shell], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/not found|no file|ENOENT|command not found/i);
    expect([0, 1]).toContain(result.status);
  });
});
