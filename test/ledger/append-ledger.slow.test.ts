import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import { tempDir } from '../helpers/fixtures.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendLedger } from '../../src/ledger/append-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { ledgerLine } from '../../src/ledger/ledger-entry.js';
import { UserError } from '../../src/errors.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';

const tempLedger = () => join(tempDir(), '.petition', 'ledger.jsonl');

describe('appendLedger', () => {
  it('creates the folder and the file, and reads back what it wrote', async () => {
    const path = tempLedger();
    const entry = makeEntry('embassy-2025', makeKeys(10, 'x'));
    const written = await appendLedger(path, entry);
    expect(written).toEqual({ ...entry, previousSeal: 'start' });
    expect((await readLedger(path)).entries).toEqual([written]);
  });

  it('cuts a torn tail left by a killed writer before appending, so the new line stays whole', async () => {
    const path = tempLedger();
    const first = makeEntry('embassy-2025', makeKeys(3, 'a'));
    await appendLedger(path, first);
    await fsp.appendFile(path, ledgerLine(makeEntry('half', makeKeys(5, 'h'))).slice(0, 50));
    expect((await readLedger(path)).problems).toHaveLength(1);
    const second = makeEntry('embassy-2026', makeKeys(2, 'b'));
    await appendLedger(path, second);
    const after = await readLedger(path);
    expect(after.entries.map((e) => e.delivery)).toEqual(['embassy-2025', 'embassy-2026']);
    expect(after.problems).toEqual([]);
  });

  it('keeps a whole last line that lost its final newline when appending after it', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    await fsp.truncate(path, (await fsp.stat(path)).size - 1);
    await appendLedger(path, makeEntry('embassy-2026', makeKeys(2, 'b')));
    const after = await readLedger(path);
    expect(after.entries.map((e) => e.delivery)).toEqual(['embassy-2025', 'embassy-2026']);
    expect(after.problems).toEqual([]);
  });

  it('keeps a torn tail aside in ledger.jsonl.broken-DATE instead of deleting it', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    const torn = ledgerLine(makeEntry('half', makeKeys(5, 'h'))).slice(0, 50);
    await fsp.appendFile(path, torn);
    await appendLedger(path, makeEntry('embassy-2026', makeKeys(2, 'b')));
    const aside = (await fsp.readdir(join(path, '..'))).filter((name) => name.startsWith('ledger.jsonl.broken-'));
    expect(aside).toHaveLength(1);
    expect(await fsp.readFile(join(path, '..', aside[0]), 'utf8')).toBe(torn);
  });

  it('refuses to mark delivered again a delivery whose line follows a byte order mark', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    await fsp.writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await fsp.readFile(path)]));
    await expect(appendLedger(path, makeEntry('embassy-2025', makeKeys(4, 'b')))).rejects.toThrow(UserError);
  });

  it('refuses to mark one delivery twice, and leaves the ledger as it was', async () => {
    const path = tempLedger();
    await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
    const before = await fsp.readFile(path);
    await expect(appendLedger(path, makeEntry('embassy-2025', makeKeys(4, 'b')))).rejects.toThrow(UserError);
    expect(await fsp.readFile(path)).toEqual(before);
  });
});

const APPEND_MODULE = fileURLToPath(new URL('../../dist/ledger/append-ledger.js', import.meta.url));
const ENTRY_MODULE = fileURLToPath(new URL('../../dist/ledger/ledger-entry.js', import.meta.url));
const buildMissing = !existsSync(APPEND_MODULE);

/** A writer that appends big entries one after another and says which ones fsync returned for. */
const WRITER = `
import { createHash } from 'node:crypto';
const { appendLedger } = await import(process.argv[1]);
const { keysDigest } = await import(process.argv[2]);
for (let n = 0; ; n++) {
  const keys = Array.from({ length: 60000 }, (_, i) => createHash('sha256').update(n + ':' + i).digest('hex').slice(0, 16)).sort();
  const digest = keysDigest(keys);
  await appendLedger(process.argv[3], { delivery: 'd-' + n, date: '2025-12-10', markedAt: new Date().toISOString(), signers: keys.length, total: keys.length,
    keysSha256: digest, signerListFingerprint: digest.slice(0, 12), manifestSha256: 'f'.repeat(64), sources: [], keys });
  process.stdout.write('committed d-' + n + '\\n');
}
`;

describe('a ledger writer killed half-way', () => {
  (buildMissing ? it.skip : it)('loses no committed delivery and counts no partial line (needs npm run build)', async () => {
    const path = tempLedger();
    await fsp.mkdir(join(path, '..'), { recursive: true });
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, APPEND_MODULE, ENTRY_MODULE, path], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const committed: string[] = [];
    await new Promise<void>((done) => {
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) if (line.startsWith('committed ')) committed.push(line.slice('committed '.length));
        // Kill it while it is in the middle of writing the next big line.
        if (committed.length >= 3 && !child.killed) setTimeout(() => child.kill('SIGKILL'), 5);
      });
      child.on('exit', () => done());
    });
    expect(committed.length).toBeGreaterThanOrEqual(3);
    const after = await readLedger(path);
    const recorded = after.entries.map((e) => e.delivery);
    // Every delivery whose append returned is there, whole; whatever was cut off is ignored, not half-counted.
    for (const id of committed) expect(recorded).toContain(id);
    for (const entry of after.entries) expect(entry.keys).toHaveLength(60000);
    expect(after.problems.every((p) => p.message.key === 'ledger.problem.unfinished')).toBe(true);
    // The next append repairs the tail and the ledger is whole again.
    await appendLedger(path, makeEntry('after-crash', makeKeys(3, 'z')));
    const repaired = await readLedger(path);
    expect(repaired.problems).toEqual([]);
    expect(repaired.entries.map((e) => e.delivery)).toEqual([...recorded, 'after-crash']);
  });
});

/** Waits for the start signal, then marks its deliveries one after another, as parallel `--mark-delivered` runs do. */
const RACER = `
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
const { appendLedger } = await import(process.argv[1]);
const { keysDigest } = await import(process.argv[2]);
const [path, go, name] = process.argv.slice(3);
while (!existsSync(go)) await new Promise((done) => setTimeout(done, 2));
for (let n = 0; n < 3; n++) {
  const keys = Array.from({ length: 20000 }, (_, i) => createHash('sha256').update(name + n + ':' + i).digest('hex').slice(0, 16)).sort();
  const digest = keysDigest(keys);
  await appendLedger(path, { delivery: name + '-' + n, date: '2025-12-10', markedAt: new Date().toISOString(), signers: keys.length, total: keys.length,
    keysSha256: digest, signerListFingerprint: digest.slice(0, 12), manifestSha256: 'f'.repeat(64), sources: [], keys });
}
`;

/**
 * Six processes, released at once, each append three deliveries to one ledger (after `before` readies its folder):
 * every delivery is kept, none is reported as a problem, and no lock is left.
 */
async function sixWritersKeepEveryDelivery(before: (path: string) => Promise<void> = async () => {}): Promise<void> {
  const path = tempLedger();
  const folder = join(path, '..', '..');
  const go = join(folder, 'go');
  try {
    await fsp.mkdir(join(path, '..'), { recursive: true });
    await before(path);
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const exits = names.map((name) => new Promise<number | null>((done) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', RACER, APPEND_MODULE, ENTRY_MODULE, path, go, name], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('exit', (code) => done(code));
    }));
    await fsp.writeFile(go, '');
    expect(await Promise.all(exits)).toEqual(names.map(() => 0));
    const after = await readLedger(path);
    expect(after.problems).toEqual([]);
    expect(after.entries.map((e) => e.delivery).sort()).toEqual(names.flatMap((name) => [0, 1, 2].map((n) => `${name}-${n}`)));
    // The lock is gone once the last writer is done.
    expect((await fsp.readdir(join(path, '..'))).sort()).toEqual(['ledger.jsonl']);
  } finally {
    await fsp.rm(folder, { recursive: true, force: true });
  }
}

describe('ledger writers running at once', () => {
  (buildMissing ? it.skip : it)('keeps every delivery that six parallel processes marked (needs npm run build)', async () => {
    await sixWritersKeepEveryDelivery();
  });
});

describe('an empty lock left by a writer killed before it wrote its owner', () => {
  (buildMissing ? it.skip : it)('is taken over by exactly one of six parallel writers at a time, and no delivery is lost (needs npm run build)', async () => {
    await sixWritersKeepEveryDelivery(async (path) => {
      await fsp.writeFile(`${path}.lock`, '');
      const then = new Date(Date.now() - 60_000);
      await fsp.utimes(`${path}.lock`, then, then);
    });
  });
});

describe('a lock left behind by a writer that died', () => {
  it('is taken over, and the append goes through', async () => {
    const path = tempLedger();
    const folder = join(path, '..', '..');
    try {
      await fsp.mkdir(join(path, '..'), { recursive: true });
      const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
      await fsp.writeFile(`${path}.lock`, JSON.stringify({ pid: dead, host: hostname(), since: Date.now(), token: 'dead' }));
      await appendLedger(path, makeEntry('embassy-2025', makeKeys(3, 'a')));
      expect((await readLedger(path)).entries.map((e) => e.delivery)).toEqual(['embassy-2025']);
      expect(await fsp.readdir(join(path, '..'))).toEqual(['ledger.jsonl']);
    } finally {
      await fsp.rm(folder, { recursive: true, force: true });
    }
  });
});
