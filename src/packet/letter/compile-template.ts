// The one place templates are compiled: handlebars in strict mode, built-in block helpers only, no partials.
import Handlebars from 'handlebars';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/message.js';

/** A compiled template: context in, plain text out (no HTML escaping: letters are text, not markup). */
export type CompiledTemplate = (context: object) => string;

const engine = Handlebars.create();
// `log` writes to the console and `lookup` reaches into objects by computed key; letters need neither.
engine.unregisterHelper('log');
engine.unregisterHelper('lookup');
// Handlebars reports refused prototype access ({{constructor}}, {{valueOf}}) on the console, outside our stderr;
// the access is refused either way and the template renders nothing there, so the warning is silenced.
engine.logger.level = Number.POSITIVE_INFINITY;
const COMPILE_OPTIONS = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false, lookup: false },
} as const;
const cache = new Map<string, CompiledTemplate>();
const FORBIDDEN_NODES = new Set(['PartialStatement', 'PartialBlockStatement', 'DecoratorBlock', 'Decorator']);

/**
 * Compiles a template written by the project or the organizer. Signer data is only ever passed as
 * context, never as a template, so a signer's "{{…}}" prints as written.
 */
export function compileTemplate(source: string, file: string): CompiledTemplate {
  const key = `${file}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let render: HandlebarsTemplateDelegate;
  try {
    const ast = engine.parse(source);
    const forbidden = findForbidden(ast);
    if (forbidden) throw new UserError(msg('template.forbidden', { line: forbidden.line }), { file, line: forbidden.line });
    render = engine.compile(source, COMPILE_OPTIONS);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw parseError(error, file);
  }
  const compiled: CompiledTemplate = (context) => {
    try {
      return render(context);
    } catch (error) {
      // Strict mode's "\"x\" not defined in [object Object] - 1:7" names an object no one can see: name the variables.
      const unknown = /^"([^"]+)" not defined in .* - (\d+):\d+/.exec(firstLine(error));
      if (unknown) {
        const known = Object.keys(context).sort().join(', ');
        throw new UserError(msg('template.unknown-variable', { name: unknown[1], known }), { file, line: Number(unknown[2]) }, { cause: error });
      }
      throw new UserError(msg('template.error', { reason: firstLine(error) }), { file }, { cause: error });
    }
  };
  cache.set(key, compiled);
  return compiled;
}

/**
 * Handlebars' parse errors span four lines ("Parse error on line 2:", the source, a caret, "Expecting …"):
 * keep the line number as the location and the expectation as the message.
 */
function parseError(error: unknown, file: string): UserError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /^Parse error on line (\d+):/.exec(message);
  if (!line) return new UserError(msg('template.error', { reason: firstLine(error) }), { file }, { cause: error });
  const lines = message.split('\n');
  return new UserError(msg('template.unparsable', { reason: lines[lines.length - 1].trim() }), { file, line: Number(line[1]) }, { cause: error });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

interface AstNode { type?: string; loc?: { start?: { line?: number } } }

function findForbidden(node: unknown): { line: number } | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const typed = node as AstNode;
  if (typed.type && FORBIDDEN_NODES.has(typed.type)) return { line: typed.loc?.start?.line ?? 0 };
  for (const value of Object.values(node)) {
    const found = Array.isArray(value)
      ? value.map(findForbidden).find(Boolean)
      : (value && typeof value === 'object' && value !== typed.loc ? findForbidden(value) : undefined);
    if (found) return found;
  }
  return undefined;
}
