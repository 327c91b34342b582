// `petition verify DIR`: re-hashes every file manifest.json lists and says exactly which ones differ and how.
import { promises as fsp } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { MANIFEST_FILE } from './build-manifest.js';
import { hashFile } from './hash-file.js';
import { counted } from '../../text/counted.js';

export interface Difference {
  path: string;
  problem: 'missing' | 'changed' | 'size';
  expected?: string;
  actual?: string;
}

export interface VerifyResult {
  ok: boolean;
  differences: Difference[];
  /** How many files were checked (outputs, and inputs when asked). */
  checked: number;
}

export interface VerifyOptions {
  /**
   * Also check the inputs, resolving their recorded paths against this folder (where the packet was built).
   * Off by default: the person who receives a packet usually does not have the raw exports.
   */
  inputsFrom?: string;
}

const listedFile = z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const manifestShape = z.object({ inputs: z.array(listedFile), outputs: z.array(listedFile) });

async function readManifest(dir: string): Promise<z.infer<typeof manifestShape>> {
  const path = join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`no ${MANIFEST_FILE} here: is this a packet folder made by \`petition packet\`?`, { file: path }, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`not valid JSON (${(error as Error).message})`, { file: path }, { cause: error });
  }
  const parsed = manifestShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`not a packet manifest: ${issue.path.join('.')}: ${issue.message}`, { file: path });
  }
  return parsed.data;
}

/** An output path must stay inside the packet folder, whatever a hand-edited manifest says. */
function insideFolder(dir: string, path: string): string {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError(`lists "${path}", which is outside the packet folder`, { file: join(dir, MANIFEST_FILE) });
  }
  return full;
}

async function check(expected: { path: string; bytes: number; sha256: string }, fullPath: string): Promise<Difference | null> {
  let size: number;
  try {
    const stat = await fsp.stat(fullPath);
    if (!stat.isFile()) return { path: expected.path, problem: 'missing', expected: counted(expected.bytes, 'byte'), actual: 'not a file' };
    size = stat.size;
  } catch {
    return { path: expected.path, problem: 'missing' };
  }
  if (size !== expected.bytes) {
    return { path: expected.path, problem: 'size', expected: counted(expected.bytes, 'byte'), actual: counted(size, 'byte') };
  }
  const { sha256 } = await hashFile(fullPath);
  if (sha256 !== expected.sha256) return { path: expected.path, problem: 'changed', expected: expected.sha256, actual: sha256 };
  return null;
}

export async function verifyPacket(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const manifest = await readManifest(dir);
  const differences: Difference[] = [];
  let checked = 0;
  for (const output of manifest.outputs) {
    const difference = await check(output, insideFolder(dir, output.path));
    checked += 1;
    if (difference) differences.push(difference);
  }
  if (options.inputsFrom !== undefined) {
    for (const input of manifest.inputs) {
      if (input.path === '-') continue; // standard input cannot be read again
      const difference = await check(input, resolve(options.inputsFrom, input.path));
      checked += 1;
      if (difference) differences.push(difference);
    }
  }
  return { ok: differences.length === 0, differences, checked };
}
