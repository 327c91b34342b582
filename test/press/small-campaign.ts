// A one-delivery campaign with a few signers in a temp folder, with the title and URL a test chooses.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';

export interface SmallCampaign {
  dir: string;
  campaign: string;
}

export function smallCampaign(options: { title?: Record<string, string>; url?: string; languages?: string[] } = {}): SmallCampaign {
  const dir = tempDir();
  const languages = options.languages ?? ['en'];
  const title = options.title ?? { en: 'Stop the forced returns' };
  const rows = ['name,email,country,date'];
  // Names of letters only: a digit in a name cell is contact data to the list, and is cut with a warning.
  const names = ['Ana Kim', 'Bo Lee', 'Cyd Park', 'Dana Vogel', 'Emil Roth', 'Fritz Lang'];
  for (let i = 0; i < 6; i++) rows.push(`${names[i]},p${i}@example.org,${i < 3 ? 'KR' : 'DE'},2026-11-0${i + 1}`);
  writeFileSync(join(dir, 's.csv'), `${rows.join('\n')}\n`);
  const yaml = [
    'petition:',
    `  languages: [${languages.join(', ')}]`,
    '  title:',
    ...Object.entries(title).map(([language, text]) => `    ${language}: ${JSON.stringify(text)}`),
    '  text:',
    ...languages.map((language) => `    ${language}: Text.`),
    ...(options.url ? [`  url: ${JSON.stringify(options.url)}`] : []),
    'organizer:',
    '  name: Org Person',
    '  organization: Test Org',
    '  address: [1 Street]',
    '  contact: a@example.org',
    '  signatory: Org Person',
    'sources:',
    '  - path: s.csv',
    'targets:',
    '  - id: t',
    '    preset: un-secretary-general',
    '    name: António Guterres',
    '    names: { ko: 안토니우 구테흐스 }',
    '    gender: male',
    'deliveries:',
    '  - id: d',
    '    target: t',
    '    date: 2026-12-10',
    '    place: New York',
    '    places: { ko: 뉴욕, es: Nueva York }',
    '    occasion: Human Rights Day',
    `    languages: [${languages.join(', ')}]`,
    '    privacy: recipient',
    '    paper: A4',
    '',
  ].join('\n');
  const campaign = join(dir, 'c.yaml');
  writeFileSync(campaign, yaml);
  return { dir, campaign };
}
