// The campaign.yaml schema (zod) and the Campaign type it produces; docs/campaign.md documents every key.
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { CANONICAL_FIELDS } from '../types.js';
import { suggestionText } from './did-you-mean.js';
import { msg, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

/** The schema's own checks name their message by catalog key (campaign.check.*): parse-yaml-with-schema says it in the organizer's language. */
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const language = z.string().regex(LANGUAGE_PATTERN, { error: 'campaign.check.language' });
const text = z.string().trim().min(1);
const id = z.string().regex(ID_PATTERN, { error: 'campaign.check.id' });
/** One text per language: `{ en: …, ko: … }`. */
const localized = z.record(language, text);

const countryCode = z.string().refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
  error: 'campaign.check.country',
});

const isoDate = z.string().refine(isRealDate, { error: 'campaign.check.date' });

const timezone = z.string().refine(isTimeZone, { error: 'campaign.check.timezone' });

const gender = z.enum(['male', 'female', 'neutral']);

const columnMap = z.strictObject(
  Object.fromEntries(CANONICAL_FIELDS.map((field) => [field, text.optional()])) as Record<(typeof CANONICAL_FIELDS)[number], z.ZodOptional<typeof text>>,
);

const source = z.strictObject({
  path: text,
  format: text.optional(),
  encoding: text.optional(),
  /** One sheet of an .xlsx workbook; by default every sheet whose header names a signer column. */
  sheet: text.optional(),
  /** A text export whose file name says withdrawn or set aside (철회.csv), read as signers all the same. */
  asSigners: z.boolean().optional(),
  map: columnMap.optional(),
  country: countryCode.optional(),
  /**
   * What the summary calls this source ("Paper sheets, Seoul"), one text or one per language; without it the
   * platform the export came from ("Change.org"). The summary never prints a file path.
   */
  label: z.union([text, localized], { error: 'campaign.check.text-or-languages' }).optional(),
});

/** Replaces any part of an office preset for one language; strings may use {{name}}. */
const formOverride = z.strictObject({
  recipient: z.array(text).min(1).optional(),
  address: z.array(z.string()).optional(),
  styled: text.optional(),
  salutation: text.optional(),
  close: text.optional(),
});

const person = {
  name: text,
  names: localized.optional(),
  gender: gender.optional(),
  overrides: z.record(language, formOverride).optional(),
};

const target = z.strictObject({
  id,
  preset: id,
  variant: id.optional(),
  ...person,
  ambassador: z.strictObject(person).optional(),
});

const goal = z.union([
  z.number().int().positive(),
  z.strictObject({
    total: z.number().int().positive().optional(),
    countries: z.record(countryCode, z.number().int().positive()).optional(),
    minCountries: z.number().int().positive().optional(),
  }),
], { error: 'campaign.check.goal' });

const split = z.union([z.literal('none'), z.literal('country'), z.number().int().positive()], {
  error: 'campaign.check.split',
});

/** What an optional delivery setting means when left out (docs/campaign.md); the packet reads these. */
export const DELIVERY_DEFAULTS = {
  register: 'formal', anonymous: 'show', paper: 'A4', orientation: 'portrait', order: 'signed', split: 'none',
} as const;

const delivery = z.strictObject({
  id,
  target: id,
  date: isoDate,
  place: text,
  places: localized.optional(),
  occasion: text.optional(),
  occasions: localized.optional(),
  register: z.enum(['formal', 'diplomatic']).optional(),
  languages: z.array(language).min(1).optional(),
  privacy: z.enum(['public', 'recipient', 'count-only']),
  anonymous: z.enum(['show', 'omit']).optional(),
  paper: z.enum(['A4', 'Letter']).optional(),
  orientation: z.enum(['portrait', 'landscape']).optional(),
  order: z.enum(['signed', 'name', 'country']).optional(),
  split: split.optional(),
  since: id.optional(),
  goal: goal.optional(),
  /** `petition batch` also builds the delivery's press kit, into press/ inside its packet folder. */
  press: z.boolean().optional(),
});

const organizer = z.strictObject({
  name: text,
  organization: text,
  address: z.array(text).min(1),
  contact: text,
  signatory: text,
  /** The organization and the signatory in letters of another script: `{ zh: 安全之路联盟 }`. */
  organizations: localized.optional(),
  signatories: localized.optional(),
  role: text.optional(),
  /** The role in other letter languages: `{ ko: 코디네이터, zh: 协调人 }`. */
  roles: localized.optional(),
});

const petition = z.strictObject({
  title: localized,
  text: localized,
  /** One sentence per language saying what the petition asks; the letter quotes it. */
  summary: localized.optional(),
  languages: z.array(language).min(1).optional(),
  /** The online petition, printed on paper sheets and in their QR codes. */
  url: z.string().url().optional(),
  /** A short code that starts every paper sheet's ID (letters and digits, up to 8). */
  code: z.string().regex(/^[A-Za-z0-9]{1,8}$/, { error: 'campaign.check.code' }).optional(),
});

const textOrLocalized = z.union([text, localized], { error: 'campaign.check.text-or-languages' });

/** What the press kit adds to the campaign's facts: a quote and who journalists should call. */
const press = z.strictObject({
  quote: z.strictObject({ text: textOrLocalized, by: textOrLocalized.optional() }).optional(),
  /** Printed under "Contact" in the release; the organizer's contact when left out. */
  contact: text.optional(),
});

/** The file as written, before cross-references are checked and paths resolved. */
export const campaignFileSchema = z.strictObject({
  petition,
  organizer,
  sources: z.array(source).min(1),
  targets: z.array(target).min(1),
  deliveries: z.array(delivery).min(1),
  timezone: timezone.optional(),
  /** A folder of the organizer's own letter templates and office presets, relative to the campaign file. */
  templates: text.optional(),
  press: press.optional(),
  /**
   * Rows without an email that have the name and country of a signer delivered before but another city or postcode
   * (src/ledger/delivered-matcher.ts), by "FILE:ROW": `same-person` (their address was corrected) or `new-person`.
   */
  namesakes: z.record(
    z.string().regex(/:\d+:[0-9a-f]{6}$/, { error: 'campaign.check.namesake-key' }), z.enum(['same-person', 'new-person']),
    { error: 'campaign.check.namesakes' },
  ).optional(),
}).superRefine(checkCrossReferences);

export type CampaignFile = z.output<typeof campaignFileSchema>;
export type CampaignSource = z.output<typeof source> & {
  /** The path as written in the campaign file; `path` is resolved against the campaign file's folder. */
  pathAsWritten: string;
};
export type Target = z.output<typeof target>;
export type Delivery = z.output<typeof delivery>;
export type FormOverride = z.output<typeof formOverride>;
export type Gender = z.output<typeof gender>;
export type Goal = z.output<typeof goal>;
export type Organizer = z.output<typeof organizer>;

export interface Campaign {
  /** The campaign file, for messages. */
  file: string;
  petition: { title: Record<string, string>; text: Record<string, string>; summary?: Record<string, string>; languages: string[]; url?: string; code?: string };
  organizer: Organizer;
  sources: CampaignSource[];
  targets: Target[];
  deliveries: Delivery[];
  timezone?: string;
  /** Absolute folder of the organizer's templates, when given. */
  templates?: string;
  press?: PressSettings;
  /** What the organizer decided about rows that match a delivered signer by name and country only. */
  namesakes?: Record<string, 'same-person' | 'new-person'>;
}

export type PressSettings = z.output<typeof press>;

type RefinementContext = z.core.$RefinementCtx<z.output<z.ZodObject>>;

function checkCrossReferences(file: {
  petition: z.output<typeof petition>; targets: Target[]; deliveries: Delivery[];
}, ctx: RefinementContext): void {
  const { petition: p, targets, deliveries } = file;
  const languages = p.languages ?? Object.keys(p.title);
  for (const lang of languages) {
    for (const part of ['title', 'text'] as const) {
      if (!(lang in p[part])) {
        addCheckIssue(ctx, ['petition', part], msg('campaign.check.no-language-entry', { lang }));
      }
    }
  }
  reportDuplicates(targets.map((t) => t.id), ['targets'], ctx);
  reportDuplicates(deliveries.map((d) => d.id), ['deliveries'], ctx);
  const targetIds = targets.map((t) => t.id);
  deliveries.forEach((d, index) => {
    if (!targetIds.includes(d.target)) {
      addCheckIssue(ctx, ['deliveries', index, 'target'], msg('campaign.check.no-target', {
        target: d.target, suggestion: suggestionText(d.target, targetIds), known: targetIds.join(', '),
      }));
    }
    if (d.since !== undefined) {
      const earlier = deliveries.find((other) => other.id === d.since);
      if (!earlier || earlier === d) {
        addCheckIssue(ctx, ['deliveries', index, 'since'], msg('campaign.check.since-unknown', { suggestion: suggestionText(d.since, deliveries.map((x) => x.id)) }));
      } else if (earlier.date >= d.date) {
        addCheckIssue(ctx, ['deliveries', index, 'since'], msg('campaign.check.since-not-before', { since: d.since, earlier: earlier.date, date: d.date }));
      }
    }
  });
}

/** A cross-reference issue: its English as zod's message, its catalog form in params for the organizer's language. */
function addCheckIssue(ctx: RefinementContext, path: PropertyKey[], text: Message): void {
  ctx.addIssue({ code: 'custom', path, message: english().say(text), params: { text } });
}

function reportDuplicates(ids: string[], path: string[], ctx: RefinementContext): void {
  ids.forEach((value, index) => {
    if (ids.indexOf(value) !== index) {
      addCheckIssue(ctx, [...path, index, 'id'], msg('campaign.check.duplicate-id', { id: value }));
    }
  });
}

function isRealDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
