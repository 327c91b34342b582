// Chooses the known export a header belongs to: by --format name, or by the headers the platform always writes.
import type { CanonicalField } from '../types.js';
import { UserError } from '../errors.js';
import { GENERIC_FORMAT, KNOWN_FORMATS, type KnownFormat } from './known-formats.js';
import { headerKey } from './header-key.js';
import { msg } from '../i18n/message.js';

/** Each format's layout keyed by folded header, built once. */
const LAYOUT_BY_FORMAT = new Map<KnownFormat, ReadonlyMap<string, CanonicalField | null>>(
  KNOWN_FORMATS.map((format) => {
    const layout = new Map<string, CanonicalField | null>();
    for (const [header, field] of format.layout) if (!layout.has(headerKey(header))) layout.set(headerKey(header), field);
    return [format, layout];
  }),
);

/** The format's columns keyed by folded header; `null` marks a known column kept in `extra`. */
export function formatLayout(format: KnownFormat): ReadonlyMap<string, CanonicalField | null> {
  return LAYOUT_BY_FORMAT.get(format) ?? new Map();
}

/** The format `--format` names, compared folded ("Change.org", "change-org" and "changeorg" are one). */
export function formatNamed(name: string, file?: string): KnownFormat {
  const wanted = headerKey(name);
  const found = KNOWN_FORMATS.find((format) => headerKey(format.name) === wanted);
  if (!found) {
    throw new UserError(msg('format.unknown', { name, formats: KNOWN_FORMATS.map((f) => f.name).join(', ') }), { file });
  }
  return found;
}

/**
 * The known export whose signature headers are all present; when several fit, the one whose layout
 * explains the most columns. Anything else is the generic format.
 */
export function pickFormat(header: readonly string[]): KnownFormat {
  const keys = header.map(headerKey);
  const present = new Set(keys);
  let best = GENERIC_FORMAT;
  let bestScore = 0;
  for (const format of KNOWN_FORMATS) {
    if (format.signature.length === 0) continue;
    const fits = format.signature.every((group) => group.some((wanted) => wanted.endsWith('*')
      ? keys.some((key) => key.startsWith(headerKey(wanted.slice(0, -1))))
      : present.has(headerKey(wanted))));
    if (!fits || format.notWith?.some((header) => present.has(headerKey(header)))) continue;
    const layout = formatLayout(format);
    const score = keys.filter((key) => layout.has(key)).length;
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}
