// What a batch of sheets says, from the campaign: pure, so it is tested without a PDF.
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';
import type { Campaign } from '../campaign/campaign-schema.js';
import type { Paper } from '../packet/paper.js';
import { fill, SHEET_LABELS } from './sheet-labels.js';
import type { SheetNotice } from './sheet-register.js';
import { linesPerSheet, type SheetColumn, type SheetContent } from './render-sheets.js';

export const SHEET_COLUMNS: readonly SheetColumn[] = ['name', 'city', 'country', 'email'];
/** A summary longer than this is cut at a sentence or word and pointed to the full text. */
const SUMMARY_CHARACTERS = 420;

export interface SheetRequest {
  language?: string;
  columns?: SheetColumn[];
  paper?: Paper;
}

export function planSheets(campaign: Campaign, request: SheetRequest): Omit<SheetContent, 'ids' | 'firstNumber' | 'batchSize' | 'creationDate'> & { notice: SheetNotice } {
  const language = request.language ?? campaign.petition.languages.find((l) => SHEET_LABELS[l]) ?? 'en';
  if (!SHEET_LABELS[language]) {
    throw new UserError(msg('sheets.language-takes', { languages: Object.keys(SHEET_LABELS).join(', '), language }));
  }
  const title = campaign.petition.title[language];
  const text = campaign.petition.text[language];
  if (!title || !text) throw new UserError(msg('sheets.no-text', { language }), { file: campaign.file });
  const target = campaign.targets[0];
  const nameIn = (t: (typeof campaign.targets)[number]) => t.names?.[language] ?? t.name;
  const columns = request.columns ?? [...SHEET_COLUMNS];
  if (!columns.includes('name')) throw new UserError(msg('sheets.needs-name'));
  const paper = request.paper ?? 'A4';
  return {
    language, title,
    summary: shorten(campaign.petition.summary?.[language] ?? text),
    target: nameIn(target),
    // The notice promises who sees the list: every target the campaign has (packet checks a delivery against it).
    // A target reached through an embassy is handed the list by the embassy: the notice names who receives it.
    noticeTargets: new Intl.ListFormat(language, { type: 'conjunction' }).format(campaign.targets.map((t) => (t.ambassador
      ? fill(SHEET_LABELS[language].viaEmbassy, { target: nameIn(t), ambassador: t.ambassador.names?.[language] ?? t.ambassador.name })
      : nameIn(t)))),
    published: campaign.deliveries.some((d) => d.privacy === 'public'),
    organizer: campaign.organizer.organization,
    contact: campaign.organizer.contact,
    ...(campaign.petition.url ? { url: campaign.petition.url } : {}),
    columns, paper, lines: linesPerSheet(paper, language),
    notice: {
      targets: campaign.targets.map((t) => t.id), published: campaign.deliveries.some((d) => d.privacy === 'public'),
      names: Object.fromEntries(campaign.targets.map((t) => [t.id, nameIn(t)])),
      officials: Object.fromEntries(campaign.targets.map((t) => [t.id, { name: t.name, names: { ...t.names } }])),
    },
  };
}

/** The text's opening, whole sentences (or words) up to the limit, with an ellipsis when something is left out. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_CHARACTERS) return flat;
  const head = flat.slice(0, SUMMARY_CHARACTERS);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('다. '), head.lastIndexOf('。'));
  const cut = sentence > SUMMARY_CHARACTERS / 2 ? sentence + 1 : Math.max(head.lastIndexOf(' '), SUMMARY_CHARACTERS / 2);
  return `${head.slice(0, cut).trim()} …`;
}
