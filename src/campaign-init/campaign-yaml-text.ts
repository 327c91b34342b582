// Init answers → the text of a commented campaign.yaml (every key explained where it is written; docs/campaign.md has the rest).
import { stringify } from 'yaml';
import type { DeliveryAnswer, InitAnswers, SourceAnswer, TargetAnswer } from './init-answers.js';
import { english, type Translator } from '../i18n/translator.js';

/** A comment's words, from the catalogs. */
type Say = (key: string, params?: Record<string, string | number>) => string;

/** A one-line YAML scalar, quoted only when YAML needs it. */
function scalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A multi-line text as a literal block (`|`), indented under its key; a one-line text stays a plain scalar. */
function block(value: string, indent: string): string {
  const text = value.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (!text.includes('\n')) return scalar(text);
  // An indentation indicator keeps a first line that starts with spaces from changing the block's indentation.
  const indicator = /^[ \t]/.test(text) ? '2' : '';
  return `|${indicator}\n${text.split('\n').map((line) => (line.trim() === '' ? '' : `${indent}${line}`)).join('\n')}`;
}

function perLanguage(key: string, values: Record<string, string>, languages: string[], multiline: boolean): string[] {
  const order = [...languages, ...Object.keys(values).filter((k) => !languages.includes(k))];
  const lines = [`  ${key}:`];
  for (const code of order) {
    if (values[code] === undefined) continue;
    lines.push(`    ${code}: ${multiline ? block(values[code], '      ') : scalar(values[code])}`);
  }
  return lines;
}

/** A workbook whose sheets were chosen is one source per sheet, so the campaign reads what init showed. */
function source(s: SourceAnswer, t: Say): string[] {
  const entries = s.sheets ? s.sheets.flatMap((sheet) => sourceEntry(s, sheet, t)) : sourceEntry(s, undefined, t);
  // Listed as a source, a withdrawal sheet would be read as signers: it is left out, and the file says why.
  return [...entries, ...(s.takenOff ?? []).map((sheet) => `    # ${t('init.yaml.sheet-taken-off', { sheet })}`)];
}

function sourceEntry(s: SourceAnswer, sheet: string | undefined, t: Say): string[] {
  const detected = (sheet !== undefined ? s.detectedBySheet?.[sheet] : undefined) ?? s.detected;
  const lines = [`  - path: ${scalar(s.path)}${detected ? `  # ${detected}` : ''}`];
  if (sheet !== undefined) lines.push(`    sheet: ${scalar(sheet)}  # ${t('init.yaml.sheet')}`);
  if (s.country) lines.push(`    country: ${s.country}  # ${t('init.yaml.country')}`);
  const map = Object.entries(s.map ?? {});
  if (map.length) {
    lines.push(`    map:  # ${t('init.yaml.map')}`);
    for (const [field, header] of map) lines.push(`      ${field}: ${scalar(header as string)}`);
  }
  return lines;
}

function target(o: TargetAnswer, t: Say): string[] {
  const lines = [`  - id: ${o.id}`, `    preset: ${o.preset}${o.description && !o.variant ? `  # ${o.description}` : ''}`];
  if (o.variant) lines.push(`    variant: ${o.variant}${o.description ? `  # ${o.description}` : ''}`);
  lines.push(`    name: ${scalar(o.name)}  # ${t('init.yaml.name')}`);
  if (o.names) lines.push(`    names: ${namesMap(o.names)}  # ${t('init.yaml.names')}`);
  if (o.gender) lines.push(`    gender: ${o.gender}  # ${t('init.yaml.gender')}`);
  if (o.ambassador) {
    lines.push(`    ambassador:  # ${t('init.yaml.ambassador')}`);
    lines.push(`      name: ${scalar(o.ambassador.name)}`);
    if (o.ambassador.names) lines.push(`      names: ${namesMap(o.ambassador.names)}`);
    if (o.ambassador.gender) lines.push(`      gender: ${o.ambassador.gender}`);
  }
  return lines;
}

function namesMap(names: Record<string, string>): string {
  return `{ ${Object.entries(names).map(([code, name]) => `${code}: ${scalar(name)}`).join(', ')} }`;
}

function delivery(d: DeliveryAnswer, t: Say): string[] {
  const lines = [
    `  - id: ${d.id}`,
    `    target: ${d.target}`,
    `    date: ${d.date}  # ${t('init.yaml.date')}`,
    `    place: ${scalar(d.place)}`,
  ];
  if (d.places) lines.push(`    places: ${namesMap(d.places)}  # ${t('init.yaml.places')}`);
  if (d.occasion) lines.push(`    occasion: ${scalar(d.occasion)}  # ${t('init.yaml.occasion')}`);
  if (d.occasions) lines.push(`    occasions: ${namesMap(d.occasions)}  # ${t('init.yaml.occasions')}`);
  if (d.languages?.length) lines.push(`    languages: [${d.languages.join(', ')}]  # ${t('init.yaml.delivery-languages')}`);
  lines.push(`    privacy: ${d.privacy}  # ${t('init.yaml.privacy')}`);
  if (d.since) lines.push(`    since: ${d.since}  # ${t('init.yaml.since')}`);
  if (d.goal !== undefined) lines.push(`    goal: ${d.goal}  # ${t('init.yaml.goal')}`);
  return lines;
}

/** The file's keys and values are the same in every language; its comments are in the organizer's (`words`). */
export function campaignYamlText(answers: InitAnswers, words: Translator = english()): string {
  const t: Say = (key, params) => words.t(key, params);
  const { organizer: o } = answers;
  const lines = [
    `# ${t('init.yaml.header-1')}`,
    `# ${t('init.yaml.header-2')}`,
    '',
    `# ${t('init.yaml.petition')}`,
    'petition:',
    `  languages: [${answers.languages.join(', ')}]  # ${t('init.yaml.languages')}`,
    ...perLanguage('title', answers.title, answers.languages, false),
    ...perLanguage('text', answers.text, answers.languages, true),
    ...(answers.summary && Object.keys(answers.summary).length ? perLanguage('summary', answers.summary, answers.languages, false) : []),
    ...(answers.url ? [`  url: ${scalar(answers.url)}  # ${t('init.yaml.url')}`] : []),
    ...(answers.code ? [`  code: ${scalar(answers.code)}  # ${t('init.yaml.code')}`] : []),
    '',
    `# ${t('init.yaml.organizer')}`,
    'organizer:',
    `  name: ${scalar(o.name)}`,
    `  organization: ${scalar(o.organization)}`,
    '  address:',
    ...o.address.map((line) => `    - ${scalar(line)}`),
    `  contact: ${scalar(o.contact)}`,
    `  signatory: ${scalar(o.signatory)}  # ${t('init.yaml.signatory')}`,
    ...(o.role ? [`  role: ${scalar(o.role)}  # ${t('init.yaml.role')}`] : []),
    ...(o.roles ? [`  roles: ${namesMap(o.roles)}  # ${t('init.yaml.roles')}`] : []),
    '',
    `# ${t('init.yaml.sources')}`,
    'sources:',
    ...answers.sources.flatMap((s) => source(s, t)),
    '',
    `# ${t('init.yaml.targets')}`,
    'targets:',
    ...answers.targets.flatMap((answer) => target(answer, t)),
    '',
    `# ${t('init.yaml.deliveries')}`,
    'deliveries:',
    ...answers.deliveries.flatMap((d) => delivery(d, t)),
    '',
    `# ${t('init.yaml.timezone')}`,
    `timezone: ${scalar(answers.timezone)}`,
  ];
  return `${lines.join('\n')}\n`;
}
