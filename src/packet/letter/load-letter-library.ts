// Reads letter templates (letters/<lang>[.cover-to-ambassador].hbs) and office presets (offices/*.yaml) from folders.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError } from '../../errors.js';
import { parseYamlWithSchema } from '../../campaign/parse-yaml-with-schema.js';
import { builtinTemplatesDir } from './builtin-templates-dir.js';
import { officePresetSchema } from './office-preset-schema.js';
import type { OfficePreset } from './office-preset-schema.js';
import { msg } from '../../i18n/message.js';

export interface LoadedFile<T> { value: T; file: string }

export interface LetterLibrary {
  /** Preset id (file name without extension) → preset. */
  presets: ReadonlyMap<string, LoadedFile<OfficePreset>>;
  /** `en` or `en.cover-to-ambassador` → template source. */
  templates: ReadonlyMap<string, LoadedFile<string>>;
}

const TEMPLATE_PATTERN = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)(\.cover-to-ambassador)?\.hbs$/;
const PRESET_PATTERN = /^([a-z0-9][a-z0-9-]*)\.ya?ml$/;
const builtinCache = new Map<string, LetterLibrary>();

/**
 * The built-in library, overlaid by each folder in `overlays` in turn (later wins).
 * An overlay holds `<lang>.hbs` files at its top or in `letters/`, and presets in `offices/`.
 */
export function loadLetterLibrary(overlays: readonly string[] = []): LetterLibrary {
  const builtin = loadBuiltin();
  if (overlays.length === 0) return builtin;
  const presets = new Map(builtin.presets);
  const templates = new Map(builtin.templates);
  for (const dir of overlays) {
    if (!existsSync(dir)) throw new UserError(msg('letter.no-template-folder'), { file: dir });
    readInto(dir, presets, templates, true);
    readInto(join(dir, 'letters'), presets, templates, false);
  }
  return { presets, templates };
}

function loadBuiltin(): LetterLibrary {
  const root = builtinTemplatesDir();
  const hit = builtinCache.get(root);
  if (hit) return hit;
  const presets = new Map<string, LoadedFile<OfficePreset>>();
  const templates = new Map<string, LoadedFile<string>>();
  readInto(join(root, 'letters'), presets, templates, false);
  readInto(root, presets, templates, true);
  const library = { presets, templates };
  builtinCache.set(root, library);
  return library;
}

/** Reads `<dir>/*.hbs` and, when `withOffices`, `<dir>/offices/*.yaml`. Missing folders are skipped. */
function readInto(
  dir: string, presets: Map<string, LoadedFile<OfficePreset>>, templates: Map<string, LoadedFile<string>>, withOffices: boolean,
): void {
  for (const name of listFiles(dir)) {
    const match = TEMPLATE_PATTERN.exec(name);
    if (!match) continue;
    const file = join(dir, name);
    templates.set(match[1] + (match[2] ?? ''), { value: readFileSync(file, 'utf8'), file });
  }
  if (!withOffices) return;
  const officesDir = join(dir, 'offices');
  for (const name of listFiles(officesDir)) {
    const match = PRESET_PATTERN.exec(name);
    if (!match) continue;
    const file = join(officesDir, name);
    presets.set(match[1], { value: parseYamlWithSchema(readFileSync(file, 'utf8'), file, officePresetSchema), file });
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => basename(e.name)).sort();
}
