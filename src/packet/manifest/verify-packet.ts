// `petition verify DIR`: checks the manifest against what a forger cannot rewrite (the ledger, the fingerprint on
// paper, its own figures), then re-hashes every file it lists and names every file it does not list.
import { createHash } from 'node:crypto';
import { existsSync, promises as fsp } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors.js';
import { latestEntry } from '../../ledger/delivered-before.js';
import { readLedger } from '../../ledger/read-ledger.js';
import { headDeliveries, headPath, linesWithoutHead } from '../../ledger/ledger-head.js';
import { isChainBreak, unreadableLines } from '../../ledger/unreadable-lines.js';
import type { LedgerEntry } from '../../ledger/ledger-entry.js';
import { sealHolds } from '../../ledger/ledger-seals.js';
import { keyerFromSecret, readSecret } from '../../ledger/signer-secret.js';
import { MANIFEST_FILE } from './build-manifest.js';
import { emptyFoldersUnder, filesUnder } from '../../output/files-under.js';
import { hashFile } from './hash-file.js';
import { readRegularFile } from '../../output/read-regular-file.js';
import { KIT_FILE, PRESS_FOLDER } from '../../press/kit-file-names.js';
import { letterPartsDifference } from './letter-parts.js';
import { printedFooters } from './printed-fingerprints.js';
import { rangeDifference, type ExpectedRange } from './list-ranges.js';
import { isVolumeFileName } from '../volume-file-name.js';
import { nextPageNumber, pageNumberDifference, type NumberedFile, type PrintedPageNumber } from './page-numbers.js';
import { packetFingerprint, readTypedFingerprint, type FingerprintedContent } from './packet-fingerprint.js';
import { counted } from '../../text/counted.js';
import { english } from '../../i18n/translator.js';
import { msg, withText, type Message } from '../../i18n/message.js';
import { enclosingPacket, type EnclosingPacket } from './enclosing-packet.js';
import { firstOfMany } from '../../text/first-of-many.js';
import { LISTED_TWICE, manifestFault, MAX_MANIFEST_BYTES, notEntriesFault } from './manifest-faults.js';
import { maskedNameMatches } from './shown-source-names.js';

export interface Difference {
  path: string;
  /**
   * missing / changed / size: a listed file (missing also when it is not a file, or is a symbolic link). unlisted: a
   * file the manifest does not list, or a folder with no file in it ('more/'). unsealed: the manifest
   * carries no packet fingerprint. fingerprint: its figures do not give its fingerprint. paper / ledger: it differs
   * from the fingerprint typed from paper / from what the ledger recorded when the packet was marked delivered.
   * printed: a page of the file prints another packet fingerprint at its foot (or, on a page of the list, none).
   * pages: the file has another number of pages than the manifest says. range: the list's pages (in a list file or
   * packet.pdf) print another range of signatures than the manifest's listParts give it, none, or ranges that do not
   * run on from page to page (a list cut short, padded or with a page taken out, its hash patched in). numbering: a
   * page prints another page number than its place gives it, or none (a page taken out, added or moved). letters:
   * letter.pdf holds another number of letters than the manifest states, or one in another language (a one-page letter
   * taken out or replaced). extra: a listed file that is no part of the packet its fingerprint covers (added, listed).
   */
  problem: 'missing' | 'changed' | 'size' | 'unlisted' | 'unsealed' | 'fingerprint' | 'paper' | 'ledger' | 'printed' | 'pages' | 'range' | 'numbering' | 'letters' | 'extra';
  /** For `printed`: the page (from 1) whose foot prints another fingerprint, or none; for `range`, the page that does not run on. */
  page?: number;
  expected?: string;
  actual?: string;
  /** The line in catalog form where `expected` or `actual` are English words; not enumerable, so --json keeps the English. */
  readonly text?: Message;
}

export interface VerifyResult {
  ok: boolean;
  differences: Difference[];
  /** How many files were checked (outputs, and inputs when asked). */
  checked: number;
  /** The packet fingerprint recomputed from the manifest's figures; null when it carries none. */
  packetFingerprint: string | null;
  /** What the manifest was checked against beyond itself. Without either, a forger who rewrote it consistently passes. */
  checkedAgainst: Array<'ledger' | 'paper'>;
  /**
   * Whether every output's bytes are proven: only the ledger proves them (it pins the manifest, which pins each file).
   * The paper fingerprint cannot cover them, since it is printed inside them; it proves the figures and signers (and, in manifests of recipe 1, the inputs).
   */
  filesProven: boolean;
  /**
   * Why the ledger line that matched could not be authenticated (no campaign secret to check its MAC with, or no MAC):
   * whoever carried the copy of the ledger could have written the forged manifest's hash into it, so the line proves
   * nothing about the files and the packet does not pass (`ok` is false, with no difference to name).
   */
  ledgerUnauthenticated?: Message;
  /** The campaign's secret is not beside the ledger (a copied ledger): its line's MAC could not be checked. */
  ledgerNoSecret?: true;
  /** The ledger line carries no MAC (written before lines were sealed, or stripped): not proof, but not tampering either. */
  ledgerNotSealed?: true;
  /**
   * The delivery the ledger line the manifest matched records (verifyS2 F15): a genuine packet of another delivery
   * (an older, smaller or count-only one) also matches its own line, so the checker is told which delivery it is.
   */
  delivery?: RecordedDelivery;
  /**
   * The ledger holds lines but not its recorded end (ledger-head.json): a line lost from its end, this packet's
   * included, would not show (verifyS2 F10). `status` says how to settle it.
   */
  ledgerHeadMissing?: true;
  /**
   * For a press kit: whether the packet's manifest around it lists its manifest (then the ledger that pins the packet
   * pins the kit). The packet fingerprint a kit states does not cover the kit: alone, it ties the kit to a packet by name.
   */
  pressKit?: { listedInPacket: boolean };
}

/** A delivery as its ledger line records it. */
export interface RecordedDelivery {
  id: string;
  /** The delivery's date in the campaign (YYYY-MM-DD). */
  date: string;
  /** The target's id in the campaign; absent in lines of older ledgers. */
  target?: string;
  markedAt: string;
  signers: number;
  /** Signers delivered so far, this packet included (more than `signers` for a follow-up). */
  total: number;
}

export interface VerifyOptions {
  /**
   * Also check the inputs, resolving their recorded paths against this folder (where the packet was built).
   * Off by default: the person who receives a packet usually does not have the raw exports.
   */
  inputsFrom?: string;
  /** The packet fingerprint as printed on the paper letter, typed by whoever holds it. */
  fingerprint?: string;
  /** The campaign's ledger: the manifest must be byte for byte the one recorded when the packet was marked delivered. */
  ledgerFile?: string;
  /** The campaign's secret, which each ledger line's MAC is checked with (src/ledger/signer-secret.ts). */
  secretFile?: string;
}

const listedFile = z.object({
  path: z.string().min(1), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().positive().optional(),
});
/** A list of files, each listed once: a file listed twice is checked twice, and counted twice ("6 checked" for 5 files). */
const listOfFiles = z.array(listedFile).superRefine((files, ctx) => {
  const seen = new Set<string>();
  files.forEach((file, index) => {
    const name = posix.normalize(file.path);
    if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [index, 'path'], message: LISTED_TWICE });
    seen.add(name);
  });
});
// A press kit's manifest lists no inputs (it sits in a public folder; see src/press/press-manifest.ts).
const manifestShape = z.object({ inputs: listOfFiles.default([]), outputs: listOfFiles, parts: z.array(z.string().min(1)).optional() });
/** A press kit's manifest states the packet fingerprint without the figures it covers: checked as stated. */
const pressShape = z.object({ kit: z.literal('press'), packetFingerprint: z.string(), figures: z.object({ signers: z.number() }).optional() });
/** The figures the packet fingerprint covers; counts are taken whole, as written. */
const sealedShape = z.object({
  target: z.string(), delivery: z.string(), privacy: z.string(), createdFor: z.string(),
  counts: z.record(z.string(), z.unknown()), signerListFingerprint: z.string(), anonymousSignersFingerprint: z.string().optional(),
  inputs: z.array(listedFile.extend({ rows: z.number().int().nonnegative().optional() })),
  follows: z.object({ delivery: z.string(), date: z.string(), signers: z.number(), signerListFingerprint: z.string(), manifestSha256: z.string() }).optional(),
  listParts: z.array(z.object({ path: z.string().min(1), first: z.number().int().positive(), count: z.number().int().nonnegative() })).optional(),
  // Taken whole, as written: the fingerprint is recomputed over exactly what the manifest says the documents state.
  stated: z.object({ petition: z.record(z.string(), z.unknown()), organizer: z.record(z.string(), z.unknown()), letters: z.array(z.record(z.string(), z.unknown())) }).passthrough().optional(),
  fingerprintRecipe: z.literal(2).optional(),
  packetFingerprint: z.string(),
});

/** At most this many missing entries are named; more end the list with "…". */
const MISSING_NAMED = 6;

/**
 * Why a manifest carries no fingerprint, in words (not the schema's "expected string, received undefined"): the
 * entries it lacks, or the first entry that holds something a packet never writes there.
 */
function unsealedMessage(paths: readonly (readonly PropertyKey[])[], json: unknown): Message {
  const named = (path: readonly PropertyKey[]) => path.map(String).join('.');
  const missing = paths.filter((path) => valueAt(json, path) === undefined).map(named);
  if (missing.length > 0) {
    const fields = firstOfMany(missing.slice(0, MISSING_NAMED).map((field) => `"${field}"`), missing.length);
    return msg('verify.difference.unsealed-missing', { path: MANIFEST_FILE, count: missing.length, fields });
  }
  return msg('verify.difference.unsealed-invalid', { path: MANIFEST_FILE, field: named(paths[0] ?? []) });
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface ReadManifest {
  listed: z.infer<typeof manifestShape>;
  json: unknown;
  sha256: string;
}

async function readManifest(dir: string): Promise<ReadManifest> {
  const path = join(dir, MANIFEST_FILE);
  let text: Buffer;
  try {
    // Sized first: a file of gigabytes is no manifest, and reading it whole would fail with a message about memory.
    const stat = await fsp.stat(path);
    if (!stat.isFile() && !stat.isDirectory()) throw new UserError(msg('verify.manifest.not-regular'), { file: path });
    if (stat.size > MAX_MANIFEST_BYTES) throw new UserError(msg('verify.manifest.too-large', { size: Math.ceil(stat.size / 2 ** 20), limit: MAX_MANIFEST_BYTES / 2 ** 20 }), { file: path });
    text = await readRegularFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // A mistyped folder is named as such: "no manifest.json here" would send the organizer looking for a file.
    const folder = await fsp.stat(dir).catch(() => undefined);
    if (!folder) throw new UserError(msg('verify.no-such-folder'), { file: dir }, { cause: error });
    if (!folder.isDirectory()) throw new UserError(msg('verify.not-a-folder'), { file: dir }, { cause: error });
    throw new UserError(msg('verify.no-manifest', { manifest: MANIFEST_FILE }), { file: path }, { cause: error });
  }
  const source = text.toString('utf8');
  if (source.trim() === '') throw new UserError(msg('verify.manifest.empty'), { file: path });
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    // Ends inside the text: cut short (a copy that did not finish), which is worth saying apart from a file replaced.
    const cutShort = error instanceof SyntaxError && endsEarly(error.message, source);
    throw new UserError(msg(cutShort ? 'verify.manifest.cut-short' : 'verify.not-json'), { file: path }, { cause: error });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UserError(notEntriesFault(json), { file: path });
  const parsed = manifestShape.safeParse(json);
  if (!parsed.success) throw new UserError(manifestFault(parsed.error.issues[0], json), { file: path });
  return { listed: parsed.data, json, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Whether JSON.parse stopped at the end of the text (the text was cut short), not at something wrong inside it. */
function endsEarly(parseError: string, source: string): boolean {
  if (/end of JSON input|Unterminated string/i.test(parseError)) return true;
  const at = /at position (\d+)/.exec(parseError);
  return at !== null && Number(at[1]) >= source.trimEnd().length;
}

/** An output path must stay inside the packet folder, whatever a hand-edited manifest says. */
function insideFolder(dir: string, path: string): string {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError(msg('verify.outside-folder', { path }), { file: join(dir, MANIFEST_FILE) });
  }
  return full;
}

/**
 * A listed file that is a symbolic link, or sits in a folder that is one: verify would read wherever the link points,
 * not what was handed over (a copy of the folder made without following links holds no such file).
 */
async function symbolicLinkOnPath(dir: string, path: string): Promise<Difference | null> {
  const parts = relative(resolve(dir), resolve(dir, path)).split(sep);
  for (let depth = 1; depth <= parts.length; depth++) {
    const link = parts.slice(0, depth).join('/');
    const full = join(dir, ...parts.slice(0, depth));
    const stat = await fsp.lstat(full).catch(() => undefined);
    if (!stat) return null;
    if (!stat.isSymbolicLink()) continue;
    const target = await fsp.readlink(full).catch(() => '?');
    return withText<Difference>({ path, problem: 'missing', actual: 'symbolic link' }, msg('verify.difference.symbolic-link', { path, link, target }));
  }
  return null;
}

/**
 * Where an input the manifest lists is on disk: at its path, or, for a name the manifest masked (an email or phone in
 * it: shown-source-names.ts), the file beside it whose name masks to it, told apart from others that do by its contents.
 */
async function inputOnDisk(from: string, input: { path: string; bytes: number; sha256: string }): Promise<string> {
  const atPath = resolve(from, input.path);
  if (!input.path.includes('…') || existsSync(atPath)) return atPath;
  const folder = dirname(atPath);
  const names = await fsp.readdir(folder).catch(() => [] as string[]);
  const candidates = names.filter((name) => maskedNameMatches(name, basename(atPath))).map((name) => join(folder, name));
  for (const candidate of candidates) {
    const stat = await fsp.stat(candidate).catch(() => null);
    if (stat?.isFile() && stat.size === input.bytes && (await hashFile(candidate)).sha256 === input.sha256) return candidate;
  }
  // One file of that name, changed since: said as changed, not missing.
  return candidates.length === 1 ? candidates[0] : atPath;
}

async function check(expected: { path: string; bytes: number; sha256: string }, fullPath: string): Promise<Difference | null> {
  let size: number;
  try {
    const stat = await fsp.stat(fullPath);
    if (stat.isDirectory()) return withText<Difference>({ path: expected.path, problem: 'missing', expected: counted(expected.bytes, 'byte'), actual: 'not a file' }, msg('verify.difference.not-a-file', { path: expected.path }));
    // A FIFO is never opened: reading one waits for a writer that never comes.
    if (!stat.isFile()) return withText<Difference>({ path: expected.path, problem: 'missing', expected: counted(expected.bytes, 'byte'), actual: 'not a regular file' }, msg('verify.difference.not-regular', { path: expected.path }));
    size = stat.size;
  } catch {
    return { path: expected.path, problem: 'missing' };
  }
  if (size !== expected.bytes) {
    return withText<Difference>({ path: expected.path, problem: 'size', expected: counted(expected.bytes, 'byte'), actual: counted(size, 'byte') }, msg('verify.difference.size', { path: expected.path, expected: expected.bytes, actual: size }));
  }
  const { sha256 } = await hashFile(fullPath);
  if (sha256 !== expected.sha256) return { path: expected.path, problem: 'changed', expected: expected.sha256, actual: sha256 };
  return null;
}

export async function verifyPacket(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { listed: manifest, json, sha256 } = await readManifest(dir);
  const differences: Difference[] = [];
  const checkedAgainst: VerifyResult['checkedAgainst'] = [];
  const press = pressShape.safeParse(json);
  const sealed = sealedShape.safeParse(json);
  const recomputed = press.success ? press.data.packetFingerprint : sealed.success ? packetFingerprint(sealed.data as unknown as FingerprintedContent) : null;
  const packet = press.success ? await enclosingPacket(dir) : null;
  if (packet && packet.listedSha256 !== sha256) {
    differences.push(withText<Difference>({ path: MANIFEST_FILE, problem: 'changed', expected: packet.listedSha256, actual: sha256 }, msg('verify.difference.press-not-as-listed', { path: MANIFEST_FILE, expected: packet.listedSha256.slice(0, 16), actual: sha256.slice(0, 16) })));
  }
  if (press.success) {
    // Nothing to recompute: the paper or the ledger checks the fingerprint it states.
  } else if (!sealed.success) {
    const issue = sealed.error.issues[0];
    differences.push(withText<Difference>({ path: MANIFEST_FILE, problem: 'unsealed', actual: `${issue.path.join('.')}: ${issue.message}` },
      unsealedMessage(sealed.error.issues.map((each) => each.path), json)));
  } else if (recomputed !== sealed.data.packetFingerprint) {
    differences.push({ path: MANIFEST_FILE, problem: 'fingerprint', expected: sealed.data.packetFingerprint, actual: recomputed ?? undefined });
  }
  if (options.fingerprint !== undefined) {
    const typed = readTypedFingerprint(options.fingerprint);
    if (!typed) throw new UserError(msg('verify.not-fingerprint', { typed: options.fingerprint }));
    checkedAgainst.push('paper');
    // A kit's figures give no fingerprint: it names the packet's, which is all there is to compare.
    const paper: Difference = { path: MANIFEST_FILE, problem: 'paper', expected: typed, actual: recomputed ?? 'none' };
    if (typed !== recomputed) differences.push(press.success ? withText(paper, msg('verify.difference.press-paper', { path: MANIFEST_FILE, expected: typed, actual: paper.actual ?? '' })) : paper);
  }
  let ledger: LedgerCheck = { difference: null };
  if (options.ledgerFile !== undefined) {
    checkedAgainst.push('ledger');
    ledger = await checkAgainstLedger(options.ledgerFile, options.secretFile, json, sha256, recomputed, packet);
    if (ledger.difference) differences.push(ledger.difference);
  }
  let checked = 0;
  const manifestLink = await symbolicLinkOnPath(dir, MANIFEST_FILE);
  if (manifestLink) differences.push(manifestLink);
  for (const output of manifest.outputs) {
    const full = insideFolder(dir, output.path);
    // What was delivered is the folder's own files: a link's target is somewhere else, and a copy may go without it.
    const difference = await symbolicLinkOnPath(dir, output.path) ?? await check(output, full);
    checked += 1;
    if (difference) differences.push(difference);
  }
  // What the pages print is checked against what the official holds (or the manifest states): a list taken from
  // another build prints that build's fingerprint, even when its hash was patched into manifest.json.
  const expectedOnPages = options.fingerprint !== undefined ? readTypedFingerprint(options.fingerprint) : sealed.success ? sealed.data.packetFingerprint : null;
  if (!press.success && sealed.success && expectedOnPages) {
    differences.push(...await printedDifferences(dir, sealed.data, manifest.outputs, expectedOnPages));
  }
  const outputPaths = manifest.outputs.map((o) => o.path);
  // What the fingerprint covers is required first: `parts` is not covered, a forger takes a volume out of it too.
  const required = new Set(sealed.success ? coveredParts(sealed.data, json) : []);
  if (manifest.parts) for (const part of manifest.parts) required.add(part);
  else if (sealed.success) for (const path of missingRequired(sealed.data, json, outputPaths)) required.add(path);
  for (const path of required) if (!outputPaths.includes(path)) differences.push({ path, problem: 'missing' });
  if (sealed.success && !press.success) {
    for (const path of outputPaths.filter((listed) => !isPacketPart(sealed.data, json, listed))) {
      differences.push(withText<Difference>({ path, problem: 'extra' }, msg('verify.difference.not-a-part', { path })));
    }
  }
  const listedPaths = new Set([MANIFEST_FILE, ...manifest.outputs.map((o) => relative(resolve(dir), resolve(dir, o.path)).replaceAll('\\', '/'))]);
  for (const path of await filesUnder(dir)) {
    if (!listedPaths.has(path)) differences.push(press.success ? withText<Difference>({ path, problem: 'unlisted' }, msg('verify.difference.press-unlisted', { path })) : { path, problem: 'unlisted' });
  }
  for (const folder of await emptyFoldersUnder(dir)) {
    differences.push(withText<Difference>({ path: `${folder}/`, problem: 'unlisted' }, msg('verify.difference.unlisted-folder', { path: `${folder}/` })));
  }
  if (options.inputsFrom !== undefined) {
    for (const input of manifest.inputs) {
      if (input.path === '-') continue; // standard input cannot be read again
      const difference = await check(input, await inputOnDisk(options.inputsFrom, input));
      checked += 1;
      if (difference) differences.push(difference);
    }
  }
  const { unauthenticated: ledgerUnauthenticated, why } = ledger;
  // A ledger line that was asked for and cannot be authenticated fails the packet even with no difference: a pass
  // would tell whoever reads it that the files are the delivered ones, which only the line's MAC can show.
  const ok = differences.length === 0 && !ledgerUnauthenticated;
  // The ledger pins a packet's manifest; a press kit's only through the packet's manifest that lists it.
  const filesProven = ok && checkedAgainst.includes('ledger') && (!press.success || packet !== null);
  const headMissing = options.ledgerFile !== undefined && await linesWithoutHead(options.ledgerFile);
  return {
    ok, differences, checked, packetFingerprint: recomputed, checkedAgainst, filesProven,
    ...(ledger.entry ? { delivery: recordedDelivery(ledger.entry) } : {}),
    ...(headMissing ? { ledgerHeadMissing: true as const } : {}),
    ...(ledgerUnauthenticated ? { ledgerUnauthenticated } : {}),
    ...(why === 'no-secret' ? { ledgerNoSecret: true as const } : why === 'not-sealed' ? { ledgerNotSealed: true as const } : {}),
    ...(press.success ? { pressKit: { listedInPacket: packet !== null } } : {}),
  };
}

function recordedDelivery(entry: LedgerEntry): RecordedDelivery {
  return {
    id: entry.delivery, date: entry.date, ...(entry.target !== undefined ? { target: entry.target } : {}),
    markedAt: entry.markedAt, signers: entry.signers, total: entry.total,
  };
}

/** What the ledger says of the manifest: a difference, or why its line, though it matches, proves nothing. */
interface LedgerCheck {
  difference: Difference | null;
  /** The line found for the manifest's delivery. */
  entry?: LedgerEntry;
  unauthenticated?: Message;
  why?: 'no-secret' | 'not-sealed';
}

/** The ledger line written when the packet was marked delivered holds the manifest's SHA-256 and the packet fingerprint. */
async function checkAgainstLedger(
  ledgerFile: string, secretFile: string | undefined, json: unknown, sha256: string, recomputed: string | null, packet: EnclosingPacket | null,
): Promise<LedgerCheck> {
  const entry = await ledgerEntryFor(ledgerFile, json);
  if (!('delivery' in entry)) return { difference: entry };
  // The line is a plain JSON file: only its MAC under the campaign secret shows it was not edited in place.
  const secret = secretFile === undefined ? null : await readSecret(secretFile);
  const difference = compareWithEntry(entry, json, sha256, recomputed, packet);
  // A line without a MAC was written before lines were sealed: it is compared, but proves nothing (not tampering).
  if (secret && entry.mac === undefined && entry.previousSeal === undefined) {
    return { difference, entry, unauthenticated: msg('verify.ledger.no-mac', { delivery: entry.delivery }), why: 'not-sealed' };
  }
  if (secret && !sealHolds(entry, keyerFromSecret(secret))) return { difference: unchecked(msg('verify.ledger.bad-mac', { delivery: entry.delivery })) };
  if (!secret) return { difference, entry, unauthenticated: msg('verify.ledger.no-secret', { delivery: entry.delivery }), why: 'no-secret' };
  return { difference, entry };
}

function unchecked(reason: Message): Difference {
  return withText<Difference>({ path: MANIFEST_FILE, problem: 'ledger', actual: english().say(reason) }, msg('verify.difference.ledger-unchecked', { path: MANIFEST_FILE, reason }));
}

/** The one ledger line recording the manifest's delivery, or why there is none to check it against. */
async function ledgerEntryFor(ledgerFile: string, json: unknown): Promise<LedgerEntry | Difference> {
  const delivery = (json as { createdFor?: unknown }).createdFor;
  const ledger = await readLedger(ledgerFile);
  const { entries } = ledger;
  // The ledger refuses a second mark, so a second line for one delivery was written by hand: picking either one
  // would let an appended line vouch for a forged manifest (and fail the genuine one).
  const times = typeof delivery === 'string' ? entries.filter((recorded) => recorded.delivery === delivery).length : 0;
  if (times > 1) {
    return unchecked(msg('verify.ledger.recorded-twice', { delivery: delivery as string, times }));
  }
  const entry = typeof delivery === 'string' ? latestEntry(entries, delivery) : undefined;
  const [unreadable] = unreadableLines(ledger);
  if (!entry && unreadable && typeof delivery === 'string') {
    // The line it cannot read may be this delivery's record: "not marked delivered" would be a wrong reason.
    return unchecked(isChainBreak(unreadable)
      ? msg('verify.ledger.broken-chain', { delivery, line: unreadable.line })
      : msg('verify.ledger.unreadable-line', { delivery, line: unreadable.line, problem: unreadable.message }));
  }
  // Lost from the ledger's end, where no later line shows the chain broken: its recorded end (ledger-head.ts) names it.
  if (!entry && typeof delivery === 'string' && (await headDeliveries(ledgerFile)).includes(delivery)) {
    return unchecked(msg('verify.ledger.tail-lost', { delivery, head: headPath(ledgerFile) }));
  }
  if (!entry) {
    return unchecked(typeof delivery === 'string' ? msg('verify.ledger.not-delivered', { delivery }) : msg('verify.ledger.no-delivery'));
  }
  return entry;
}

function compareWithEntry(entry: LedgerEntry, json: unknown, sha256: string, recomputed: string | null, packet: EnclosingPacket | null): Difference | null {
  // A press kit's manifest is not the packet's: the ledger pins the packet's manifest, which lists the kit's when the
  // kit was built into the packet folder; a kit on its own is checked for the packet it names and the count it states.
  const pressKit = (json as { kit?: unknown }).kit === 'press';
  if (!pressKit && entry.manifestSha256 !== sha256) return { path: MANIFEST_FILE, problem: 'ledger', expected: entry.manifestSha256, actual: sha256 };
  if (packet && entry.manifestSha256 !== packet.manifestSha256) return { path: `../${MANIFEST_FILE}`, problem: 'ledger', expected: entry.manifestSha256, actual: packet.manifestSha256 };
  const stated = pressKit ? (json as { figures?: { signers?: unknown } }).figures?.signers : undefined;
  if (typeof stated === 'number' && stated !== entry.total) {
    return withText<Difference>({ path: MANIFEST_FILE, problem: 'ledger', expected: String(entry.total), actual: String(stated) }, msg('verify.difference.press-signers', { path: MANIFEST_FILE, stated, recorded: entry.total, delivery: entry.delivery }));
  }
  if (pressKit && entry.packetFingerprint === undefined) return unchecked(msg('verify.ledger.no-fingerprint'));
  if (entry.packetFingerprint !== undefined && entry.packetFingerprint !== recomputed) {
    return { path: MANIFEST_FILE, problem: 'ledger', expected: entry.packetFingerprint, actual: recomputed ?? 'none' };
  }
  return null;
}

/**
 * Every page of the packet's documents must print `expected` at its foot; every page of a list file must print it at
 * all (a page without one could come from anywhere). Each file must have the pages the manifest says, and a list file
 * (and packet.pdf, for the whole list) must print the signatures its listParts entry gives it, page after page: a forged
 * list with its hash patched in prints the right fingerprint, but not the right pages and signatures. A file that is
 * missing is reported as such, not here.
 */
async function printedDifferences(
  dir: string, sealed: z.infer<typeof sealedShape>, outputs: ReadonlyArray<z.infer<typeof listedFile>>, expected: string,
): Promise<Difference[]> {
  const listFiles = new Set((sealed.listParts ?? []).map((part) => part.path));
  const documents = [...new Set([...ALWAYS_WRITTEN, ...listFiles])];
  // Any other PDF listed is read too: one added and listed (another packet's list) prints another fingerprint.
  const others = outputs.map((output) => output.path).filter((path) => /\.pdf$/iu.test(path) && !documents.includes(path));
  const differences: Difference[] = [];
  const numbered = new Map<string, Array<PrintedPageNumber | null>>();
  for (const path of [...documents, ...others]) {
    let data: Buffer;
    try {
      data = await readRegularFile(insideFolder(dir, path));
    } catch {
      continue;
    }
    let pages: Awaited<ReturnType<typeof printedFooters>>;
    try {
      pages = await printedFooters(data);
    } catch (error) {
      // A list the current recipe wrote is a PDF whose pages can be read; anything else cannot vouch for its signers.
      if (listFiles.has(path)) differences.push(withText<Difference>({ path, problem: 'printed', expected, actual: 'unreadable' }, msg('verify.difference.printed-unreadable', { path, reason: error instanceof Error ? error.message : String(error) })));
      continue;
    }
    const stated = outputs.find((output) => output.path === path)?.pages;
    if (stated !== undefined && stated !== pages.length) {
      differences.push(withText<Difference>({ path, problem: 'pages', expected: String(stated), actual: String(pages.length) }, msg('verify.difference.pages', { path, expected: stated, actual: pages.length })));
    }
    // A page that prints a range of signatures is a page of the list, in packet.pdf too: it must print the code. So
    // must every page of a PDF the build does not write; a press kit's poster prints none.
    const mayPrintNone = (documents.includes(path) && !listFiles.has(path)) || isPressKitFile(path);
    pages.forEach(({ fingerprint: printed, range }, index) => {
      const page = index + 1;
      if (printed === null ? mayPrintNone && range === null : printed === expected) return;
      differences.push(printed === null
        ? withText<Difference>({ path, problem: 'printed', page, expected, actual: 'none' }, msg('verify.difference.printed-none', { path, page, expected }))
        : withText<Difference>({ path, problem: 'printed', page, expected, actual: printed }, msg('verify.difference.printed', { path, page, expected, actual: printed })));
    });
    if (!documents.includes(path)) continue;
    const range = expectedRange(sealed, path);
    if (range) {
      const difference = rangeDifference(path, range, pages.flatMap((page, index) => (page.range ? [{ ...page.range, page: index + 1 }] : [])));
      if (difference) differences.push(difference);
    }
    if (range && !range.printed && range.last >= range.first && !pages.some((page) => page.certified?.includes(range.total))) {
      differences.push(withText<Difference>({ path, problem: 'range', expected: `certificate of ${range.total}`, actual: 'none' }, msg('verify.difference.certificate-none', { path, total: range.total })));
    }
    numbered.set(path, pages.map((page) => page.page));
  }
  const numbering = numberingDifferences(sealed, numbered);
  differences.push(...numbering);
  // The letters the fingerprint covers, one numbered from its page 1 after another: counted once their numbers run on.
  const letterPages = numbered.get(LETTER_FILE);
  const letters = sealed.stated?.letters.map((letter) => (typeof letter.language === 'string' ? letter.language : undefined));
  if (letterPages && letters && !numbering.some((difference) => difference.path === LETTER_FILE)) {
    const difference = letterPartsDifference(LETTER_FILE, letterPages, letters);
    if (difference) differences.push(difference);
  }
  return differences;
}

/**
 * Where the page numbers printed in the documents read do not run as built: each document from page 1 to the total
 * every one of its pages prints, and the list's volumes on from one to the next through the list's total.
 */
function numberingDifferences(sealed: z.infer<typeof sealedShape>, numbered: ReadonlyMap<string, ReadonlyArray<PrintedPageNumber | null>>): Difference[] {
  const differences: Difference[] = [];
  const volumes = [...(sealed.listParts ?? [])].filter((part) => isVolumeFileName(part.path)).sort((a, b) => a.first - b.first);
  const volumePaths = new Set(volumes.map((part) => part.path));
  for (const [path, pages] of numbered) {
    if (volumePaths.has(path)) continue;
    const difference = pageNumberDifference({ path, pages, first: 1, ends: true, restarts: path !== PACKET_FILE });
    if (difference) differences.push(difference);
  }
  let first = 1;
  let total: number | undefined;
  for (const [index, volume] of volumes.entries()) {
    const pages = numbered.get(volume.path);
    if (!pages) return differences;
    const file: NumberedFile = { path: volume.path, pages, first, ends: index === volumes.length - 1, total };
    const difference = pageNumberDifference(file);
    if (difference) return [...differences, difference];
    first = nextPageNumber(file);
    total ??= pages.find((page) => page !== null)?.total;
  }
  return differences;
}

/**
 * The signatures a file's pages must print: a list file those its listParts entry gives it; packet.pdf, which binds
 * every volume in order, the whole list. Null for a file that holds no part of the list.
 */
function expectedRange(sealed: z.infer<typeof sealedShape>, path: string): ExpectedRange | null {
  const parts = sealed.listParts ?? [];
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  const printed = sealed.privacy !== 'count-only';
  const part = parts.find((each) => each.path === path);
  if (part) return { first: part.first, last: part.first + part.count - 1, total, printed };
  if (path !== PACKET_FILE || parts.length === 0) return null;
  return { first: Math.min(...parts.map((each) => each.first)), last: Math.max(...parts.map((each) => each.first + each.count - 1)), total, printed };
}

/** The files the packet fingerprint covers: every packet's documents, and the list's files when it records them. */
function coveredParts(sealed: z.infer<typeof sealedShape>, json: unknown): string[] {
  if ((json as { kit?: unknown }).kit !== undefined || !sealed.listParts) return [];
  return [...ALWAYS_WRITTEN, ...sealed.listParts.map((part) => part.path)];
}

/** What every packet holds; a list goes with every delivery whose privacy profile prints one, unless a follow-up had no one new. */
const PACKET_FILE = 'packet.pdf';
const LETTER_FILE = 'letter.pdf';
const ALWAYS_WRITTEN = [LETTER_FILE, 'summary.pdf', 'petition-text.pdf', PACKET_FILE];

/** A file of a press kit built into the packet folder (press/, with its own manifest), which a delivery may add. */
function isPressKitFile(path: string): boolean {
  const [folder, name, ...deeper] = path.split('/');
  return folder === PRESS_FOLDER && deeper.length === 0 && name !== undefined && (name === MANIFEST_FILE || KIT_FILE.test(name));
}

/**
 * Whether a listed file is a part of the packet its fingerprint covers: its documents, the list's files it records,
 * or a press kit. A manifest that records no list files (written before they were covered) cannot tell: any passes.
 */
function isPacketPart(sealed: z.infer<typeof sealedShape>, json: unknown, path: string): boolean {
  if ((json as { kit?: unknown }).kit !== undefined || !sealed.listParts) return true;
  return ALWAYS_WRITTEN.includes(path) || sealed.listParts.some((part) => part.path === path) || isPressKitFile(path);
}

/**
 * For a manifest written before manifests listed their parts: outputs the sealed figures say the packet has but the
 * manifest does not list. A press kit holds other files and a follow-up may enclose no list, so neither is held to this.
 */
function missingRequired(sealed: z.infer<typeof sealedShape>, json: unknown, listed: readonly string[]): string[] {
  if ((json as { kit?: unknown }).kit !== undefined) return [];
  const missing = ALWAYS_WRITTEN.filter((path) => !listed.includes(path));
  const listPrinted = sealed.privacy !== 'count-only' && sealed.follows === undefined;
  const hasList = listed.some((path) => path === 'signatures.pdf' || isVolumeFileName(path));
  if (listPrinted && !hasList) missing.push('signatures.pdf');
  return missing;
}
