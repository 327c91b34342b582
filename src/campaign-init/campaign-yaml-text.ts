// Init answers → the text of a commented campaign.yaml (every key explained where it is written; docs/campaign.md has the rest).
import { stringify } from 'yaml';
import type { DeliveryAnswer, InitAnswers, SourceAnswer, TargetAnswer } from './init-answers.js';

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

function source(s: SourceAnswer): string[] {
  const lines = [`  - path: ${scalar(s.path)}${s.detected ? `  # ${s.detected}` : ''}`];
  if (s.country) lines.push(`    country: ${s.country}  # for rows without a country of their own`);
  const map = Object.entries(s.map ?? {});
  if (map.length) {
    lines.push('    map:  # FIELD: column header, chosen by hand');
    for (const [field, header] of map) lines.push(`      ${field}: ${scalar(header as string)}`);
  }
  return lines;
}

function target(t: TargetAnswer): string[] {
  const lines = [`  - id: ${t.id}`, `    preset: ${t.preset}${t.description && !t.variant ? `  # ${t.description}` : ''}`];
  if (t.variant) lines.push(`    variant: ${t.variant}${t.description ? `  # ${t.description}` : ''}`);
  lines.push(`    name: ${scalar(t.name)}  # as written in Latin-script letters; add names: { zh: …, ko: … } for others`);
  if (t.names) lines.push(`    names: ${namesMap(t.names)}  # the name in letters of another script`);
  if (t.gender) lines.push(`    gender: ${t.gender}  # male, female or neutral: chooses His/Her Excellency, Mr./Ms.`);
  if (t.ambassador) {
    lines.push('    ambassador:  # receives the covering letter and transmits the letter to the official');
    lines.push(`      name: ${scalar(t.ambassador.name)}`);
    if (t.ambassador.names) lines.push(`      names: ${namesMap(t.ambassador.names)}`);
    if (t.ambassador.gender) lines.push(`      gender: ${t.ambassador.gender}`);
  }
  return lines;
}

function namesMap(names: Record<string, string>): string {
  return `{ ${Object.entries(names).map(([code, name]) => `${code}: ${scalar(name)}`).join(', ')} }`;
}

function delivery(d: DeliveryAnswer): string[] {
  const lines = [
    `  - id: ${d.id}`,
    `    target: ${d.target}`,
    `    date: ${d.date}  # YYYY-MM-DD, printed in each letter's language`,
    `    place: ${scalar(d.place)}`,
  ];
  if (d.places) lines.push(`    places: ${namesMap(d.places)}  # the place in letters of another script`);
  if (d.occasion) lines.push(`    occasion: ${scalar(d.occasion)}  # known observances are translated`);
  if (d.occasions) lines.push(`    occasions: ${namesMap(d.occasions)}  # the occasion in letters of another script`);
  if (d.languages?.length) lines.push(`    languages: [${d.languages.join(', ')}]  # one letter per language; the first is the main letter`);
  lines.push(`    privacy: ${d.privacy}  # public | recipient | count-only: who may see signer names`);
  if (d.since) lines.push(`    since: ${d.since}  # lists only the people who signed after that delivery was marked delivered`);
  if (d.goal !== undefined) lines.push(`    goal: ${d.goal}  # the letter says whether it was reached; petition status shows the pace`);
  return lines;
}

export function campaignYamlText(answers: InitAnswers): string {
  const { organizer: o } = answers;
  const lines = [
    '# Campaign file for petition-courier, written by `petition init`. Every key is documented in docs/campaign.md;',
    '# edit freely: `petition status` and `petition packet` check it and name the line of any mistake.',
    '',
    "# The petition as signers saw it: one title and one text per language it was signed in.",
    'petition:',
    `  languages: [${answers.languages.join(', ')}]  # in the order the packet prints them; the first is the default letter language`,
    ...perLanguage('title', answers.title, answers.languages, false),
    ...perLanguage('text', answers.text, answers.languages, true),
    ...(answers.summary && Object.keys(answers.summary).length ? perLanguage('summary', answers.summary, answers.languages, false) : []),
    ...(answers.url ? [`  url: ${scalar(answers.url)}  # the online petition: printed on paper sheets and in their QR codes`] : []),
    ...(answers.code ? [`  code: ${scalar(answers.code)}  # starts every paper sheet ID`] : []),
    '',
    '# Who sends the letters: the letterhead prints organization, address and contact.',
    'organizer:',
    `  name: ${scalar(o.name)}`,
    `  organization: ${scalar(o.organization)}`,
    '  address:',
    ...o.address.map((line) => `    - ${scalar(line)}`),
    `  contact: ${scalar(o.contact)}`,
    `  signatory: ${scalar(o.signatory)}  # who signs the letters`,
    ...(o.role ? [`  role: ${scalar(o.role)}  # printed under the signatory`] : []),
    ...(o.roles ? [`  roles: ${namesMap(o.roles)}  # the role in letters of another script`] : []),
    '',
    '# The signature exports to merge, relative to this file. Format and encoding are detected each time they are read.',
    'sources:',
    ...answers.sources.flatMap(source),
    '',
    "# The officials the petition goes to: the preset gives the forms of address, you give the name.",
    'targets:',
    ...answers.targets.flatMap(target),
    '',
    '# Each time the petition is handed over.',
    'deliveries:',
    ...answers.deliveries.flatMap(delivery),
    '',
    '# Time zone for turning signing times into days and for counting days left (IANA name).',
    `timezone: ${scalar(answers.timezone)}`,
  ];
  return `${lines.join('\n')}\n`;
}
