// `petition inspect FILE`: what was detected (encoding, delimiter, format, mapping) and the first rows as they will be read.
import { openSpec } from '../../pipeline/scan-sources.js';
import { CutCells, cuttableColumns } from '../../pipeline/cut-cells.js';
import { detectFormat, shownHeaders } from '../../formats/detect-format.js';
import { describeMapping } from '../../formats/describe-mapping.js';
import { sampledMapping } from '../../formats/sampled-mapping.js';
import { createRecordMapper } from '../../formats/map-record.js';
import { shownCountry, shownFormat, shownWhen } from '../../i18n/shown-values.js';
import type { Translator } from '../../i18n/translator.js';
import { createNormalizer } from '../../normalize/create-normalizer.js';
import { validateSignature } from '../../validate/validate-signature.js';
import { UserError, visibleInLine } from '../../errors.js';
import { maskContact, maskEmail } from '../../output/mask.js';
import type { DecodedRecord, Signature } from '../../types.js';
import { prepareSources, type CommandContext } from '../context.js';
import { sourceSpecs, type ReadFlags } from '../read-options.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { Problem } from '../../types.js';
import { reasonText } from '../../i18n/reason-text.js';
import { padToWidth } from '../../dedupe/explain/display-width.js';
import { msg } from '../../i18n/message.js';
import { booleanNames } from '../../formats/boolean-names.js';

export interface InspectFlags extends ReadFlags {
  rows: string;
  json?: boolean;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export async function inspectCommand(path: string, flags: InspectFlags, ctx: CommandContext): Promise<number> {
  const [spec, ...more] = sourceSpecs([path], flags);
  // inspect shows one table: of several sheets named, which one would be a guess.
  if (more.length > 0) throw new UserError(msg('inspect.one-sheet', { sheets: [spec, ...more].map((s) => `"${s.sheet}"`).join(', ') }), { file: path });
  const sources = await prepareSources([spec], ctx.deps);
  try {
    // A workbook shows its first sheet that reads as a signature list; the others are named for --sheet.
    const [reader, ...otherSheets] = await openSpec(spec, () => sources.open(spec));
    const { info } = reader;
    const shownRows = Math.max(0, Number.parseInt(flags.rows, 10) || 0);
    const records: DecodedRecord[] = [];
    for await (const record of reader.records()) {
      records.push(record);
      if (records.length >= Math.max(shownRows, 200)) break;
    }
    let mappingError: UserError | null = null;
    let mapping = null;
    try {
      const detected = detectFormat(info.header, { format: spec.format, map: spec.map, file: path, emailNames: info.takenOff !== undefined });
      mapping = sampledMapping(detected, records);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      mappingError = error;
    }
    const preview: Array<{ row: number; line: number; signature?: Signature; rejected?: string; reason?: string; detail?: string }> = [];
    let found: Problem[] = [];
    if (mapping) {
      const mapRecord = createRecordMapper(mapping, path);
      const dateColumn = mapping.columns.find((c) => c.field === 'date');
      const dateSamples = dateColumn ? records.flatMap((r) => (r.kind === 'data' && r.cells[dateColumn.index] ? [r.cells[dateColumn.index]] : [])) : [];
      const normalizer = createNormalizer({ source: path, defaultCountry: spec.country, tz: flags.tz ?? 'UTC', dateSamples, date1904: info.sheet?.date1904 });
      const cutCells = new CutCells(path, info.header);
      const cuttable = cuttableColumns(mapping);
      const withoutBooleanNames = booleanNames(mapping);
      for (const read of records) {
        const record = withoutBooleanNames(read.kind === 'data' && read.cut ? cutCells.take(read, cuttable) : read);
        if (record.kind === 'rejected') {
          if (preview.length < shownRows) preview.push({ row: record.row, line: record.line, rejected: `${record.reason}: ${record.detail}`, reason: record.reason, detail: ctx.words.say(record.detailText ?? record.detail) });
          continue;
        }
        const raw = mapRecord(record.cells, record.row, record.line);
        const signature = normalizer.normalize(raw);
        const invalid = validateSignature(signature, raw);
        if (preview.length < shownRows) preview.push({ row: record.row, line: record.line, signature, rejected: invalid ? `${invalid.reason}: ${invalid.detail}` : undefined, reason: invalid?.reason, detail: invalid ? ctx.words.say(invalid.detailText ?? invalid.detail) : undefined });
      }
      found = [...cutCells.problems(), ...normalizer.problems()];
    }
    const problems = found.map((p) => `${p.row !== undefined ? `row ${p.row}: ` : ''}${p.message}`);

    if (flags.json) {
      ctx.out(JSON.stringify({
        path, ...(info.sheet ? { sheet: info.sheet.name, sheets: info.sheet.sheets, otherSources: otherSheets.map((r) => r.name), date1904: info.sheet.date1904 } : {}),
        encoding: info.encoding, encodingBy: info.encodingBy, delimiter: info.delimiter, preambleLines: info.preamble.length,
        headerLine: info.header.length ? info.headerLine : null, header: shownHeaders(info.header), format: mapping?.format ?? null,
        columns: mapping?.columns ?? [], error: mappingError?.describe() ?? null,
        rows: preview.map((p) => ({ row: p.row, line: p.line, rejected: p.rejected ?? null, ...(p.signature ? publicView(p.signature) : {}) })),
        problems,
      }, null, 2) + '\n');
    } else {
      const c = ctx.color;
      const { t } = ctx.words;
      /** "  encoding   utf-8 (by bom)": a label in the organizer's language, padded to line the values up. */
      const field = (label: string, value: string) => ctx.out(`  ${padToWidth(t(`inspect.field.${label}`), 10)} ${value}\n`);
      ctx.out(`${c.bold(visibleInLine(path))}\n`);
      if (info.sheet) {
        const sheets = info.sheet.sheets.map((sheet) => `"${visibleInLine(sheet)}"`).join(', ');
        field('workbook', t(info.sheet.date1904 ? 'inspect.workbook-1904' : 'inspect.workbook', { sheets }));
        field('sheet', t('inspect.sheet', { sheet: visibleInLine(info.sheet.name), name: visibleInLine(reader.name) }));
        for (const other of otherSheets) field('also-read', t('inspect.also-read', { name: visibleInLine(other.name), option: visibleInLine(`--sheet "${other.info.sheet?.name}"`) }));
        if (info.preamble.length) field('preamble', t('inspect.preamble-rows', { count: info.preamble.length }));
        field('header', t('where.row', { row: info.headerLine }));
      } else {
        field('encoding', t('inspect.encoding', { encoding: info.encoding, by: msg(`inspect.by.${info.encodingBy}`) }));
        const delimiter = DELIMITER_NAMES[info.delimiter];
        field('delimiter', delimiter ? t(`inspect.delimiter.${delimiter}`) : JSON.stringify(info.delimiter));
        if (info.preamble.length) field('preamble', t('init.preamble', { count: info.preamble.length }));
        field('header', t('where.line', { line: info.headerLine }));
      }
      field('format', mapping ? shownFormat(mapping.format, ctx.words) : c.red(t('inspect.no-format')));
      ctx.out(`\n${t('init.columns')}\n`);
      // One line per column and per row, whatever a header or cell holds: a line break in one cannot forge a line.
      if (mapping) for (const line of describeMapping(mapping, ctx.words)) ctx.out(`  ${visibleInLine(line)}\n`);
      else ctx.out(shownHeaders(info.header).map((h) => `  ${visibleInLine(h)}\n`).join(''));
      if (preview.length) {
        ctx.out(`\n${t('init.first-rows')}\n`);
        for (const p of preview) {
          const text = p.signature ? visibleInLine(shownRow(p.signature, ctx.words)) : '';
          const rejected = p.reason ? c.yellow(`  ← ${t('inspect.preview-rejected', { reason: reasonText(p.reason, ctx.words), detail: p.detail ?? '' })}`) : '';
          ctx.out(`  ${t('inspect.preview-row', { row: String(p.row).padStart(3), line: p.line, text })}${rejected}\n`);
        }
      }
      const said = found.map((p) => (p.row !== undefined ? t('inspect.problem-row', { row: p.row, message: ctx.words.say(p.text ?? p.message) }) : ctx.words.say(p.text ?? p.message)));
      if (said.length) ctx.out(`\n${t('inspect.problems')}\n${said.map((p) => `  ${p}\n`).join('')}`);
    }
    if (mappingError) throw mappingError;
    return problems.length || preview.some((p) => p.rejected) ? EXIT_PROBLEMS : EXIT_DONE;
  } finally {
    await sources.cleanup();
  }
}

/** A row as a person reads it: masked as in publicView, the country placeholder and the date in the organizer's terms. */
function shownRow(s: Signature, words: Translator): string {
  const view = publicView(s);
  const when = s.signedAt === null ? null : shownWhen(s.signedAt);
  return [view.name, view.email, view.city, view.postcode, view.country && shownCountry(view.country, words), when].filter(Boolean).join(' | ');
}

/** A row as inspect shows it: an email or phone typed where the name or city goes is masked like the email column. */
function publicView(s: Signature) {
  return {
    name: maskContact(s.name), given: maskContact(s.given), family: maskContact(s.family), email: maskEmail(s.email),
    city: maskContact(s.city), region: maskContact(s.region), postcode: s.postcode,
    country: s.country, signedAt: s.signedAt === null ? null : new Date(s.signedAt).toISOString(), anonymous: s.anonymous,
  };
}
