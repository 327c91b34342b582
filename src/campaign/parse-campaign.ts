// campaign.yaml text → Campaign: schema, cross-references, presets and templates checked; source paths resolved.
import { existsSync } from 'node:fs';
import { statPath } from '../read/stat-path.js';
import { resolve } from 'node:path';
import { loadLetterLibrary } from '../packet/letter/load-letter-library.js';
import type { LetterLibrary } from '../packet/letter/load-letter-library.js';
import type { Office } from '../packet/letter/office-preset-schema.js';
import { campaignFileSchema } from './campaign-schema.js';
import type { Campaign, CampaignFile } from './campaign-schema.js';
import { suggestionText } from './did-you-mean.js';
import { msg, type Message } from '../i18n/message.js';
import { parseYamlWithSchema } from './parse-yaml-with-schema.js';
import type { FieldProblem } from './parse-yaml-with-schema.js';

export interface ParseCampaignOptions {
  /** The letter library to check presets and languages against; by default the package's, overlaid by the campaign's `templates`. */
  library?: LetterLibrary;
}

/**
 * Parses and checks a campaign file. `baseDir` is the campaign file's folder: source paths and the
 * templates folder are resolved against it. Throws a UserError naming the line and field of any mistake.
 */
export function parseCampaign(text: string, file: string, baseDir: string, options: ParseCampaignOptions = {}): Campaign {
  const data = parseYamlWithSchema(text, file, campaignFileSchema, (parsed) => checkAgainstLibrary(parsed, baseDir, options.library));
  return {
    file,
    petition: { ...data.petition, languages: data.petition.languages ?? Object.keys(data.petition.title) },
    organizer: data.organizer,
    sources: data.sources.map((source) => ({ ...source, path: source.path === '-' ? '-' : resolve(baseDir, source.path), pathAsWritten: source.path })),
    targets: data.targets,
    deliveries: data.deliveries,
    ...(data.timezone !== undefined ? { timezone: data.timezone } : {}),
    ...(data.templates !== undefined ? { templates: resolve(baseDir, data.templates) } : {}),
    ...(data.press !== undefined ? { press: data.press } : {}),
    ...(data.namesakes !== undefined ? { namesakes: data.namesakes } : {}),
  };
}

/**
 * Every campaign command reads its sources again (count, packet, status, follow-ups), so a source must be a file:
 * standard input or a pipe would be read once and then be empty.
 */
function sourcesReadAgain(data: CampaignFile, baseDir: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  data.sources.forEach((source, index) => {
    if (source.path === '-') {
      problems.push({ path: ['sources', index, 'path'], message: msg('campaign.check.stdin-source') });
      return;
    }
    const stat = statPath(resolve(baseDir, source.path), { throwIfNoEntry: false });
    if (stat && !stat.isFile() && !stat.isDirectory()) {
      problems.push({ path: ['sources', index, 'path'], message: msg('campaign.check.pipe-source', { path: source.path }) });
    }
  });
  return problems;
}

/** Presets, variants, ambassadors and letter languages must exist in the templates the letters will use. */
function checkAgainstLibrary(data: CampaignFile, baseDir: string, given: LetterLibrary | undefined): FieldProblem[] {
  const templatesDir = data.templates === undefined ? undefined : resolve(baseDir, data.templates);
  if (templatesDir !== undefined && !given && !existsSync(templatesDir)) {
    return [{ path: ['templates'], message: msg('campaign.check.templates-not-found', { folder: templatesDir }) }];
  }
  const library = given ?? loadLetterLibrary(templatesDir === undefined ? [] : [templatesDir]);
  const problems: FieldProblem[] = sourcesReadAgain(data, baseDir);
  const offices = new Map<string, Office>();
  data.targets.forEach((target, index) => {
    const preset = library.presets.get(target.preset)?.value;
    if (!preset) {
      const known = [...library.presets.keys()];
      problems.push({ path: ['targets', index, 'preset'], message: msg('campaign.check.unknown-preset', { preset: target.preset, suggestion: suggestionText(target.preset, known), known: known.join(', ') }) });
      return;
    }
    let office: Office | undefined;
    if ('variants' in preset) {
      const variants = Object.keys(preset.variants);
      office = target.variant === undefined ? undefined : preset.variants[target.variant];
      if (!office) {
        problems.push({
          path: target.variant === undefined ? ['targets', index] : ['targets', index, 'variant'],
          message: target.variant === undefined
            ? msg('campaign.check.needs-variant', { preset: target.preset, variants: variants.join(', ') })
            : msg('campaign.check.unknown-variant', { variant: target.variant, preset: target.preset, suggestion: suggestionText(target.variant, variants), variants: variants.join(', ') }),
        });
        return;
      }
    } else {
      office = preset;
      if (target.variant !== undefined) problems.push({ path: ['targets', index, 'variant'], message: msg('campaign.check.no-variants', { preset: target.preset }) });
    }
    if (office.ambassador && !target.ambassador) {
      problems.push({ path: ['targets', index], message: msg('campaign.check.needs-ambassador', { preset: target.preset }) });
    }
    if (!office.ambassador && target.ambassador) {
      problems.push({ path: ['targets', index, 'ambassador'], message: msg('campaign.check.no-embassy', { preset: target.preset }) });
    }
    offices.set(target.id, office);
  });
  const defaultLanguage = data.petition.languages?.[0] ?? Object.keys(data.petition.title)[0];
  data.deliveries.forEach((delivery, index) => {
    const office = offices.get(delivery.target);
    if (!office) return;
    const languages = delivery.languages ?? [defaultLanguage];
    languages.forEach((code, languageIndex) => {
      const path = delivery.languages ? ['deliveries', index, 'languages', languageIndex] : ['deliveries', index];
      const missing = missingFor(library, office, code);
      if (missing) problems.push({ path, message: msg('campaign.check.letters-cannot', { code, missing }) });
    });
  });
  return problems;
}

function missingFor(library: LetterLibrary, office: Office, code: string): Message | undefined {
  const letterLanguages = [...library.templates.keys()].filter((k) => !k.includes('.'));
  if (!library.templates.has(code)) {
    return msg('campaign.check.no-letter-template', { code, suggestion: suggestionText(code, letterLanguages), known: letterLanguages.join(', ') });
  }
  if (office.ambassador && !library.templates.has(`${code}.cover-to-ambassador`)) return msg('campaign.check.no-cover-template', { code });
  if (!office.official[code]) return msg('campaign.check.no-office-forms', { code, has: Object.keys(office.official).join(', ') });
  if (office.ambassador && !office.ambassador[code]) return msg('campaign.check.no-ambassador-forms', { code });
  return undefined;
}
