// A one-source campaign in a temporary folder, for tests that need a packet with nothing else to look at
// (no pairs to review, no ambiguous dates): its exit code then depends only on what the test changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { tempDir } from './fixtures.js';
import { readPdfText } from './pdf-text.js';
import { runMain } from './run-main.js';

/** Writes signers.csv and campaign.yaml (deliveries `list`, public, and `count`, count-only); returns the campaign path. */
export function tinyCampaign(signersCsv: string, options: { timezone?: string } = {}): string {
  const root = tempDir();
  writeFileSync(join(root, 'signers.csv'), signersCsv);
  return tinyCampaignIn(root, 'signers.csv', options);
}

/**
 * The same campaign.yaml, written into `root` with `source` (a file there, a CSV or a workbook, or several) as its
 * sources; `privacy` is the `list` delivery's (public unless given).
 */
export function tinyCampaignIn(root: string, source: string | string[], options: { timezone?: string; privacy?: 'public' | 'recipient' } = {}): string {
  const campaign = join(root, 'campaign.yaml');
  const sources = (Array.isArray(source) ? source : [source]).map((path) => `  - path: ${JSON.stringify(path)}`).join('\n');
  writeFileSync(campaign, `petition:
  languages: [en]
  title: { en: Tiny campaign }
  text: { en: Text. }
organizer: { name: T, organization: T Org, address: [1 St], contact: t@example.org, signatory: T }
sources:
${sources}
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male }
deliveries:
  - { id: list, target: un, date: 2026-12-10, place: New York, privacy: ${options.privacy ?? 'public'} }
  - { id: count, target: un, date: 2026-12-11, place: New York, privacy: count-only }
${options.timezone ? `timezone: ${options.timezone}\n` : ''}`);
  return campaign;
}

/**
 * A campaign in a temporary folder with the given export files (name → text) as its sources, and two deliveries to
 * the UN: `first` (10 December 2025) and `second` (20 June 2026, a follow-up `since: first`), both `privacy`.
 * `countries` gives a source its `country:` (a file whose rows name none, as a Korean form's). Returns the folder and
 * the campaign path.
 */
export function followUpCampaign(
  files: Record<string, string>, privacy: 'public' | 'recipient' | 'count-only' = 'recipient', options: { countries?: Record<string, string> } = {},
): { root: string; campaign: string } {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const campaign = join(root, 'campaign.yaml');
  writeFileSync(campaign, `petition:
  languages: [en]
  title: { en: Stop the forced return of North Korean refugees }
  text: { en: We call on the People's Republic of China to stop returning North Koreans against their will. }
organizer: { name: Min-ji Park, organization: Safe Passage Coalition, address: [1200 Example Avenue NW], contact: petition@example.org, signatory: Min-ji Park }
sources:
${Object.keys(files).map((name) => `  - path: ${name}${options.countries?.[name] ? `\n    country: ${options.countries[name]}` : ''}`).join('\n')}
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, gender: male }
deliveries:
  - { id: first, target: un, date: 2025-12-10, place: New York, privacy: ${privacy} }
  - { id: second, target: un, date: 2026-06-20, place: New York, privacy: ${privacy}, since: first }
`);
  return { root, campaign };
}

/**
 * A workbook in `dir` (multi.xlsx unless `file` says otherwise) as the tester's: 김하나 signed at the March rally
 * (sheet "3월 집회") and again in Busan (sheet "부산"), then withdrew (sheet "철회", whose rows `withdrawn` gives).
 * Returns its path.
 */
export async function rallyWorkbook(dir: string, options: { file?: string; withdrawn?: unknown[][] } = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('3월 집회').addRows([
    ['이름', '이메일', '도시', '국가', '서명일'],
    ['김하나', 'hana@example.kr', '서울', 'KR', '2025-12-01'],
    ['이두리', 'dul@example.kr', '서울', 'KR', '2025-11-20'],
    ['박세나', 'sena@example.kr', '부산', 'KR', '2025-11-21'],
  ]);
  workbook.addWorksheet('부산').addRows([['성명', '도시', '서명일'], ['한여섯', '부산', '2025-12-03'], ['김하나', '서울', '2025-12-01']]);
  workbook.addWorksheet('철회').addRows([['이름', '도시'], ...(options.withdrawn ?? [['김하나', '서울']])]);
  const path = join(dir, options.file ?? 'multi.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** The fixture campaign's folder (fixtures/campaign/): its campaign.yaml names the exports relative to it. */
export const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/', import.meta.url));

/**
 * Prints one paper sheet for `campaign` as it stands (its register beside it) into `folder`, and marks it returned:
 * the sheet's id and the privacy notice it was printed with.
 */
export async function returnedSheet(campaign: string, folder: string, at: { now: Date }): Promise<{ sheet: string; notice: { targets: string[]; published: boolean } }> {
  await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(folder, 'sheets.pdf')], at);
  const register = JSON.parse(readFileSync(join(folder, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[]; notice: { targets: string[]; published: boolean } }> };
  const [sheet] = register.batches[0].sheets;
  await runMain(['sheets', '--campaign', campaign, '--returned', sheet], at);
  return { sheet, notice: register.batches[0].notice };
}

/** The fixture campaign's text with typed.csv (the sheets typed up, beside it) as its first source, the exports where the fixture keeps them. */
export function withTypedSheets(yaml: string): string {
  return yaml.replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n')
    .replace(/path: (?!typed)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`);
}

/** The text of every document in `folder` (PDFs, JSON, Markdown, plain text), for "no document names them". */
export async function documentTexts(folder: string): Promise<string[]> {
  const texts: string[] = [];
  for (const file of readdirSync(folder)) {
    const path = join(folder, file);
    if (file.endsWith('.pdf')) texts.push((await readPdfText(readFileSync(path))).text);
    else if (/\.(json|md|txt)$/.test(file)) texts.push(readFileSync(path, 'utf8'));
  }
  return texts;
}
