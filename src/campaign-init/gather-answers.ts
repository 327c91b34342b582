// The walk-through of `petition init`: petition, organizer, exports (each inspected), targets, deliveries, time zone.
import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { LetterLibrary } from '../packet/letter/load-letter-library.js';
import type { Office } from '../packet/letter/office-preset-schema.js';
import { CANONICAL_FIELDS, type CanonicalField } from '../types.js';
import type { AnswerAsker } from './answer-asker.js';
import * as checks from './answer-checks.js';
import { idFrom, nextHumanRightsDay, occasionFor, uniqueId } from './init-defaults.js';
import type { DeliveryAnswer, InitAnswers, PersonAnswer, SourceAnswer, TargetAnswer } from './init-answers.js';
import { inspectionLabel, type ExportInspection } from './inspect-export.js';
import { countryFlags, languagePairs, mapFlags, namesFile } from './parse-init-flags.js';
import { needsTranslation } from '../packet/letter/untranslated.js';
import { occasionIn } from '../packet/letter/known-occasions.js';
import { msg, type Message } from '../i18n/message.js';
import { petitionTextOfFile, type NamedOnDisk } from './petition-text-file.js';
import type { Translator } from '../i18n/translator.js';

/** Flag values of `petition init`, as commander gives them. */
export interface InitFlagValues {
  language?: string;
  title?: string[];
  text?: string[];
  summary?: string[];
  /** `--url`, `--code`: for paper signature sheets; given as flags only (nothing asks for them). */
  url?: string;
  code?: string;
  organizer?: string;
  organization?: string;
  address?: string[];
  contact?: string;
  signatory?: string;
  role?: string;
  /** `--roles LANG=TEXT`: the role in letters of another script. */
  roles?: string[];
  source?: string[];
  map?: string[];
  country?: string[];
  preset?: string;
  variant?: string;
  official?: string;
  /** `--official-name LANG=NAME`: the official's name in letters of another script. */
  officialName?: string[];
  gender?: string;
  ambassador?: string;
  ambassadorName?: string[];
  ambassadorGender?: string;
  targetId?: string;
  deliveryId?: string;
  date?: string;
  place?: string;
  occasion?: string;
  /** `--places LANG=TEXT`, `--occasions LANG=TEXT`: the first delivery's place and occasion in letters of another script. */
  places?: string[];
  occasions?: string[];
  privacy?: string;
  letterLanguage?: string;
  goal?: string;
  timezone?: string;
}

export interface GatherContext {
  asker: AnswerAsker;
  flags: InitFlagValues;
  /** Shows the inspection of an export and other notes to the person. */
  say(text: string): void;
  cwd: string;
  /** Absolute folder of the campaign file being written: source paths are written relative to it. */
  campaignDir: string;
  today: string;
  localTimeZone: string;
  library: LetterLibrary;
  inspect(path: string, options: { map?: Partial<Record<CanonicalField, string>>; country?: string }): Promise<ExportInspection>;
  /** What `value` names on disk when it could be a file's name: a folder or a file's bytes; null otherwise. */
  readNamedFile(value: string): NamedOnDisk;
  isFile(path: string): boolean;
  /** The organizer's language: questions, notes and choices are said in it. */
  words: Translator;
}

const GENDERS = ['neutral', 'male', 'female'] as const;
const PRIVACY = ['recipient', 'public', 'count-only'] as const;

/** The choices of a question, each value named in the organizer's language (`init.gender.male`). */
function choicesOf<T extends string>(words: Translator, keyPrefix: string, values: readonly T[]): Array<{ name: string; value: T }> {
  return values.map((value) => ({ name: words.t(`${keyPrefix}.${value}`), value }));
}

export async function gatherAnswers(ctx: GatherContext): Promise<InitAnswers> {
  const { asker, flags, words } = ctx;
  const languages = checks.splitList(await asker.text({
    flag: '--language', given: flags.language, default: 'en', check: checks.languageList,
    message: words.t('init.ask.languages'),
  }));
  const titles = languagePairs(flags.title, '--title');
  const texts = languagePairs(flags.text, '--text');
  const summaries = languagePairs(flags.summary, '--summary');
  const title: Record<string, string> = {};
  const text: Record<string, string> = {};
  // "petition-en.txt" with no such file would become the petition's text, its file name printed to an official.
  // An empty file, a folder or a PDF would become an empty, unreadable or one-word text: refused, saying why.
  const textCheck: checks.Check = (value) => {
    const verdict = checks.required(value);
    if (verdict !== true) return verdict;
    const found = ctx.readNamedFile(value);
    if (found !== null) {
      const read = petitionTextOfFile(value.trim(), found);
      return 'text' in read ? true : read;
    }
    return checks.looksLikeFilePath(value) ? msg('init.check.no-text-file', { file: value.trim(), folder: ctx.cwd }) : true;
  };
  for (const code of languages) {
    title[code] = await asker.text({ flag: `--title ${code}=…`, given: titles[code], check: checks.required, message: words.t('init.ask.title', { code }) });
    const answer = await asker.longText({ flag: `--text ${code}=…`, given: texts[code], check: textCheck, message: words.t('init.ask.text', { code }) });
    const found = ctx.readNamedFile(answer);
    const read = found === null ? null : petitionTextOfFile(answer.trim(), found);
    text[code] = read !== null && 'text' in read ? read.text : answer;
  }

  if (asker.interactive) ctx.say(`\n${words.t('init.section.organizer')}\n`);
  const name = await asker.text({ flag: '--organizer', given: flags.organizer, check: checks.required, message: words.t('init.ask.name') });
  const organization = await asker.text({ flag: '--organization', given: flags.organization, check: checks.required, message: words.t('init.ask.organization') });
  const address = flags.address?.length ? flags.address : (await asker.text({
    flag: '--address', check: checks.required, message: words.t('init.ask.address'),
  })).split(';').map((line) => line.trim()).filter(Boolean);
  const contact = await asker.text({ flag: '--contact', given: flags.contact, check: checks.required, message: words.t('init.ask.contact') });
  const signatory = await asker.text({ flag: '--signatory', given: flags.signatory, default: name, check: checks.required, message: words.t('init.ask.signatory') });
  const role = await asker.text({ flag: '--role', given: flags.role, default: '', message: words.t('init.ask.role') });

  const sources = await gatherSources(ctx);
  const targets = await gatherTargets(ctx);
  const deliveries = await gatherDeliveries(ctx, targets, languages);
  await gatherNamesInOtherScripts(ctx, targets, deliveries, languages);
  const roles = await gatherLetterTexts(ctx, { title, summary: summaries, role }, deliveries, languages);
  const timezone = await asker.text({ flag: '--timezone', given: flags.timezone, default: ctx.localTimeZone, check: checks.timeZone, message: words.t('init.ask.timezone') });
  for (const [flag, value, check] of [['--url', flags.url, checks.petitionUrl], ['--code', flags.code, checks.sheetCode]] as const) {
    const verdict = value === undefined ? true : check(value);
    if (verdict !== true) throw new UserError(msg('init.flag-verdict', { flag, value: value ?? '', verdict: ctx.words.say(verdict) }));
  }

  return {
    languages, title, text,
    ...(Object.keys(summaries).length ? { summary: summaries } : {}),
    ...(flags.url ? { url: flags.url.trim() } : {}),
    ...(flags.code ? { code: flags.code.trim() } : {}),
    organizer: { name, organization, address, contact, signatory, ...(role ? { role } : {}), ...(Object.keys(roles).length ? { roles } : {}) },
    sources, targets, deliveries, timezone,
  };
}

async function gatherSources(ctx: GatherContext): Promise<SourceAnswer[]> {
  const { asker, flags } = ctx;
  const maps = mapFlags(flags.map);
  const countries = countryFlags(flags.country);
  for (const c of countries) {
    const verdict = checks.countryCode(c.country);
    if (verdict !== true) throw new UserError(msg('init.flag-verdict', { flag: '--country', value: c.given, verdict: ctx.words.say(verdict) }));
  }
  const fileCheck: checks.Check = (value) => (ctx.isFile(resolve(ctx.cwd, value.trim())) ? true : msg('init.check.no-file', { file: value.trim(), folder: ctx.cwd }));
  const given = flags.source ?? [];
  for (const path of given) {
    const verdict = fileCheck(path);
    if (verdict !== true) throw new UserError(msg('init.flag-wrong', { flag: '--source', verdict: ctx.words.say(verdict) }));
  }
  if (!given.length && !asker.interactive) throw new UserError(msg('init.source-needed'));

  if (asker.interactive) ctx.say(`\n${ctx.words.t('init.section.exports')}\n`);
  const sources: SourceAnswer[] = [];
  const paths = [...given];
  const typed: string[] = [];
  // The same export typed again is read once by every count: said at once rather than inspected again (verifyR1 F-L3).
  const alreadyAdded = (value: string): Message | undefined =>
    (typed.some((path) => resolve(ctx.cwd, path) === resolve(ctx.cwd, value.trim())) ? msg('init.check.already-added', { file: value.trim() }) : undefined);
  for (let index = 0; ; index++) {
    let path = paths[index];
    if (path === undefined) {
      if (given.length) break;
      path = await asker.text({
        flag: '--source', message: ctx.words.t(index === 0 ? 'init.ask.source' : 'init.ask.another-source'),
        check: index === 0 ? fileCheck : (value) => (value.trim() === '' ? true : alreadyAdded(value) ?? fileCheck(value)),
      });
      if (path === '') break;
    }
    const map: Partial<Record<CanonicalField, string>> = {};
    for (const m of maps) if (namesFile(m.file, path)) map[m.field] = m.header;
    const country = countries.filter((c) => namesFile(c.file, path)).pop()?.country;
    sources.push(await inspectAndConfirm(ctx, path, map, country));
    typed.push(path);
  }
  // A --country FILE=CODE for no file given would be dropped without a word: refused as count refuses it.
  const unmatched = countries.find((c) => c.file !== null && !typed.some((path) => namesFile(c.file, path)));
  if (unmatched) throw new UserError(msg('flags.country-file', { value: unmatched.given, file: unmatched.file ?? '', files: typed.join(', ') }));
  return sources;
}

async function inspectAndConfirm(ctx: GatherContext, path: string, map: Partial<Record<CanonicalField, string>>, countryFlag: string | undefined): Promise<SourceAnswer> {
  const { asker, words } = ctx;
  const absolute = resolve(ctx.cwd, path);
  let inspection = await ctx.inspect(absolute, { map, country: countryFlag });
  for (;;) {
    showInspection(ctx, path, inspection);
    if (inspection.mapping && !(asker.interactive && !(await asker.confirm(words.t('init.ask.mapping-right'), true)))) break;
    if (!asker.interactive) {
      throw new UserError(msg('init.map-by-hand', { problem: inspection.problem ?? words.t('init.columns-unmapped'), path }), { file: path });
    }
    const field = await asker.choose<CanonicalField>({
      flag: '--map', message: words.t('init.ask.which-field'),
      choices: CANONICAL_FIELDS.map((f) => ({ name: map[f] ? words.t('init.field-now', { field: f, header: map[f] }) : f, value: f })),
    });
    const header = await asker.choose<string>({
      flag: '--map', message: words.t('init.ask.which-column', { field }),
      choices: inspection.info.header.filter((h) => h.trim()).map((h) => ({ name: h, value: h })),
    });
    map[field] = header;
    inspection = await ctx.inspect(absolute, { map, country: countryFlag });
  }
  const country = await asker.text({
    flag: '--country', given: countryFlag, default: '', check: checks.countryCode,
    message: words.t('init.ask.country'),
  });
  const written = relative(ctx.campaignDir, absolute).split(sep).join('/');
  const sheets = await chosenSheets(ctx, inspection);
  return {
    path: written,
    detected: inspectionLabel(inspection, words),
    ...(country ? { country: country.toUpperCase() } : {}),
    ...(Object.keys(map).length ? { map } : {}),
    ...(sheets ? { sheets, detectedBySheet: Object.fromEntries(sheets.map((sheet) => [sheet, inspectionLabel(inspection, words, sheet)])) } : {}),
    ...(inspection.sheets?.takenOff.length ? { takenOff: inspection.sheets.takenOff } : {}),
  };
}

/**
 * The sheets of a workbook the campaign names, when init chose among several (others were passed over, or more than
 * one is read); none for a single sheet. In doubt (sheets of names only), each sheet is asked about.
 */
async function chosenSheets(ctx: GatherContext, inspection: ExportInspection): Promise<string[] | undefined> {
  const found = inspection.sheets;
  // A single signer sheet beside withdrawal sheets is the workbook read whole: its withdrawal sheets apply to it.
  if (!found || (!found.skipped && found.read.length < 2)) return undefined;
  if (!found.unsure) return found.read;
  const kept: string[] = [];
  for (const sheet of found.read) if (await ctx.asker.confirm(ctx.words.t('init.ask.sheet-signers', { sheet }), true)) kept.push(sheet);
  return kept.length ? kept : found.read;
}

function showInspection(ctx: GatherContext, path: string, inspection: ExportInspection): void {
  const { words } = ctx;
  const lines = [`  ${path}: ${inspectionLabel(inspection, words)}`];
  if (inspection.info.preamble.length) lines.push(`  ${words.t('init.preamble', { count: inspection.info.preamble.length })}`);
  lines.push(`  ${words.t('init.columns')}`, ...inspection.mappingLines.map((l) => `    ${l}`));
  if (inspection.problem) lines.push(`  ${words.t('init.problem', { problem: inspection.problem })}`);
  if (inspection.rows.length) lines.push(`  ${words.t('init.first-rows')}`, ...inspection.rows.map((r) => `    ${r}`));
  ctx.say(`${lines.join('\n')}\n`);
}

function officeOf(library: LetterLibrary, preset: string, variant: string | undefined): Office | undefined {
  const value = library.presets.get(preset)?.value;
  if (!value) return undefined;
  return 'variants' in value ? (variant === undefined ? undefined : value.variants[variant]) : value;
}

async function gatherTargets(ctx: GatherContext): Promise<TargetAnswer[]> {
  const { asker, flags, library, words } = ctx;
  if (asker.interactive) ctx.say(`\n${words.t('init.section.targets')}\n`);
  const targets: TargetAnswer[] = [];
  const presetChoices = [...library.presets.entries()].map(([id, file]) => ({ name: `${id}: ${words.known(`preset.${id}`) ?? file.value.description}`, value: id }));
  do {
    const first = targets.length === 0;
    const preset = await asker.choose({ flag: '--preset', given: first ? flags.preset : undefined, message: words.t('init.ask.preset'), choices: presetChoices });
    const presetValue = library.presets.get(preset)?.value;
    let variant: string | undefined;
    if (presetValue && 'variants' in presetValue) {
      const variants = Object.entries(presetValue.variants).map(([id, office]) => ({ name: `${id}: ${words.known(`preset.${preset}.${id}`) ?? office.description}`, value: id }));
      variant = await asker.choose({ flag: '--variant', given: first ? flags.variant : undefined, default: variants.length === 1 ? variants[0].value : undefined, message: words.t('init.ask.variant'), choices: variants });
    }
    const office = officeOf(library, preset, variant);
    const official = await person(ctx, first ? flags.official : undefined, first ? flags.gender : undefined, '--official', '--gender', words.t('init.ask.official'));
    let ambassador: PersonAnswer | undefined;
    if (office?.ambassador) {
      ambassador = await person(ctx, first ? flags.ambassador : undefined, first ? flags.ambassadorGender : undefined, '--ambassador', '--ambassador-gender', words.t('init.ask.ambassador'));
    }
    const id = await asker.text({
      flag: '--target-id', given: first ? flags.targetId : undefined, check: checks.id,
      default: uniqueId(idFrom(official.name, preset), targets.map((t) => t.id)), message: words.t('init.ask.target-id'),
    });
    const description = variant && presetValue && 'variants' in presetValue ? presetValue.variants[variant].description : presetValue?.description;
    targets.push({ id, preset, ...(variant ? { variant } : {}), ...(description ? { description } : {}), ...official, ...(ambassador ? { ambassador } : {}) });
  } while (!(ctx.flags.preset && targets.length === 1) && await asker.confirm(words.t('init.ask.another-target'), false));
  return targets;
}

async function person(ctx: GatherContext, givenName: string | undefined, givenGender: string | undefined, nameFlag: string, genderFlag: string, message: string): Promise<PersonAnswer> {
  const name = await ctx.asker.text({ flag: nameFlag, given: givenName, check: checks.required, message });
  const gender = await ctx.asker.choose({ flag: genderFlag, given: givenGender, default: 'neutral', message: ctx.words.t('init.ask.gender'), choices: choicesOf(ctx.words, 'init.gender', GENDERS) });
  return { name, gender };
}

/**
 * For each letter language whose script differs from the name's (Chinese or Korean letters to "Xi Jinping"), the name
 * as that language writes it: `--official-name zh=习近平`, `--ambassador-name zh=谢锋`. A letter never prints a name
 * in another script; the packet would warn and exit 1.
 */
async function gatherNamesInOtherScripts(ctx: GatherContext, targets: TargetAnswer[], deliveries: DeliveryAnswer[], languages: string[]): Promise<void> {
  const officialNames = languagePairs(ctx.flags.officialName, '--official-name');
  const ambassadorNames = languagePairs(ctx.flags.ambassadorName, '--ambassador-name');
  for (const [index, target] of targets.entries()) {
    const letterLanguages = [...new Set(deliveries.filter((d) => d.target === target.id).flatMap((d) => d.languages ?? [languages[0]]))];
    const first = index === 0;
    const ask = async (person: PersonAnswer, flag: string, given: Record<string, string>, who: string) => {
      // A name given for a language no letter is written in yet is kept on that language: a letter added later uses it.
      if (first && Object.keys(given).length) person.names = { ...given, ...person.names };
      for (const code of letterLanguages.filter((c) => needsTranslation(person.name, c))) {
        const name = await ctx.asker.text({
          flag: `${flag} ${code}=…`, given: first ? given[code] : undefined, check: checks.required,
          message: ctx.words.t('init.ask.name-in-script', { who, language: languageName(code, ctx.words.language), code }),
        });
        person.names = { ...person.names, [code]: name };
      }
    };
    await ask(target, '--official-name', officialNames, target.name);
    if (target.ambassador) await ask(target.ambassador, '--ambassador-name', ambassadorNames, target.ambassador.name);
  }
}

/**
 * What a letter in each letter language prints besides names, asked where the campaign would otherwise lack it (the
 * packet warns and exits 1, untranslated.ts): the title and summary in a language the petition was not signed in,
 * the role under the signature in every other letter language, and each delivery's place and occasion when the
 * letter's script differs. Fills
 * `petition` and `deliveries` in place; returns the organizer's roles.
 */
async function gatherLetterTexts(
  ctx: GatherContext, petition: { title: Record<string, string>; summary: Record<string, string>; role: string }, deliveries: DeliveryAnswer[], languages: string[],
): Promise<Record<string, string>> {
  const { asker, words } = ctx;
  const letterLanguagesOf = (d: DeliveryAnswer) => d.languages ?? [languages[0]];
  const all = [...new Set(deliveries.flatMap(letterLanguagesOf))];
  const named = (code: string) => ({ language: languageName(code, words.language), code });
  const titles = languagePairs(ctx.flags.title, '--title');
  const summaries = languagePairs(ctx.flags.summary, '--summary');
  const firstTitle = petition.title[languages[0]];
  for (const code of all) {
    if (petition.title[code] === undefined && needsTranslation(firstTitle, code)) {
      petition.title[code] = await asker.text({ flag: `--title ${code}=…`, given: titles[code], check: checks.required, message: words.t('init.ask.title-in', named(code)) });
    }
    if (Object.keys(petition.summary).length && petition.summary[code] === undefined) {
      petition.summary[code] = await asker.text({ flag: `--summary ${code}=…`, given: summaries[code], check: checks.required, message: words.t('init.ask.summary-in', named(code)) });
    }
  }
  const roles: Record<string, string> = {};
  const givenRoles = languagePairs(ctx.flags.roles, '--roles');
  // The role is written in the petition's first language; a letter in any other language needs its own (packet warns).
  for (const code of all.filter((c) => petition.role && c !== languages[0])) {
    roles[code] = await asker.text({ flag: `--roles ${code}=…`, given: givenRoles[code], check: checks.required, message: words.t('init.ask.role-in', { ...named(code), role: petition.role }) });
  }
  const givenPlaces = languagePairs(ctx.flags.places, '--places');
  const givenOccasions = languagePairs(ctx.flags.occasions, '--occasions');
  for (const [index, delivery] of deliveries.entries()) {
    const first = index === 0;
    for (const code of letterLanguagesOf(delivery)) {
      if (needsTranslation(delivery.place, code)) {
        const place = await asker.text({ flag: `--places ${code}=…`, given: first ? givenPlaces[code] : undefined, check: checks.required, message: words.t('init.ask.place-in', { ...named(code), place: delivery.place }) });
        delivery.places = { ...delivery.places, [code]: place };
      }
      // A known observance (Human Rights Day) is translated without help.
      const occasion = occasionIn(code, delivery.occasion, undefined);
      if (occasion !== null && needsTranslation(occasion, code)) {
        const text = await asker.text({ flag: `--occasions ${code}=…`, given: first ? givenOccasions[code] : undefined, check: checks.required, message: words.t('init.ask.occasion-in', { ...named(code), occasion }) });
        delivery.occasions = { ...delivery.occasions, [code]: text };
      }
    }
  }
  return roles;
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Letter languages a target can be written to: a letter template and the office's forms in that language. */
function letterLanguagesFor(ctx: GatherContext, target: TargetAnswer): string[] {
  const office = officeOf(ctx.library, target.preset, target.variant);
  if (!office) return [];
  return Object.keys(office.official).filter((code) => ctx.library.templates.has(code)
    && (!office.ambassador || (ctx.library.templates.has(`${code}.cover-to-ambassador`) && office.ambassador[code] !== undefined)));
}

async function gatherDeliveries(ctx: GatherContext, targets: TargetAnswer[], languages: string[]): Promise<DeliveryAnswer[]> {
  const { asker, flags, words } = ctx;
  if (asker.interactive) ctx.say(`\n${words.t('init.section.deliveries')}\n`);
  const deliveries: DeliveryAnswer[] = [];
  do {
    const first = deliveries.length === 0;
    const given = <T>(value: T | undefined): T | undefined => (first ? value : undefined);
    const targetId = targets.length === 1 ? targets[0].id : await asker.choose({
      flag: '--target-id', message: words.t('init.ask.delivered-to'), choices: targets.map((t) => ({ name: `${t.id} (${t.name})`, value: t.id })),
    });
    const target = targets.find((t) => t.id === targetId) as TargetAnswer;
    const date = await asker.text({ flag: '--date', given: given(flags.date), default: nextHumanRightsDay(ctx.today), check: checks.isoDate, message: words.t('init.ask.date') });
    const place = await asker.text({ flag: '--place', given: given(flags.place), check: checks.required, message: words.t('init.ask.place') });
    const occasion = await asker.text({ flag: '--occasion', given: given(flags.occasion), default: occasionFor(date, words.language), message: words.t('init.ask.occasion') });
    const supported = letterLanguagesFor(ctx, target);
    const preferred = languages.filter((code) => supported.includes(code));
    const letterCheck: checks.Check = (value) => {
      const basic = checks.languageList(value);
      if (basic !== true) return basic;
      const missing = checks.splitList(value).find((code) => !supported.includes(code));
      return missing === undefined ? true : msg('init.check.no-letters', { missing, supported: supported.join(', ') });
    };
    const letterLanguages = checks.splitList(await asker.text({
      flag: '--letter-language', given: given(flags.letterLanguage), default: (preferred.length ? preferred : supported).slice(0, 1).join(','), check: letterCheck,
      message: words.t('init.ask.letter-languages'),
    }));
    const privacy = await asker.choose({ flag: '--privacy', given: given(flags.privacy), default: 'recipient', message: words.t('init.ask.privacy'), choices: choicesOf(words, 'init.privacy', PRIVACY) });
    const goalText = await asker.text({ flag: '--goal', given: given(flags.goal), default: '', check: checks.optionalCount, message: words.t('init.ask.goal') });
    const earlier = deliveries.filter((d) => d.date < date);
    let since = '';
    if (earlier.length) {
      since = await asker.choose({
        flag: '--since', default: '', message: words.t('init.ask.since'),
        choices: [{ name: words.t('init.no'), value: '' }, ...earlier.map((d) => ({ name: `${d.id} (${d.date})`, value: d.id }))],
      });
    }
    const id = await asker.text({
      flag: '--delivery-id', given: given(flags.deliveryId), check: checks.id,
      default: uniqueId(`${targetId}-${date.slice(0, 4)}`, deliveries.map((d) => d.id)), message: words.t('init.ask.delivery-id'),
    });
    deliveries.push({
      id, target: targetId, date, place, ...(occasion ? { occasion } : {}), privacy,
      ...(letterLanguages.join(',') !== languages[0] ? { languages: letterLanguages } : {}),
      ...(since ? { since } : {}),
      ...(goalText ? { goal: Number(goalText.replace(/[,_ ]/g, '')) } : {}),
    });
  } while (!(flags.place && deliveries.length === 1) && await asker.confirm(words.t('init.ask.another-delivery'), false));
  return deliveries;
}
