// The one place templates are compiled: handlebars in strict mode, built-in block helpers only, no partials.
import Handlebars from 'handlebars';
import { UserError } from '../../errors.js';

/** A compiled template: context in, plain text out (no HTML escaping: letters are text, not markup). */
export type CompiledTemplate = (context: object) => string;

const engine = Handlebars.create();
// `log` writes to the console and `lookup` reaches into objects by computed key; letters need neither.
engine.unregisterHelper('log');
engine.unregisterHelper('lookup');
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
    if (forbidden) throw new UserError(`templates may not use partials or decorators (line ${forbidden.line})`, { file, line: forbidden.line });
    render = engine.compile(source, COMPILE_OPTIONS);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`template error: ${firstLine(error)}`, { file }, { cause: error });
  }
  const compiled: CompiledTemplate = (context) => {
    try {
      return render(context);
    } catch (error) {
      throw new UserError(`template error: ${firstLine(error)}`, { file }, { cause: error });
    }
  };
  cache.set(key, compiled);
  return compiled;
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
