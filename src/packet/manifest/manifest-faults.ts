// What is wrong with a manifest `verify` cannot read, said to an organizer in their language ("it lists the file
// "letter.pdf" without its checksum"), not in the schema library's English ("outputs.0.sha256: Invalid input").
import type { z } from 'zod';
import { msg, type Message } from '../../i18n/message.js';

/** The longest manifest read: many times what a packet of a million signers writes; past it, a file is not one. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** The schema's note on a file listed a second time (verify-packet.ts), told apart from a path that is not a name. */
export const LISTED_TWICE = 'listed twice';

/** The lists a manifest holds, as the catalog's `{list, select, …}` names them. */
type ListName = 'inputs' | 'outputs' | 'parts';

/** A manifest that is not an object of entries at all: what it holds instead. */
export function notEntriesFault(json: unknown): Message {
  const kind = Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json === 'string' ? 'string' : 'value';
  return msg('verify.manifest.not-entries', { kind });
}

/** The first schema issue of a manifest, in words. */
export function manifestFault(issue: z.core.$ZodIssue, json: unknown): Message {
  const path = issue.path;
  if (path.length === 0) return notEntriesFault(json);
  const [list, index, field] = path;
  if (list !== 'inputs' && list !== 'outputs' && list !== 'parts') return msg('verify.manifest.fault', { fault: msg('verify.fault.other', { field: path.map(String).join('.') }) });
  return msg('verify.manifest.fault', { fault: listFault(list, index, field, json, issue) });
}

function listFault(list: ListName, index: PropertyKey | undefined, field: PropertyKey | undefined, json: unknown, issue: z.core.$ZodIssue): Message {
  const entries = (json as Record<string, unknown>)[list];
  if (index === undefined) return msg(entries === undefined ? 'verify.fault.list-missing' : 'verify.fault.list-not-list', { list });
  const number = typeof index === 'number' ? index + 1 : 0;
  if (list === 'parts') return msg('verify.fault.part-not-name', { number });
  const entry = Array.isArray(entries) ? entries[number - 1] : undefined;
  if (field === undefined) return msg('verify.fault.entry-not-entry', { list, number });
  const name = typeof (entry as { path?: unknown })?.path === 'string' ? (entry as { path: string }).path : '';
  const missing = (entry as Record<PropertyKey, unknown>)[field] === undefined;
  const named = { list, number, name, named: name === '' ? 'no' : 'yes' };
  if (field === 'path' && issue.code === 'custom' && issue.message === LISTED_TWICE) return msg('verify.fault.listed-twice', named);
  if (field === 'path') return msg('verify.fault.no-name', { list, number });
  if (field === 'pages') return msg('verify.fault.bad-pages', named);
  if (field === 'bytes' || field === 'rows') return msg(missing ? 'verify.fault.no-size' : 'verify.fault.bad-size', { ...named, what: field });
  if (field === 'sha256') return msg(missing ? 'verify.fault.no-checksum' : 'verify.fault.bad-checksum', named);
  return msg('verify.fault.other', { field: issue.path.map(String).join('.') });
}
