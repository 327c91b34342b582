// Reads the press kit's words per language: templates/press/<lang>.yaml (poster and card labels) and
// <lang>.release.hbs (the release), the campaign's own templates folder first (its press/ subfolder).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseYamlWithSchema } from '../campaign/parse-yaml-with-schema.js';
import { UserError } from '../errors.js';
import { builtinTemplatesDir } from '../packet/letter/builtin-templates-dir.js';
import { msg } from '../i18n/message.js';

const label = z.string().trim().min(1);

const labelsSchema = z.strictObject({
  kicker: label,
  signed: label,
  countries: label,
  period: label,
  topCountries: label,
  deliveredTo: label,
  delivery: label,
  organizer: label,
  scan: label,
  chart: label,
});

export type PressLabelSources = z.output<typeof labelsSchema>;

/** One language's press templates as text, with the files they came from (for error messages). */
export interface PressTemplates {
  language: string;
  labels: PressLabelSources;
  labelsFile: string;
  release: string;
  releaseFile: string;
}

const LABELS = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yaml$/;

function folders(campaignTemplates: string | undefined): string[] {
  const own = campaignTemplates === undefined ? [] : [join(campaignTemplates, 'press')];
  return [...own.filter((dir) => existsSync(dir)), join(builtinTemplatesDir(), 'press')];
}

/** Languages that have a press kit: a labels file and a release template in one of the folders. */
export function pressLanguages(campaignTemplates?: string): string[] {
  const found = new Set<string>();
  for (const dir of folders(campaignTemplates)) {
    for (const name of readdirSync(dir)) {
      const match = LABELS.exec(name);
      if (match && existsSync(join(dir, `${match[1]}.release.hbs`))) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/** The templates of one language; a UserError naming the languages that have them when it has none. */
export function loadPressTemplates(language: string, campaignTemplates?: string): PressTemplates {
  for (const dir of folders(campaignTemplates)) {
    const labelsFile = join(dir, `${language}.yaml`);
    const releaseFile = join(dir, `${language}.release.hbs`);
    if (!existsSync(labelsFile) || !existsSync(releaseFile)) continue;
    const labels = parseYamlWithSchema(readFileSync(labelsFile, 'utf8'), labelsFile, labelsSchema);
    return { language, labels, labelsFile, release: readFileSync(releaseFile, 'utf8'), releaseFile };
  }
  throw new UserError(msg('press.no-templates', { language, available: pressLanguages(campaignTemplates).join(', ') }));
}
