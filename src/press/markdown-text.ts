// Campaign text put into the release's Markdown is text, not markup: `*`, `<img …>`, `[link](…)` or a line starting
// with `#` print as written instead of turning into emphasis, HTML, links or headings. The .txt undoes the escapes.

/** ASCII punctuation CommonMark gives a meaning to; a backslash before any of them prints it as itself. */
const MARKUP = /[\\`*_{}[\]<>()#+!|~]/g;

/** One line of running text: line breaks become spaces (a title over two lines is still one headline). */
export function markdownInline(text: string): string {
  return escapeLineStart(text.replace(/\s*[\r\n]+\s*/g, ' ').replace(MARKUP, '\\$&'));
}

/** Text inside a block quote: each of its lines stays in the quote, blank ones too. */
export function markdownQuoted(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => escapeLineStart(line.trim().replace(MARKUP, '\\$&'))).join('\n> ');
}

/** A list item ("- x", "1. x") at the start of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^-(?=\s)/, '\\-').replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** The Markdown's escapes removed, for the plain-text release. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]<>()#+!|~.)-])/g, '$1');
}
