// Builds one delivery's packet: letters, summary, petition text, signature list, packet.pdf and manifest.json.
import { volumeFileName } from './volume-file-name.js';
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Writable } from 'node:stream';
import { loadCampaign } from '../campaign/load-campaign.js';
import { deliveryScanOptions, resolvedPath, windowClosedAtMark } from '../campaign/campaign-scan-options.js';
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import { DELIVERY_DEFAULTS } from '../campaign/campaign-schema.js';
import { outcomeOf, runDedupe, signerIsAnonymous, withoutMatcherState, type DedupeRun } from '../pipeline/run-dedupe.js';
import { scanSources, type ScanOptions } from '../pipeline/scan-sources.js';
import { withUndatedReplaced } from '../pipeline/undated-rows.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { signerKey, weakSignerKey } from '../dedupe/signer-key.js';
import { DeliveredMatcher, namesakeProblems, unmatchedNamesakeProblems, withoutWeakKeysProblems, type NamesakeDecisions, type UnsettledNamesake } from '../ledger/delivered-matcher.js';
import { composeLetters, type LetterContent, type LetterFacts } from './letter/compose-letters.js';
import { writeDocument, type PacketCover, type PacketPart, type PageSetup } from './pages/write-document.js';
import { localeFormat } from './pages/locale-format.js';
import { coverSignersLine } from './signature-list/list-layout.js';
import { occasionIn, occasionOffDay, withoutArticle } from './letter/known-occasions.js';
import { signatureListPart } from './pages/signature-list-part.js';
import { addresseeOf } from './pages/layout-part.js';
import { textIn, untranslatedLabels } from './letter/untranslated.js';
import { fillWords, packetWords, untranslatedPacketWords } from './pages/packet-words.js';
import { writeSignatureList } from './signature-list/write-signature-list.js';
import type { CutRows, ListEntry, ListOptions, VolumeSink } from './signature-list/list-types.js';
import { FontSet } from './fonts/font-set.js';
import { buildManifest, MANIFEST_FILE, type Manifest, type ManifestFile } from './manifest/build-manifest.js';
import { openStagingFolder, type StagingFolder } from '../output/staging-folder.js';
import { claimOutputFolder } from '../output/folder-kind.js';
import { lockOutputFolder } from '../output/output-folder-lock.js';
import { deliveredManifests } from '../ledger/delivered-manifests.js';
import { describeFile } from './manifest/describe-file.js';
import { CURRENT_RECIPE, packetFingerprint } from './manifest/packet-fingerprint.js';
import { statedFacts } from './manifest/stated-facts.js';
import { sourceNames } from './pages/source-names.js';
import { listInVolumes, listParts } from './list-parts.js';
import { writeManifest } from './manifest/write-manifest.js';
import { manifestWarnings } from './manifest/manifest-warnings.js';
import { writeFileAtomic, type OpenWrite } from '../output/atomic-write.js';
import { pickDelivery } from './pick-delivery.js';
import { SignerSpool } from './signer-spool.js';
import { signedBefore } from './signed-before.js';
import { SignerKeys, type SortedKeys } from './signer-keys.js';
import { createTzClock } from '../normalize/tz-clock.js';
import { ledgerPath, refuseTwoLedgers } from '../ledger/ledger-files.js';
import { matchOrphan, orphanedEntries, orphanedMessage, renamedAs } from '../ledger/orphaned-entries.js';
import { readLedger } from '../ledger/read-ledger.js';
import { refuseUnreadableLedger } from '../ledger/unreadable-lines.js';
import { openKeyedLedger } from '../ledger/keyed-ledger.js';
import { tamperedEntries } from '../ledger/ledger-seals.js';
import type { LedgerKeyer } from '../ledger/signer-secret.js';
import { appendLedger } from '../ledger/append-ledger.js';
import { deliveredBefore, latestEntry, type DeliveredBefore } from '../ledger/delivered-before.js';
import { followUpCounts } from '../ledger/follow-up-figures.js';
import { decisionsDigest, keysDigest, sameDecisions, type LedgerEntry } from '../ledger/ledger-entry.js';
import { campaignSheetRegister } from '../sheets/sheet-register.js';
import { paperPromiseProblems, sheetsNotToName, type NotNamedBecause, type WithheldPaperSigners } from '../sheets/paper-promises.js';
import { hashFile } from './manifest/hash-file.js';
import { checkLedgerTail, headPath, refuseLostTail, tailMessage } from '../ledger/ledger-head.js';
import type { Counts, Problem, Signature } from '../types.js';
import { UserError } from '../errors.js';
import { maskContactInPath } from '../output/mask.js';
import { shownSourceNames, withSourcesShown } from './manifest/shown-source-names.js';
import { countriesWithSigners, fromOneCountry, onlyCountryOf } from '../tally/countries-with-signers.js';
import { countryBucket } from '../tally/country-bucket.js';
import { fewestSignersNamed } from '../tally/fewest-named.js';
import { manifestCounts } from './manifest/count-only-counts.js';
import { distinctMessages, msg, withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { heldBackForPrint } from './printable-entry.js';
import { sortedDistinct } from '../text/sorted-distinct.js';
import { petitionCommand } from '../text/shell-words.js';

/** Columns that hold contact data: printed only when the organizer names them. */
export const CONTACT_COLUMNS = ['email', 'phone', 'street'] as const;

export interface PacketRequest {
  campaignPath: string;
  deliveryId?: string;
  outDir: string;
  now: Date;
  toolVersion: string;
  exact?: boolean;
  /** Deps.collectGarbage: run between phases when rows went to disk. */
  collectGarbage?: () => void;
  decisions?: ReviewDecision[];
  /** The file `decisions` were read from, listed among the manifest's inputs. */
  decisionsPath?: string;
  /** Contact columns the organizer asked for by name (email, phone, street); never printed otherwise. */
  includeColumns?: string[];
  compress?: boolean;
  onProgress?: ScanOptions['onProgress'];
  /** Record in the campaign's ledger which signers this packet delivered (`--mark-delivered`). */
  markDelivered?: boolean;
  /** Build a follow-up even when no one signed since the delivery it follows (`--allow-empty`). */
  allowEmpty?: boolean;
  /** Rebuild a delivery marked delivered even when the exports no longer give the signers it delivered (`--force`). */
  force?: boolean;
  /** Deps.openWrite: how every file of the packet is opened. */
  openWrite?: OpenWrite;
  /**
   * More files to write into the packet folder before the manifest, from the same figures (batch writes the press
   * kit this way); returns them as manifest entries, paths relative to the packet folder.
   */
  alsoWrite?: (decided: DecidedDelivery, outDir: string) => Promise<ManifestFile[]>;
}

/** A follow-up with no new signers: its letter would enclose an empty list. Refused unless asked for; exit 1, not 2. */
export class EmptyFollowUpError extends UserError {}

/** What a follow-up packet's manifest says about the packet it follows. */
export interface ManifestFollows {
  delivery: string;
  date: string;
  /** Signers delivered through the earlier packet(s). */
  signers: number;
  signerListFingerprint: string;
  manifestSha256: string;
}

export type PacketManifest = Manifest;

export interface PacketResult {
  campaign: Campaign;
  delivery: Delivery;
  run: DedupeRun;
  outputs: ManifestFile[];
  manifest: PacketManifest;
  missingCharacters: string[];
  /** Signature-list rows with a cell too long to print whole (cut to a few lines ending in "…"). */
  listRowsCut: CutRows;
  /** What a letter prints in another language's script for want of a translation: each a sentence naming what to add. */
  untranslated: Message[];
  /** Signers in this packet's list (for a follow-up: only those not delivered before). */
  signers: number;
  /** For a follow-up: the signers left out because an earlier packet carried them. */
  deliveredBefore?: { signers: number; leftOut: number };
  /** Contact columns asked for with --include that paper signers' rows leave empty (their sheet promised it). */
  paperContactsWithheld: string[];
  /** The ledger line written with `markDelivered`. */
  ledgerEntry?: LedgerEntry;
  /** The ledger file the mark was written to. */
  ledgerFile?: string;
  /** Files in the output folder that no build of a packet there wrote: left alone, but the folder is more than the packet. */
  foreignFiles: string[];
  /** Countries the packet's tables fold into "Other countries" whatever their rank (count-only), for the console's line. */
  foldedCountries: string[];
}

/** Everything a delivery's documents state, decided before any of them is drawn: the packet and the press kit share it. */
export interface DecidedDelivery {
  campaign: Campaign;
  delivery: Delivery;
  run: DedupeRun;
  before?: DeliveredBefore;
  /** The kept signers, spooled for the list; the caller closes it. */
  spool: SignerSpool;
  include?: (index: number) => boolean;
  /** Signers in this packet's list (for a follow-up: only those not delivered before). */
  signerCount: number;
  leftOut: number;
  /** Some listed signer was typed up from a paper sheet: the list shows where each paper original is. */
  fromPaper: boolean;
  /** The keys, kept only when the packet is to be marked delivered, and how the ledger keys them. */
  keys?: SortedKeys;
  /** The listed signers' weak keys as the ledger records them (LedgerEntry.weakKeys), each with its signer, kept with `keys`. */
  weakKeys?: SignersKey[];
  /** The stable keys of the listed signers' rows besides the kept one, each with its signer, kept with `keys` (LedgerEntry.rowKeys). */
  otherRowKeys?: SignersKey[];
  keyer?: LedgerKeyer;
  signerListFingerprint: string;
  /** The number the letter states, with the countries and the period it reports. */
  facts: LetterFacts;
  letters: LetterContent[];
  mainLanguage: string;
  title: string;
  target: string;
  /** What the packet fingerprint covers (the manifest's figures). */
  sealed: Omit<Manifest, 'outputs' | 'parts' | 'packetFingerprint'>;
  packetFingerprint: string;
  /** Count-only: countries too small to name in the list's table or in the total's, folded in both. */
  foldedCountries?: string[];
}

export type DeliveryRequest = Pick<PacketRequest, 'campaignPath' | 'deliveryId' | 'now' | 'toolVersion' | 'exact' | 'collectGarbage' | 'decisions' | 'decisionsPath' | 'includeColumns' | 'onProgress' | 'markDelivered' | 'allowEmpty' | 'force' | 'openWrite'>;

/**
 * Reads and deduplicates the campaign's sources, collects the delivery's signers and decides every figure its
 * documents print, the packet fingerprint included. The spool it returns must be closed by the caller.
 */
export async function decideDelivery(request: DeliveryRequest, outDir?: string): Promise<DecidedDelivery> {
  const campaign = await loadCampaign(request.campaignPath);
  const tz = campaign.timezone ?? 'UTC';
  const delivery = pickDelivery(campaign, request.deliveryId, createTzClock(tz).dayOf(request.now.getTime()));
  const ledgerFile = ledgerPath(request.campaignPath);
  const ledger = await readLedger(ledgerFile);
  // Refused before anything is built: the line it cannot read may be this delivery's record.
  if (request.markDelivered) refuseUnreadableLedger(ledger, ledgerFile);
  if (request.markDelivered) refuseTwoLedgers(request.campaignPath);
  // Signers are compared with the ledger only under its keyed hash; a ledger never used needs no secret yet.
  const keyed = ledger.entries.length || request.markDelivered || existsSync(headPath(ledgerFile)) ? await openKeyedLedger(ledgerFile, request.campaignPath, request.openWrite) : null;
  // A ledger that lost its last lines is not built on (ledger-head.ts); one without a recorded end gets one, said below.
  const tail = keyed ? await checkLedgerTail(ledgerFile, keyed.entries, keyed.keyer) : undefined;
  if (tail) refuseLostTail(tail, ledgerFile, request.campaignPath);
  const marked = latestEntry(keyed?.entries ?? [], delivery.id);
  if (request.markDelivered && marked) {
    throw new UserError(msg('packet.already-marked', { id: delivery.id, day: marked.markedAt.slice(0, 10), signers: marked.signers }), { file: ledgerFile });
  }
  const orphans = orphanedEntries(keyed?.entries ?? [], campaign.deliveries.map((d) => d.id));
  if (request.markDelivered && request.force !== true && orphans.length) {
    // The packet folder's earlier manifest, if any: a line pinning it is this packet, whatever the date says.
    const folderManifest = outDir === undefined ? undefined : await hashFile(join(outDir, MANIFEST_FILE)).then((h) => h.sha256, () => undefined);
    const matches = orphans.map((entry) => ({ entry, match: matchOrphan(entry, delivery, folderManifest) }));
    const same = matches.find((m) => m.match === 'same') ?? matches.find((m) => m.match === 'date-only');
    if (same) {
      throw new UserError(msg('packet.orphan-same-day', { id: delivery.id, date: delivery.date, delivery: same.entry.delivery, file: basename(campaign.file), by: same.match === 'same' ? (folderManifest === same.entry.manifestSha256 ? 'manifest' : 'target') : 'date' }), { file: ledgerFile });
    }
  }
  const before = delivery.since === undefined ? undefined : followedDelivery(campaign, delivery, keyed?.entries ?? [], ledgerFile);
  const sheetRegister = await campaignSheetRegister(campaign.file);
  const scanOptions = deliveryScanOptions(campaign, delivery, request.now, request.onProgress, sheetRegister);
  scanOptions.window = windowClosedAtMark(scanOptions.window, marked);
  const run = await dedupeForList({ ...scanOptions, exact: request.exact, decisions: request.decisions, collectGarbage: request.collectGarbage });

  const listOrder = LIST_ORDER[delivery.order ?? DELIVERY_DEFAULTS.order];
  const delivered = before && keyed ? { before, key: keyed.keyer.key, decisions: campaign.namesakes } : undefined;
  // A sheet keeps what its privacy notice promised: its signers are not named to a target it did not name, nor in a
  // public list when it said "to no one else".
  const notToName = sheetRegister ? sheetsNotToName(sheetRegister, delivery, campaign) : new Map<string, NotNamedBecause>();
  const { spool, include, count: signerCount, leftOut, fromPaper, paperSheets, withheld, weakKeys, otherRows, unsettled, unmatched } = await collectSigners(
    run, { ...scanOptions, onProgress: undefined }, request.includeColumns ?? [], listOrder, delivered, request.markDelivered === true && keyed !== undefined, notToName,
  );
  const otherRowKeys = otherRows ? listedOtherRows(otherRows, spool, include) : [];
  // Taken now: the spool lets go of its keys before the list is drawn.
  const listedWeakKeys = request.markDelivered && keyed ? ledgerWeakKeys(weakKeys, spool, include, keyed.keyer) : [];
  if (before) run.scan.problems.push(...withoutWeakKeysProblems(before, ledgerFile), ...namesakeProblems(unsettled, before.chain[0].delivery, campaign.file), ...unmatchedNamesakeProblems(unmatched, campaign.file));
  if (sheetRegister) run.scan.problems.push(...paperPromiseProblems(sheetRegister, paperSheets, delivery, campaign, withheld));
  run.scan.problems.push(...signedAfterDelivery(run, delivery, campaign.file));
  for (const entry of keyed ? tamperedEntries(ledger.entries, keyed.keyer) : []) {
    const text = msg('ledger.line-tampered', { delivery: entry.delivery, file: ledgerFile });
    run.scan.problems.push(withText({ source: ledgerFile, code: 'ledger_tampered', message: english().say(text) }, text));
  }
  run.scan.problems.push(...occasionOnOtherDay(delivery, campaign.file));
  const tailText = tail ? tailMessage(tail, ledgerFile) : null;
  if (tailText) run.scan.problems.push(withText({ source: ledgerFile, code: 'ledger_tail_recorded_now', message: english().say(tailText) }, tailText));
  const markedIds = new Set((keyed?.entries ?? []).map((e) => e.delivery));
  for (const entry of orphans) {
    const text = orphanedMessage(entry, campaign.file, renamedAs(entry, campaign.deliveries, markedIds));
    run.scan.problems.push(withText({ source: ledgerFile, code: 'ledger_orphaned', message: english().say(text) }, text));
  }
  try {
    if (before && signerCount === 0 && !request.allowEmpty) {
      throw new EmptyFollowUpError(msg('packet.empty-follow-up', { id: delivery.id, since: before.chain[0].delivery, date: before.chain[0].date }), { file: request.campaignPath });
    }
    // The keys are needed again only to mark the packet delivered: otherwise they go before the list is drawn.
    const anonymousSignersFingerprint = spool.anonymousKeysFingerprint(include);
    const keys: SortedKeys | undefined = spool.takeKeys(include);
    const fingerprint = keys.fingerprint();
    if (marked && keyed) run.scan.problems.push(rebuiltAsDelivered(marked, { keys, total: (before ? leftOut : 0) + signerCount }, keyed.keyer, delivery, campaign.file, request.force === true, request.decisions));
    // A further signer without a date may have signed before the earlier delivery too: "signed since" is said only when
    // every one of them is dated after it.
    const earliest = before ? spool.earliestSigning(include) : undefined;
    const furtherSignedBefore = before !== undefined && earliest !== undefined && (earliest.undated || signedBefore(earliest.first, before.chain[0].date, campaign.timezone));
    const facts = letterFacts(run, before, leftOut, delivery.privacy, furtherSignedBefore);
    const letters = composeLetters(campaign, delivery.id, facts);
    const languages = campaign.petition.languages;
    const mainLanguage = delivery.languages?.[0] ?? languages[0];
    const title = textIn(campaign.petition.title, mainLanguage, languages) ?? '';
    const target = addresseeIn(letters, 'to-official', mainLanguage);

    // Everything the packet fingerprint covers is known before a page is drawn, so every page can print it.
    const listed = spool.listedCounts(delivery.anonymous ?? DELIVERY_DEFAULTS.anonymous, include);
    const parts = listParts(listed, { split: listSplit(delivery), language: mainLanguage, privacy: delivery.privacy, enclosed: !(before && signerCount === 0) });
    // The decisions move the count as the exports do; listed as the exports are, relative to the campaign file.
    const decisionsAs = request.decisionsPath ? relative(dirname(resolve(request.campaignPath)), resolve(request.decisionsPath)).split(sep).join('/') : null;
    const shown = shownSourceNames([...run.scan.sources.map((source) => source.name), ...Object.keys(run.counts.bySource), ...(decisionsAs !== null ? [decisionsAs] : [])]);
    const inputs: ManifestFile[] = [];
    for (const source of run.scan.sources) {
      inputs.push(await describeFile(resolvedPath(campaign, source.spec), { as: shown.get(source.name) ?? source.name, rows: source.rows }));
    }
    if (request.decisionsPath && decisionsAs !== null) {
      inputs.push(await describeFile(request.decisionsPath, { as: shown.get(decisionsAs) ?? decisionsAs, rows: request.decisions?.length ?? 0 }));
    }
    if (delivery.privacy !== 'count-only') run.scan.problems.push(...contactInNamesProblems(shown, campaign.file));
    const earlier = before?.chain[0];
    const sealed = {
      tool: { name: 'petition-courier', version: request.toolVersion },
      campaign: maskContactInPath(campaign.file),
      target: target,
      delivery: `${delivery.id}: ${delivery.date}, ${delivery.place}${delivery.occasion ? ` (${delivery.occasion})` : ''}`,
      privacy: delivery.privacy,
      createdFor: delivery.id,
      counts: withSourcesShown(manifestCounts(run.counts, delivery.privacy), shown),
      // A count-only packet's folder names no export file (a file name can name a group or a place of signing).
      inputs: delivery.privacy === 'count-only' ? [] : inputs,
      signerListFingerprint: fingerprint,
      anonymousSignersFingerprint,
      ...(earlier && before ? { follows: { delivery: earlier.delivery, date: earlier.date, signers: before.signers, signerListFingerprint: earlier.signerListFingerprint, manifestSha256: earlier.manifestSha256 } } : {}),
      listParts: parts,
      stated: statedFacts(campaign, letters),
      fingerprintRecipe: CURRENT_RECIPE,
    };
    return {
      campaign, delivery, run, before, spool, include, signerCount, leftOut, fromPaper, ...(request.markDelivered && keyed ? { keys, weakKeys: listedWeakKeys, otherRowKeys, keyer: keyed.keyer } : {}),
      signerListFingerprint: fingerprint, facts, letters, mainLanguage, title, target, sealed, packetFingerprint: packetFingerprint(sealed),
      ...(delivery.privacy === 'count-only' ? { foldedCountries: foldedInEither(run.counts, listed.countries) } : {}),
    };
  } catch (error) {
    spool.close();
    throw error;
  }
}

export async function buildPacket(request: PacketRequest): Promise<PacketResult> {
  const decided = await decideDelivery(request, request.outDir);
  const { campaign, delivery, run, before, spool, include, signerCount, leftOut, fromPaper, letters, mainLanguage, title, target, sealed, foldedCountries, facts } = decided;
  const fingerprint = decided.signerListFingerprint;
  const packetPrint = decided.packetFingerprint;
  const ledgerFile = ledgerPath(request.campaignPath);
  const listOrder = LIST_ORDER[delivery.order ?? DELIVERY_DEFAULTS.order];
  const languages = campaign.petition.languages;
  const keys = decided.keys;
  let unlockFolder: (() => Promise<void>) | undefined;
  try {
    const setup: PageSetup = {
      paper: delivery.paper ?? DELIVERY_DEFAULTS.paper,
      orientation: delivery.orientation ?? DELIVERY_DEFAULTS.orientation,
      creationDate: new Date(`${delivery.date}T00:00:00Z`),
      title,
      compress: request.compress,
      fingerprint: packetPrint,
      language: mainLanguage,
    };
    const listOptions: ListOptions = {
      title,
      target,
      profile: delivery.privacy,
      ...(foldedCountries ? { foldedCountries } : {}),
      anonymous: delivery.anonymous ?? DELIVERY_DEFAULTS.anonymous,
      paper: setup.paper,
      orientation: setup.orientation,
      order: listOrder,
      split: listSplit(delivery),
      extraColumns: request.includeColumns,
      paperColumn: fromPaper,
      creationDate: setup.creationDate,
      fingerprint,
      packetFingerprint: packetPrint,
      totalSigners: signerCount,
      ...(before ? { previousSigners: leftOut, previousDate: before.chain[0].date, previousNoLongerCounted: facts.previous?.noLongerCounted ?? 0, furtherSignedBefore: facts.previous?.furtherSignedBefore === true } : {}),
      // The summary's "Signatures received", explained on each volume cover, when the list holds every signer counted.
      ...(!before && run.counts.unique === signerCount ? { receivedSignatures: run.counts.accepted } : {}),
      language: mainLanguage,
      timezone: campaign.timezone,
      compress: request.compress,
    };
    const signers = spool.ordered(listOptions, include);

    const letterParts: PacketPart[] = letters.map((letter) => ({ kind: 'letter', letter, to: addresseeIn(letters, letter.kind, mainLanguage) }));
    const summaryPart: PacketPart = { kind: 'summary', counts: run.counts, title, target, language: mainLanguage, timezone: campaign.timezone, sourceNames: sourceNames(campaign.sources, run.scan.sources, mainLanguage), fewestNamed: fewestSignersNamed(delivery.privacy, 'official'), ...(foldedCountries ? { foldedCountries } : {}) };
    const textParts: PacketPart[] = languages.map((language) => ({ kind: 'petition-text', language, title: textIn(campaign.petition.title, language, languages) ?? title, text: campaign.petition.text[language], packetLanguage: mainLanguage }));

    const fonts = FontSet.load();
    const outputs: ManifestFile[] = [];
    // The packet is written into a staging folder and moved into place whole (staging-folder.ts); a packet that fails
    // halfway (a full disk) leaves nothing in or beside the output folder.
    // Held until the packet is in place and marked: another run into the folder stops, rather than replace this packet.
    unlockFolder = await lockOutputFolder(request.outDir, request.openWrite);
    await claimOutputFolder(request.outDir, { kind: 'packet', delivery: delivery.id, force: request.force === true, deliveredManifests: await deliveredManifests(request.campaignPath) });
    const staging = await openStagingFolder(request.outDir, request.openWrite);
    const stagedDir = staging.path;
    const written: string[] = [];
    const output = async (name: string, fill: (out: Writable) => Promise<{ pages: number }>, mode = 0o644) => {
      let pages = 0;
      const path = join(stagedDir, name);
      await writeFileAtomic(path, async (out) => {
        pages = (await fill(out)).pages;
      }, { mode, open: request.openWrite });
      written.push(path);
      outputs.push(await describeFile(path, { as: name, pages }));
    };
    // Names of signers are personal data: owner-only files. The letter and the text carry none.
    const PRIVATE = 0o600;
    let missingCharacters: string[] = [];
    let listRowsCut: CutRows = { count: 0, first: [] };
    const untranslated = distinctMessages([
      ...untranslatedPacketWords(mainLanguage), ...untranslatedLabels(campaign, mainLanguage), ...letters.flatMap((letter) => letter.untranslated ?? []),
    ]);
    const { manifestFile, packetManifest, foreignFiles } = await removedOnFailure(staging, written, async () => {
      await output('letter.pdf', (out) => writeDocument(letterParts, setup, out));
      await output('summary.pdf', (out) => writeDocument([summaryPart], setup, out));
      await output('petition-text.pdf', (out) => writeDocument(textParts, setup, out));

      // A follow-up with no one new (--allow-empty): the letters say so and enclose no list, so none is printed.
      const listEnclosed = !(before && signerCount === 0);
      if (listEnclosed && listInVolumes(listOptions.split, delivery.privacy)) {
        const volumes: Array<{ name: string; pages: number }> = [];
        const sink: VolumeSink = async (volume, fill) => {
          const name = volumeFileName(volume.index, volume.count);
          const path = join(stagedDir, name);
          await writeFileAtomic(path, fill, { mode: PRIVATE, open: request.openWrite });
          written.push(path);
          volumes.push({ name, pages: 0 });
        };
        const result = await writeSignatureList(signers, listOptions, sink, fonts);
        missingCharacters = result.missingCharacters;
        listRowsCut = result.cutRows;
        for (const [index, volume] of volumes.entries()) {
          outputs.push(await describeFile(join(stagedDir, volume.name), { as: volume.name, pages: result.volumes[index]?.pages }));
        }
      } else if (listEnclosed) {
        await output('signatures.pdf', async (out) => {
          const result = await writeSignatureList(signers, listOptions, out, fonts);
          missingCharacters = result.missingCharacters;
          listRowsCut = result.cutRows;
          return result;
        }, PRIVATE);
      }
      const cover = packetCover({ campaign, delivery, title, target, signers: coverSignersLine(signerCount, before ? leftOut : undefined, mainLanguage), language: mainLanguage, fingerprint: packetPrint });
      const listParts = listEnclosed ? [signatureListPart(signers, listOptions)] : [];
      await output('packet.pdf', (out) => writeDocument([...letterParts, summaryPart, ...textParts, ...listParts], setup, out, { cover }), PRIVATE);

      if (request.alsoWrite) outputs.push(...await request.alsoWrite(decided, stagedDir));
      const packetManifest: PacketManifest = buildManifest({ ...sealed, outputs, warnings: manifestWarnings(missingCharacters, untranslated) });
      if (packetManifest.packetFingerprint !== packetPrint) throw new Error('the manifest does not give the packet fingerprint printed on its pages');
      const listFiles = outputs.map((o) => o.path).filter((path) => /^signatures(-vol-\d+)?\.pdf$/.test(path));
      if (listFiles.join() !== (sealed.listParts ?? []).map((part) => part.path).join()) {
        throw new Error(`the list files written (${listFiles.join(', ')}) are not those the packet fingerprint covers`);
      }
      await writeManifest(stagedDir, packetManifest, request.openWrite);
      const foreign = await staging.publish(outputs.map((o) => o.path), MANIFEST_FILE);
      return { manifestFile: join(request.outDir, MANIFEST_FILE), packetManifest, foreignFiles: foreign.map((name) => join(request.outDir, name)) };
    });
    const result: PacketResult = {
      campaign, delivery, run, outputs, manifest: packetManifest, missingCharacters, listRowsCut, signers: signerCount,
      untranslated, paperContactsWithheld: fromPaper ? request.includeColumns ?? [] : [], foreignFiles, foldedCountries: foldedCountries ?? [],
      ...(before ? { deliveredBefore: { signers: before.signers, leftOut } } : {}),
    };
    if (request.markDelivered && keys && decided.keyer) {
      const keyer = decided.keyer;
      const sorted = ledgerKeys(keys, keyer);
      const weak = ledgerKeysBySigner(decided.weakKeys ?? [], sorted, keyer, { keyed: true, distinct: false });
      const rows = ledgerKeysBySigner(decided.otherRowKeys ?? [], sorted, keyer, { keyed: false, distinct: true });
      const entry: LedgerEntry = {
        delivery: delivery.id, date: delivery.date, markedAt: request.now.toISOString(), target: delivery.target,
        ...(delivery.since !== undefined ? { since: delivery.since } : {}),
        signers: sorted.length, total: (before ? leftOut : 0) + sorted.length, keysSha256: keysDigest(sorted),
        signerListFingerprint: fingerprint, packetFingerprint: packetPrint, manifestSha256: (await hashFile(manifestFile)).sha256,
        ...(request.decisions?.length ? { decisions: { sha256: decisionsDigest(request.decisions), count: request.decisions.length } } : {}),
        sources: campaign.sources.map((s) => s.pathAsWritten), keyId: keyer.keyId, keys: sorted,
        weakKeys: weak.keys, rowKeys: rows.keys, weakKeysSigner: weak.signers, rowKeysSigner: rows.signers,
      };
      result.ledgerEntry = await appendLedger(ledgerFile, entry, keyer, request.openWrite).catch((error: unknown) => {
        // The packet stands; the ledger is as it was (append-ledger.ts): "not marked" is what the organizer must know.
        if (!(error instanceof UserError)) throw error;
        throw new UserError(msg('ledger.not-marked', { reason: error.text, delivery: delivery.id, folder: request.outDir }), error.location, { cause: error });
      });
      result.ledgerFile = ledgerFile;
    }
    return result;
  } finally {
    spool.close();
    await unlockFolder?.();
  }
}

/**
 * Runs the packet's writes; when one fails, the files written before it are removed and the error says so, so that a
 * full disk leaves no packet without its manifest (each file on its own is whole already: see atomic-write.ts).
 */
async function removedOnFailure<T>(staging: StagingFolder, written: readonly string[], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await staging.remove();
    const shown = staging.shownAtTarget(error);
    if (!(shown instanceof UserError) || written.length === 0) throw shown;
    const names = written.map((path) => basename(path)).join(', ');
    throw new UserError(msg('packet.removed-on-failure', { error: shown.text, names, count: written.length }), shown.location, { cause: shown });
  }
}

/**
 * The list needs only who was kept: the matcher's table and records (tens to hundreds of MB at a million rows) are
 * dropped here, in a frame of its own, so that no register of buildPacket's long-running frame still holds them.
 */
async function dedupeForList(options: Parameters<typeof runDedupe>[0]): Promise<DedupeRun> {
  const run = await runDedupe(options);
  return { ...withoutMatcherState(run), table: null };
}

/** The signers an earlier packet carried, from the ledger; a follow-up cannot be built before its predecessor is marked delivered. */
function followedDelivery(campaign: Campaign, delivery: Delivery, entries: LedgerEntry[], ledgerFile: string): DeliveredBefore {
  const sinceOf = (id: string) => campaign.deliveries.find((d) => d.id === id)?.since;
  const found = deliveredBefore(entries, delivery.since as string, sinceOf);
  if ('missing' in found) {
    throw new UserError(msg('packet.follows-unmarked', { id: delivery.id, missing: found.missing, command: petitionCommand(['packet', '--campaign', campaign.file, '--delivery', found.missing, '-o', `packets/${found.missing}`, '--mark-delivered']) }), { file: ledgerFile });
  }
  return found;
}

/**
 * A delivery marked delivered, built again: said every time, with the date and the number delivered. When the exports
 * no longer give the signers it delivered (rows removed, decisions changed), rebuilding would put other figures on
 * paper than the official holds: refused unless forced, and then said.
 */
function rebuiltAsDelivered(
  marked: LedgerEntry, built: { keys: SortedKeys; total: number }, keyer: LedgerKeyer, delivery: Delivery, file: string, force: boolean, decisions: readonly ReviewDecision[] | undefined,
): Problem {
  const sorted = ledgerKeys(built.keys, keyer);
  // A follow-up's own list may come out the same while its total does not (a decision about two rows delivered
  // before): the total is what its letter stated, so it is compared too.
  const same = keysDigest(sorted) === marked.keysSha256 && built.total === marked.total;
  const values = { id: delivery.id, date: marked.date, signers: marked.signers, followUp: marked.since !== undefined ? 'yes' : 'no', now: sorted.length };
  // Delivered with review decisions this build does not apply: the decisions differ, not the exports; --force would
  // only print a number the official was not given.
  if (!same && !force && marked.decisions && !sameDecisions(marked, decisions)) {
    throw new UserError(msg('packet.delivered-with-decisions', { ...values, signers: marked.total, now: built.total, count: marked.decisions.count, given: decisions?.length ? 'other' : 'none' }), { file });
  }
  if (!same && !force) throw new UserError(msg('packet.delivered-differs', values), { file });
  const text = msg(same ? 'packet.delivered-same' : 'packet.delivered-forced', values);
  return withText({ source: file, code: 'already_delivered', message: english().say(text) }, text);
}

/** What a spooled signer without a name has for a weak key: none (weakSignerKey). */
const NO_WEAK_KEY = '0000000000000000';

/** A key of a listed signer's (a weak key, another row's key) with the stable key of that signer's kept row. */
interface SignersKey {
  key: string;
  signerKey: string;
}

/** The listed signers' weak keys, keyed, each with its signer: one per signer with a name. */
function ledgerWeakKeys(weakKeys: SignerKeys, spool: SignerSpool, include: ((index: number) => boolean) | undefined, keyer: LedgerKeyer): SignersKey[] {
  const keyed: SignersKey[] = [];
  for (let i = 0; i < spool.size; i++) {
    const weak = weakKeys.at(i);
    if (weak !== NO_WEAK_KEY && (include?.(i) ?? true)) keyed.push({ key: keyer.key(weak), signerKey: spool.keyAt(i) });
  }
  return keyed;
}

/** Rows dedupe did not keep: each one's signer (its cluster) and stable key. */
interface OtherRows {
  clusters: number[];
  keys: string[];
}

/** The stable keys of the rows in `otherRows` whose signer the list carries (`include` of the spool's order), each with its signer. */
function listedOtherRows(otherRows: OtherRows, spool: SignerSpool, include: ((index: number) => boolean) | undefined): SignersKey[] {
  const listed = new Map<number, string>();
  for (let i = 0; i < spool.size; i++) if (include?.(i) ?? true) listed.set(spool.clusterOf(i), spool.keyAt(i));
  const rows: SignersKey[] = [];
  otherRows.keys.forEach((key, i) => {
    const signerKey = listed.get(otherRows.clusters[i]);
    if (signerKey !== undefined) rows.push({ key, signerKey });
  });
  return rows;
}

/**
 * Keys of the listed signers as the ledger records them (LedgerEntry.weakKeys, rowKeys): keyed, sorted, none of them a
 * kept row's key for `distinct` row keys, and beside them whose each is (the signer's index in `keptKeys`), so that
 * `status` counts people, not rows.
 */
function ledgerKeysBySigner(keys: readonly SignersKey[], keptKeys: readonly string[], keyer: LedgerKeyer, how: { keyed: boolean; distinct: boolean }): { keys: string[]; signers: number[] } {
  const signerIndex = new Map(keptKeys.map((key, i) => [key, i]));
  const pairs: Array<[string, number]> = [];
  const seen = new Set<string>();
  for (const { key, signerKey } of keys) {
    const ledgerKey = how.keyed ? key : keyer.key(key);
    const signer = signerIndex.get(keyer.key(signerKey));
    if (signer === undefined || (how.distinct && (signerIndex.has(ledgerKey) || seen.has(ledgerKey)))) continue;
    seen.add(ledgerKey);
    pairs.push([ledgerKey, signer]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map(([key]) => key), signers: pairs.map(([, signer]) => signer) };
}

/** The signers' keys as the ledger records them: keyed, distinct, sorted. */
function ledgerKeys(keys: SortedKeys, keyer: LedgerKeyer): string[] {
  return sortedDistinct(Array.from(keys.strings(), (key) => keyer.key(key)));
}

/** Signatures dated after the delivery day (read against its window, `deliveryWindow`): left out, and said how many. */
function signedAfterDelivery(run: DedupeRun, delivery: Delivery, file: string): Problem[] {
  const count = run.counts.rejectReasons.outside_date_window ?? 0;
  if (count === 0) return [];
  const text = msg('packet.after-delivery', { count, date: delivery.date });
  return [withText({ source: file, code: 'after_delivery', message: english().say(text) }, text)];
}

/** A known observance named for a delivery dated another day: the letters and the kit would print a false date for it. */
function occasionOnOtherDay(delivery: Delivery, file: string): Problem[] {
  const offDay = occasionOffDay(delivery.occasion, delivery.date);
  if (!offDay) return [];
  const text = msg('delivery.occasion-off-day', { ...offDay, id: delivery.id });
  return [withText({ source: file, code: 'occasion_other_day', message: english().say(text) }, text)];
}

const LIST_ORDER = { signed: 'time', name: 'name', country: 'country' } as const;

/**
 * Pass 2: the kept row of every signer, spooled to disk as the list prints it, with its stable key. With
 * `delivered`, a signer any of whose rows has a delivered key is left out: the kept row may differ from the one
 * delivered.
 */
async function collectSigners(
  run: DedupeRun, scanOptions: ScanOptions, includeColumns: string[], order: ListOptions['order'],
  delivered?: { before: DeliveredBefore; key: (stableKey: string) => string; decisions?: NamesakeDecisions },
  keepOtherRows = false,
  notToName: ReadonlyMap<string, NotNamedBecause> = new Map(),
): Promise<{
  spool: SignerSpool; include?: (index: number) => boolean; count: number; leftOut: number; fromPaper: boolean; paperSheets: Set<string>;
  /** Paper signers not named as their sheet's privacy notice promised (those who asked to be anonymous are not among them). */
  withheld: WithheldPaperSigners;
  /** Each spooled signer's weak key (weakSignerKey; NO_WEAK_KEY for a signer without a name), in spool order. */
  weakKeys: SignerKeys; unsettled: UnsettledNamesake[];
  /** The namesakes decisions no row answers to (delivered-matcher.ts). */
  unmatched: string[];
  /** With `keepOtherRows`: the rows dedupe did not keep, for the ledger (a signer is found by any of their rows). */
  otherRows?: OtherRows;
}> {
  const { kept, cluster, signers } = outcomeOf(run);
  const heldBack: Problem[] = [];
  let fromPaper = false;
  const withheld: WithheldPaperSigners = { 'other-target': 0, renamed: 0, 'not-public': 0 };
  const paperSheets = new Set<string>();
  const spool = new SignerSpool(order, keptCount(kept));
  const weakKeys = new SignerKeys(Math.max(1, keptCount(kept)));
  const matcher = delivered ? new DeliveredMatcher(delivered.before, delivered.key, signers, delivered.decisions) : undefined;
  const otherRows: OtherRows | undefined = keepOtherRows ? { clusters: [], keys: [] } : undefined;
  try {
    await scanSources(scanOptions, (event) => {
      if (event.kind !== 'accepted') return;
      const isKept = kept[event.index] === 1;
      if (!isKept && !matcher && !otherRows) return;
      const key = signerKey(event.signature);
      if (!isKept && otherRows) {
        otherRows.clusters.push(cluster[event.index]);
        otherRows.keys.push(key);
      }
      // One weak key a row, for the list's weak keys and the matcher alike (keyed only for the matcher).
      const weakBasis = isKept || matcher?.wantsWeakKey ? weakSignerKey(event.signature) : null;
      if (matcher && delivered) {
        matcher.row(event.signature, cluster[event.index], delivered.key(key), event.undated, matcher.wantsWeakKey && weakBasis !== null ? delivered.key(weakBasis) : null);
      }
      if (isKept) {
        weakKeys.add(weakBasis ?? NO_WEAK_KEY);
        const entry = listEntry(event.signature, includeColumns);
        entry.anonymous = signerIsAnonymous(run, event.index, entry.anonymous);
        const datedByAnotherRow = entry.paper?.datedBy ? run.datedElsewhere.get(cluster[event.index]) : undefined;
        if (entry.paper && datedByAnotherRow !== undefined) {
          // The signer's own date from another of their rows is their signing day: shown unmarked, not the sheet's day.
          entry.signedAt = datedByAnotherRow;
          entry.paper = { sheet: entry.paper.sheet, line: entry.paper.line };
        }
        // Whatever the normalizer's reading of names and towns missed is held back here, at the one door to the list.
        heldBack.push(...heldBackForPrint(entry, event.signature));
        if (entry.paper) {
          fromPaper = true;
          paperSheets.add(entry.paper.sheet);
          const because = notToName.get(entry.paper.sheet);
          if (because && !entry.anonymous) {
            entry.anonymous = true;
            entry.withheld = true;
            withheld[because]++;
          }
        }
        spool.add(entry, key, cluster[event.index]);
      }
    });
  } catch (error) {
    spool.close();
    throw error;
  }
  run.scan.problems.push(...heldBack);
  if (!matcher) return { spool, count: spool.size, leftOut: 0, fromPaper, paperSheets, withheld, weakKeys, otherRows, unsettled: [], unmatched: [] };
  const { delivered: deliveredCluster, unsettled, undated, unmatched } = matcher.finish();
  withUndatedReplaced(run.scan.problems, undated.problems(scanOptions.windowOf));
  const include = (i: number) => deliveredCluster[spool.clusterOf(i)] !== 1;
  let count = 0;
  for (let i = 0; i < spool.size; i++) if (include(i)) count++;
  return { spool, include, count, leftOut: spool.size - count, fromPaper, paperSheets, withheld, weakKeys, otherRows, unsettled, unmatched };
}

/** Rows dedupe kept: the spool's size, so its columns are allocated once. */
function keptCount(kept: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < kept.length; i++) count += kept[i] === 1 ? 1 : 0;
  return count;
}

const PAPER_CONTACT: Record<string, string> = { email: '', phone: '', street: '' };

function listEntry(s: Signature, includeColumns: string[]): ListEntry {
  const entry: ListEntry = { name: s.name, city: s.city, region: s.region, postcode: s.postcode, country: countryBucket(s), signedAt: s.signedAt, anonymous: s.anonymous };
  if (s.paper) entry.paper = { sheet: s.paper.sheet, line: s.paper.line, ...(s.paper.datedBy ? { datedBy: s.paper.datedBy } : {}) };
  if (includeColumns.length) {
    // A paper sheet promised its signers their email is never printed (its privacy notice): --include does not reach them.
    const contact: Record<string, string> = s.paper ? PAPER_CONTACT : { email: s.email, phone: s.phone, street: s.street };
    entry.extra = Object.fromEntries(includeColumns.map((column) => [column, contact[column] ?? s.extra[column] ?? '']));
  }
  return entry;
}

/**
 * For a follow-up too, the total is the current tally's, as in the summary and the manifest: the earlier signers still
 * counted plus this packet's. Earlier signers no longer counted (a row withdrawn, two delivered rows since decided one
 * person) are named, not silently added back from the ledger. `furtherSignedBefore`: some further signer signed on or
 * before the earlier delivery's day (a row its export lacked then), so the letters don't say they "signed since".
 */
function letterFacts(run: DedupeRun, before: DeliveredBefore | undefined, stillCounted: number, privacy: Delivery['privacy'], furtherSignedBefore: boolean): LetterFacts {
  const { counts } = run;
  const signersByCountry = Object.entries(counts.byCountry).map(([code, bucket]) => [code, bucket.unique] as const);
  const countries = countriesWithSigners(signersByCountry);
  const onlyCountry = onlyCountryOf(signersByCountry, fewestSignersNamed(privacy, 'official'));
  const someWithoutCountry = countries === 1 && !fromOneCountry(signersByCountry);
  const facts: LetterFacts = { signers: counts.unique, countries, ...(someWithoutCountry ? { someWithoutCountry } : {}), onlyCountry, firstSigned: counts.firstSigned, lastSigned: counts.lastSigned, ...(counts.sheetDated ? { sheetDated: counts.sheetDated } : {}) };
  if (!before) return facts;
  const split = followUpCounts(before, counts.unique, stillCounted);
  return { ...facts, previous: { date: before.chain[0].date, signers: split.stillCounted, noLongerCounted: split.noLongerCounted, ...(furtherSignedBefore ? { furtherSignedBefore } : {}) } };
}

/** What packet.pdf's cover says, in the packet's main language: the petition, to whom, when and where, how many signed, and a fingerprint. */
function packetCover(input: { campaign: Campaign; delivery: Delivery; title: string; target: string; signers: string; language: string; fingerprint: string }): PacketCover {
  const { delivery, language } = input;
  const format = localeFormat(language);
  const place = delivery.places?.[language] ?? delivery.place;
  const occasion = withoutArticle(occasionIn(language, delivery.occasion, delivery.occasions) ?? '');
  const words = packetWords(language);
  const when = [format.date(delivery.date), place].filter(Boolean).join(words.comma);
  return {
    title: input.title,
    recipient: input.target,
    delivery: occasion ? fillWords(words.aside, { text: when, aside: occasion }) : when,
    signers: input.signers,
    from: input.campaign.organizer.organizations?.[language] ?? input.campaign.organizer.organization,
    fingerprint: input.fingerprint,
    language,
  };
}

/**
 * "His Excellency Mr. Xi Jinping, President of the People's Republic of China": who a letter of `kind` addresses,
 * office and all, as the letter in the packet's main language names them.
 */
function addresseeIn(letters: LetterContent[], kind: LetterContent['kind'], language: string): string {
  const letter = letters.find((l) => l.kind === kind && l.language === language) ?? letters.find((l) => l.kind === kind) ?? letters[0];
  return letter ? addresseeOf(letter) : '';
}

function listSplit(delivery: Delivery): ListOptions['split'] {
  return delivery.split === 'country' ? { by: 'country' } : typeof delivery.split === 'number' ? { every: delivery.split } : undefined;
}

/** Countries with fewer signers than a count-only packet names, in the total or among the listed signers. */
function foldedInEither(counts: Counts, listed: ReadonlyMap<string, number>): string[] {
  const fewest = fewestSignersNamed('count-only', 'official');
  const folded = new Set<string>();
  for (const [code, bucket] of Object.entries(counts.byCountry)) if (bucket.unique < fewest) folded.add(code);
  for (const [code, signers] of listed) if (signers < fewest) folded.add(code);
  return [...folded].sort();
}

/**
 * One warning for the export files whose names hold an email or a phone number: manifest.json, handed over with the
 * packet, names them masked, and the organizer is told so (and how to keep the names out entirely).
 */
function contactInNamesProblems(shown: ReadonlyMap<string, string>, campaignFile: string): Problem[] {
  const masked = [...shown].filter(([name, as]) => name !== as).map(([, as]) => `"${as}"`);
  if (masked.length === 0) return [];
  const text = msg('problem.source-name-contact', { count: masked.length, shown: masked.join(', ') });
  return [withText({ source: campaignFile, code: 'source_name_contact', message: english().say(text) }, text)];
}
