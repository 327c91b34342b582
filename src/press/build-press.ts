// Builds a delivery's press kit: per language a poster (PDF, large and small), two social cards (PNG) and a release
// (Markdown and text), from the figures the packet states, with a manifest that `petition verify` checks.
import { join } from 'node:path';
import { occasionOffDay } from '../packet/letter/known-occasions.js';
import { decideDelivery, EmptyFollowUpError, type DecidedDelivery, type DeliveryRequest } from '../packet/build-packet.js';
import { DELIVERY_DEFAULTS } from '../campaign/campaign-schema.js';
import { embassyIn, officialIn, untranslatedOfficial } from '../packet/letter/compose-letters.js';
import { FontSet } from '../packet/fonts/font-set.js';
import { fontMeasure } from '../packet/fonts/font-measure.js';
import { writePageModels } from '../packet/pages/write-document.js';
import { MANIFEST_FILE, type ManifestFile } from '../packet/manifest/build-manifest.js';
import { describeFile } from '../packet/manifest/describe-file.js';
import { writeManifest } from '../packet/manifest/write-manifest.js';
import { buildPressManifest, type PressManifest } from './press-manifest.js';
import { KIT_FILE, PRESS_FOLDER } from './kit-file-names.js';
import { makeFolders, writeFailure, writeFileAtomic, writeWholeFileAtomic, type OpenWrite } from '../output/atomic-write.js';
import { openStagingFolder, type StagingFolder } from '../output/staging-folder.js';
import { UserError } from '../errors.js';
import { loadPressTemplates, pressLanguages } from './press-templates.js';
import { pressFacts, releaseMarkdown, releaseText, type PressFacts } from './press-facts.js';
import { CARD_SIZES, layoutCard, layoutPoster, type CardShape } from './layout-press.js';
import { pageSvg } from './page-svg.js';
import { rasterizeSvg } from './rasterize-svg.js';
import { POSTER_PAPERS, posterPapers, type PosterPaper } from './poster-paper.js';
import { msg, type Message } from '../i18n/message.js';
import { pressUrlWarnings } from './press-url-warnings.js';
import { untranslatedOrganization, untranslatedPressText } from '../packet/letter/untranslated.js';
import { lockOutputFolder } from '../output/output-folder-lock.js';
import { claimOutputFolder } from '../output/folder-kind.js';
import { deliveredManifests } from '../ledger/delivered-manifests.js';
import { promises as fsp } from 'node:fs';

export interface PressKitOptions {
  outDir: string;
  /** Languages of the kit; the petition's languages that have press templates when left out. */
  languages?: string[];
  /** The paper family: A4 gives an A3 poster and an A4 one, Letter a Tabloid and a Letter one. The delivery's paper by default. */
  paper?: 'A4' | 'Letter';
  openWrite?: OpenWrite;
  compress?: boolean;
}

/** Milliseconds spent on each part, all languages together. */
export interface PressTimings {
  poster: number;
  cards: number;
  release: number;
}

export interface PressKit {
  languages: string[];
  outputs: ManifestFile[];
  timings: PressTimings;
  /** Characters no font has (printed as a replacement mark). */
  missingCharacters: string[];
  /** What the kit could not print as the campaign gives it (a petition URL too long), for the organizer. */
  warnings: Message[];
}

export interface PressRequest extends DeliveryRequest, PressKitOptions {}

/** A kit for a delivery no one signed: a poster saying "0" is refused unless asked for (`--allow-empty`), as an empty follow-up is. */
export class EmptyPressKitError extends EmptyFollowUpError {}

/** The packet's "no new signers" refusal, said of the kit: the release would announce that no one signed. */
function asPressKitError(error: unknown): unknown {
  if (!(error instanceof EmptyFollowUpError) || error instanceof EmptyPressKitError || typeof error.text === 'string') return error;
  return new EmptyPressKitError(msg('press.empty-follow-up', error.text.values), error.location);
}

export interface PressResult extends PressKit {
  decided: Omit<DecidedDelivery, 'spool' | 'keys'>;
  manifest: PressManifest;
}

/** `petition press`: decides the delivery's figures as the packet does, then writes the kit and its manifest. */
export async function buildPress(request: PressRequest): Promise<PressResult> {
  const decided = await decideDelivery({ ...request, markDelivered: false }).catch((error: unknown) => {
    throw asPressKitError(error);
  });
  // The press kit names no signer: the spooled list is not needed.
  decided.spool.close();
  // Two kits built into one folder at once would each report success while one replaced the other's files.
  const unlockFolder = await lockOutputFolder(request.outDir, request.openWrite);
  try {
    return await buildLockedPress(request, decided);
  } finally {
    await unlockFolder();
  }
}

async function buildLockedPress(request: PressRequest, decided: Awaited<ReturnType<typeof decideDelivery>>): Promise<PressResult> {
  const { earlier, listedByPacket } = await claimOutputFolder(request.outDir, {
    kind: 'press', delivery: decided.delivery.id, force: request.force === true, deliveredManifests: await deliveredManifests(request.campaignPath),
  });
  if (decided.facts.signers === 0 && !request.allowEmpty) {
    throw new EmptyPressKitError(msg('press.no-signers', { id: decided.delivery.id }), { file: request.campaignPath });
  }
  const { spool: _spool, keys: _keys, ...figures } = decided;
  void _spool;
  void _keys;
  // Built in a staging folder beside the output and moved in only when whole: a disk that fills up at the cards would
  // otherwise leave the posters written before them, a kit that no manifest describes.
  const staging = await openStagingFolder(request.outDir, request.openWrite);
  let kit: PressKit;
  let manifest: PressManifest;
  try {
    kit = await writePressKit(figures, { ...request, outDir: staging.path });
    manifest = pressManifest(figures, kit.outputs);
    await writeManifest(staging.path, manifest, request.openWrite);
  } catch (error) {
    await staging.remove();
    throw staging.shownAtTarget(error);
  }
  await moveIntoPlace(staging, request.outDir, kit.outputs.map((file) => file.path), MANIFEST_FILE, request.openWrite);
  // The folder is the tool's own output: files an earlier kit listed and this one does not (a language left out)
  // would state an older number beside the new one. A file the enclosing packet's manifest lists stays: removing it
  // would break that packet (--force only replaces what the new kit writes).
  const kept = new Set([...kit.outputs.map((file) => file.path), ...listedByPacket]);
  for (const path of earlier?.paths ?? []) {
    if (!kept.has(path) && KIT_FILE.test(path)) await fsp.rm(join(request.outDir, path), { force: true });
  }
  return { ...kit, decided: figures, manifest };
}

/**
 * The kit's files, then its manifest, renamed from the staging folder into `outDir` (which may hold an earlier kit,
 * or be a packet's folder: only the kit's own files are replaced). A rename needs no room on the disk.
 */
async function moveIntoPlace(staging: StagingFolder, outDir: string, files: readonly string[], last: string, open?: OpenWrite): Promise<void> {
  let placing = outDir;
  try {
    await makeFolders(outDir, open);
    for (const file of [...files, last]) {
      placing = join(outDir, file);
      await fsp.rename(join(staging.path, file), placing);
    }
  } catch (error) {
    await staging.remove();
    throw writeFailure(placing, error);
  }
  await staging.remove();
}

/**
 * The press kit inside a packet folder (`press: true` in batch): written to press/ with its own manifest, and listed
 * in the packet's manifest (press/…), so verifying the packet checks the kit too.
 */
export function pressKitInPacket(
  options: Omit<PressKitOptions, 'outDir'>, onWarnings?: (warnings: Message[]) => void,
): (decided: DecidedDelivery, packetDir: string) => Promise<ManifestFile[]> {
  return async (decided, packetDir) => {
    const outDir = join(packetDir, PRESS_FOLDER);
    const kit = await writePressKit(decided, { ...options, outDir });
    // What `press` prints and exits 1 for (text left untranslated, characters no font has) is said by batch too.
    onWarnings?.([...(kit.missingCharacters.length ? [msg('packet.missing-characters', { characters: kit.missingCharacters.join(' ') })] : []), ...kit.warnings]);
    const manifest = pressManifest(decided, kit.outputs);
    const manifestFile = await writeManifest(outDir, manifest, options.openWrite);
    const inPacket = (file: ManifestFile) => ({ ...file, path: `${PRESS_FOLDER}/${file.path}` });
    return [...kit.outputs.map(inPacket), inPacket(await describeFile(manifestFile, { as: MANIFEST_FILE }))];
  };
}

function pressManifest(figures: Omit<DecidedDelivery, 'spool' | 'keys'>, outputs: ManifestFile[]): PressManifest {
  const { sealed, packetFingerprint, delivery, run, facts } = figures;
  return buildPressManifest({ sealed, packetFingerprint, delivery, counts: run.counts, facts, outputs });
}

/**
 * The languages asked for, checked against the templates there are and the titles the petition has: a kit in a
 * language without its title would print the title in another language on a poster headed in this one, so it is
 * refused, as `sheets` refuses a sheet without its language's title.
 */
export function kitLanguages(figures: Pick<DecidedDelivery, 'campaign'>, asked: string[] | undefined): string[] {
  const available = pressLanguages(figures.campaign.templates);
  if (asked && asked.length > 0) {
    const titled = Object.keys(figures.campaign.petition.title);
    return [...new Set(asked.map((language) => {
      // As --lang takes them: any case, with or without a region (ko-KR, KO, es_ES).
      const known = [language, language.toLowerCase(), language.toLowerCase().split(/[-_]/)[0]].find((code) => available.includes(code));
      if (known === undefined) throw new UserError(msg('press.no-language', { language, available: available.join(', ') }));
      if (!figures.campaign.petition.title[known]) throw new UserError(msg('press.no-title', { language: known, titled: titled.join(', ') }), { file: figures.campaign.file });
      return known;
    }))];
  }
  const languages = figures.campaign.petition.languages.filter((language) => available.includes(language));
  return languages.length > 0 ? languages : ['en'];
}

/** Writes the kit's files into `options.outDir` and describes them (paths relative to it). */
export async function writePressKit(figures: Omit<DecidedDelivery, 'spool' | 'keys'>, options: PressKitOptions): Promise<PressKit> {
  const { campaign, delivery, run } = figures;
  const languages = kitLanguages(figures, options.languages);
  const fonts = FontSet.load();
  const measure = fontMeasure(fonts);
  const outputs: ManifestFile[] = [];
  const timings: PressTimings = { poster: 0, cards: 0, release: 0 };
  const missing = new Set<string>();
  const shortened = new Set<string>();
  const creationDate = new Date(`${delivery.date}T00:00:00Z`);
  const write = async (name: string, data: Buffer | string, pages?: number) => {
    const path = join(options.outDir, name);
    await writeWholeFileAtomic(path, data, { open: options.openWrite });
    outputs.push(await describeFile(path, { as: name, ...(pages !== undefined ? { pages } : {}) }));
  };
  const timed = async (part: keyof PressTimings, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    timings[part] += performance.now() - started;
  };

  for (const language of languages) {
    const templates = loadPressTemplates(language, campaign.templates);
    const facts: PressFacts = pressFacts({
      campaign, delivery, counts: run.counts, facts: figures.facts, templates,
      official: officialIn(campaign, delivery.id, language) ?? figures.target,
      embassy: embassyIn(campaign, delivery.id, language) ?? null,
    });
    for (const text of [facts.title, facts.official, facts.words.delivery, ...facts.topCountries]) for (const ch of fonts.missing(text)) missing.add(ch);

    await timed('poster', async () => {
      for (const paper of posterPapers(options.paper ?? delivery.paper ?? DELIVERY_DEFAULTS.paper)) {
        const size = POSTER_PAPERS[paper];
        const name = paper === 'A3' || paper === 'Tabloid' ? `poster-${language}.pdf` : `poster-${language}-${paper.toLowerCase()}.pdf`;
        const path = join(options.outDir, name);
        let pages = 0;
        await writeFileAtomic(path, async (out) => {
          const poster = layoutPoster(facts, size, measure);
          if (poster.titleShortened) shortened.add(language);
          pages = (await writePageModels([poster], size, { title: facts.title, creationDate, compress: options.compress, language }, out)).pages;
        }, { open: options.openWrite });
        outputs.push(await describeFile(path, { as: name, pages }));
      }
    });
    await timed('cards', async () => {
      for (const shape of ['wide', 'square'] as CardShape[]) {
        const card = layoutCard(facts, shape, measure);
        if (card.titleShortened) shortened.add(language);
        const { svg, fontFiles } = pageSvg(card, CARD_SIZES[shape], fonts);
        await write(shape === 'wide' ? `card-${language}.png` : `card-${language}-square.png`, rasterizeSvg(svg, fontFiles));
      }
    });
    await timed('release', async () => {
      const markdown = releaseMarkdown(facts, templates);
      await write(`press-release-${language}.md`, markdown);
      await write(`press-release-${language}.txt`, releaseText(markdown));
    });
  }
  return { languages, outputs, timings, missingCharacters: [...missing], warnings: [
    ...[...shortened].map((language) => msg('press.title-shortened', { language })),
    ...pressUrlWarnings(campaign.petition.url),
    ...languages.flatMap((language) => [
      ...untranslatedOfficial(campaign, delivery.id, language), ...untranslatedOrganization(campaign, language), ...untranslatedPressText(campaign, delivery, language),
    ]).map((missing) => msg('packet.untranslated', { missing })),
    ...offDayWarnings(delivery),
  ] };
}

// The packet's problems are not the kit's to show: the kit warns of the day itself (packet and batch warn from decideDelivery).
function offDayWarnings(delivery: DecidedDelivery['delivery']): Message[] {
  const offDay = occasionOffDay(delivery.occasion, delivery.date);
  return offDay ? [msg('delivery.occasion-off-day', { ...offDay, id: delivery.id })] : [];
}

export type { PosterPaper };
