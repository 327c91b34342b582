// YAML text → schema-checked data, or a UserError naming the file, the line and the field that is wrong.
import { shortenText } from '../text/shorten.js';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { didYouMean, suggestionText } from './did-you-mean.js';
import { isMessage, msg, type Message, type MessageValue } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

/** Aliases are never needed in a campaign file; a few are tolerated, an expansion bomb is not. */
const MAX_ALIAS_COUNT = 50;
/** Enough issues to fix several mistakes per run without burying the first one. */
const MAX_ISSUES_SHOWN = 8;

type Issue = z.core.$ZodIssue;
type PathStep = PropertyKey;

/** A problem found after the schema passed (a reference to something outside the file), placed by its field path. */
export interface FieldProblem { path: PathStep[]; message: string | Message }

/**
 * Parses YAML, then validates it with the schema and then with `check`, if given.
 * Every error names `file`, a line and a field path.
 */
export function parseYamlWithSchema<T extends z.ZodType>(
  text: string, file: string, schema: T, check?: (data: z.output<T>) => FieldProblem[],
): z.output<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const [line, character] = [first.linePos?.[0].line, first.linePos?.[0].col];
    // The parser's own words stay (English, from the yaml package), inside a sentence in the organizer's language.
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(msg('campaign.not-yaml', { reason: message }), { file, line, character });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError for alias expansion past maxAliasCount (the "billion laughs" file).
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(msg('campaign.alias-bomb', { reason: message }), { file }, { cause: error });
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw issuesToUserError(result.error.issues, doc, lineCounter, file, schema);
  const problems = check?.(result.data) ?? [];
  if (problems.length === 0) return result.data;
  const issues = problems.map((p): Issue => ({ code: 'custom', path: p.path, message: english().say(p.message), params: { text: p.message }, input: undefined }));
  throw issuesToUserError(issues, doc, lineCounter, file, schema);
}

/** One UserError for all issues: the first issue gives the location, every issue gets its own line. */
function issuesToUserError(
  issues: readonly Issue[], doc: Document, lineCounter: LineCounter, file: string, schema: z.ZodType,
): UserError {
  const described = withoutMisspeltKeys(issues.flatMap(expandUnion), schema)
    .flatMap((issue) => describeIssue(issue, doc, lineCounter, schema))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const [first, ...rest] = described;
  // Each issue on its own line, the first in the message itself: a list of lines, as nested messages.
  let text: Message = first.text;
  for (const d of rest.slice(0, MAX_ISSUES_SHOWN - 1)) text = msg('campaign.issue-next', { before: text, line: d.line ?? '?', issue: d.text });
  if (rest.length >= MAX_ISSUES_SHOWN) text = msg('campaign.issues-more', { before: text, more: rest.length - MAX_ISSUES_SHOWN + 1 });
  return new UserError(text, { file, line: first.line });
}

interface DescribedIssue { line: number | undefined; text: Message }

/**
 * An "invalid union" says little; the alternative that got furthest into the value says what is wrong
 * (a mapping meant as {male, female, neutral} that lacks "neutral"). When no alternative got past the
 * value itself, the union's own message stays.
 */
function expandUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const scored = issue.errors.map((branch) => ({ branch, depth: reach(branch), count: branch.flatMap(expandUnion).length }));
  const best = scored.sort((a, b) => b.depth - a.depth || a.count - b.count)[0];
  if (best.depth === 0) return [issue];
  return best.branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue).flatMap(expandUnion);
}

/** How far into the value an alternative got before failing: nested unions count their best alternative. */
function reach(branch: readonly Issue[]): number {
  return Math.max(0, ...branch.map((i) => i.path.length + (i.code === 'invalid_union' && i.errors.length > 0 ? Math.max(...i.errors.map(reach)) : 0)));
}

/** "adress" unknown and "address" missing are one mistake: keep the unknown key, which carries the suggestion. */
function withoutMisspeltKeys(issues: readonly Issue[], schema: z.ZodType): Issue[] {
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeysAt(schema, issue.path);
    for (const key of issue.keys) {
      const suggestion = didYouMean(key, known);
      if (suggestion !== undefined) suggested.add(JSON.stringify([...issue.path, suggestion].map(String)));
    }
  }
  return issues.filter((issue) => !((issue as { input?: unknown }).input === undefined
    && suggested.has(JSON.stringify(issue.path.map(String)))));
}

function describeIssue(issue: Issue, doc: Document, lineCounter: LineCounter, schema: z.ZodType): DescribedIssue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path);
    return issue.keys.map((key) => ({
      line: lineOf(locate(doc, [...path, key], true), lineCounter),
      text: msg(known.length > 0 ? 'campaign.unknown-key-allowed' : 'campaign.unknown-key', {
        field: fieldName([...path, key]), key, suggestion: suggestionText(key, known.filter((k) => k !== key)), known: known.join(', '),
      }),
    }));
  }
  const keyIssue = issue.code === 'invalid_key';
  const node = locate(doc, path, keyIssue);
  return [{ line: lineOf(node, lineCounter), text: msg('campaign.issue', { field: fieldName(path), problem: problemText(issue) }) }];
}

function problemText(issue: Issue): Message {
  const input = (issue as { input?: unknown }).input;
  const got = show(input);
  const withGot = (message: MessageValue): Message => msg('campaign.problem.own-got', { message, got });
  switch (issue.code) {
    case 'invalid_type': {
      // A field with its own words for the form it takes (namesakes: "key: same-person lines") says them.
      if (isCheckKey(issue.message)) return withGot(ownMessage(issue));
      // zod's "record" is a mapping to the organizer, like "object": no English schema word inside their language.
      const expected = issue.expected === 'record' || issue.expected === 'map' ? 'object' : issue.expected;
      if (input === undefined) return msg('campaign.problem.missing-type', { expected });
      return msg('campaign.problem.wrong-type', { expected, got });
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      if (input === undefined) return msg('campaign.problem.missing-value', { values });
      const suggestion = typeof input === 'string' ? suggestionText(input, issue.values.map(String)) : '';
      return msg('campaign.problem.one-of', { values, got, suggestion });
    }
    case 'too_small':
      if (issue.origin === 'array') return msg('campaign.problem.min-items', { minimum: Number(issue.minimum) });
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? msg('campaign.problem.empty') : msg('campaign.problem.min-characters', { minimum: Number(issue.minimum) });
      return msg('campaign.problem.at-least', { minimum: String(issue.minimum), got });
    case 'too_big':
      return msg('campaign.problem.at-most', { maximum: String(issue.maximum), got });
    case 'invalid_key':
      return msg('campaign.problem.key', { key: show(issue.path[issue.path.length - 1]), reasons: ownMessage(issue.issues[0] as Issue) });
    case 'invalid_union':
      return issue.message === 'Invalid input' ? msg('campaign.problem.wrong-form', { got }) : withGot(ownMessage(issue));
    case 'custom':
      // A field's own check shows the value; a cross-reference check (input: the whole file) says all in its message.
      return input === undefined || (typeof input === 'object' && input !== null) ? msg('campaign.problem.own', { message: ownMessage(issue) }) : withGot(ownMessage(issue));
    default:
      return input === undefined ? msg('campaign.problem.own', { message: ownMessage(issue) }) : withGot(ownMessage(issue));
  }
}

/**
 * A check's own message in catalog form: a Message in params (cross-references), a catalog key as the message (the
 * schema's checks, campaign.check.*), or zod's or a preset schema's English as it is.
 */
function ownMessage(issue: Issue): MessageValue {
  const text = (issue as { params?: { text?: unknown } }).params?.text;
  if (isMessage(text)) return text;
  if (isCheckKey(issue.message)) return msg(issue.message);
  // zod's own English for a form it checks ("Invalid string: must match pattern /…/") is no sentence for an organizer.
  if (issue.code === 'invalid_format') return msg('campaign.problem.bad-form');
  return issue.message;
}

/** Whether a check's message is a catalog key of the schema's own checks (campaign.check.*). */
function isCheckKey(message: string): boolean {
  return message.startsWith('campaign.check.') && english().known(message) !== undefined;
}

/** `deliveries[0].privacy` */
export function fieldName(path: readonly PathStep[]): MessageValue {
  if (path.length === 0) return msg('campaign.top-level');
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${String(step)}`)).join('');
}

/** A value as the message shows it: its kind in words, or its text, shortened. */
function show(value: unknown): MessageValue {
  if (value === undefined) return msg('campaign.value.nothing');
  if (value === null) return msg('campaign.value.empty');
  if (Array.isArray(value)) return msg('campaign.value.list');
  if (typeof value === 'object') return msg('campaign.value.mapping');
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return shortenText(text, 58);
}

/**
 * The YAML node on the path; for a key issue, the key itself. When the path ends in a key that is
 * not there (a missing field), the key or list item that holds the mapping it is missing from.
 */
function locate(doc: Document, path: readonly PathStep[], wantKey: boolean): YamlNode | undefined {
  let node: unknown = doc.contents;
  let holder: YamlNode | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    let next: unknown;
    let nextHolder: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return holder;
      next = pair.value;
      nextHolder = pair.key;
      if (wantKey && i === path.length - 1) return pair.key as YamlNode;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
      nextHolder = next;
    }
    if (!next || typeof next !== 'object' || !('range' in next)) return holder;
    node = next;
    holder = nextHolder as YamlNode;
  }
  return node as YamlNode;
}

function lineOf(node: YamlNode | undefined, lineCounter: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : lineCounter.linePos(start).line;
}

/** The keys the schema allows at a path, for "did you mean" on unknown keys. */
function knownKeysAt(schema: z.ZodType, path: readonly PathStep[]): string[] {
  let current: unknown[] = [schema];
  for (const step of path) current = current.flatMap((s) => childSchemas(unwrap(s), step));
  return [...new Set(current.flatMap((s) => objectKeys(unwrap(s))))];
}

interface Def { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; valueType?: unknown; options?: unknown[] }

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } })?._zod?.def;
}

function unwrap(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (!def) return [];
  if (def.innerType !== undefined) return unwrap(def.innerType);
  if (def.type === 'pipe') return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}

function childSchemas(schemas: unknown[], step: PathStep): unknown[] {
  return schemas.flatMap((schema) => {
    const def = defOf(schema);
    if (def?.type === 'object' && def.shape && typeof step === 'string' && step in def.shape) return [def.shape[step]];
    if (def?.type === 'array' && typeof step === 'number') return [def.element];
    if (def?.type === 'record') return [def.valueType];
    return [];
  });
}

function objectKeys(schemas: unknown[]): string[] {
  return schemas.flatMap((schema) => {
    const def = defOf(schema);
    return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  });
}
