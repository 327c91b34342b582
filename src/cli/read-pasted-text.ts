// Multi-line text pasted at a prompt (a petition's paragraphs): lines until a line holding a single "." or the end
// of input. A one-line prompt would keep the first line of a paste and lose the rest.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export const END_OF_PASTE = '.';

/** Resolves with the pasted lines joined by "\n", trailing blank lines removed; rejects as a cancelled prompt on Ctrl-C. */
export function readPastedText(input: Readable, output: Writable): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const reader = createInterface({ input, output, terminal: false });
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      reader.close();
      while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
      resolve(lines.join('\n'));
    };
    reader.on('line', (line) => {
      if (line.trim() === END_OF_PASTE) finish();
      else lines.push(line.replace(/\r$/, ''));
    });
    reader.on('close', finish);
    reader.on('SIGINT', () => {
      if (settled) return;
      settled = true;
      reader.close();
      // The same error @inquirer/prompts raises on Ctrl-C, so main reports a clean cancel.
      const cancelled = new Error('User force closed the prompt');
      cancelled.name = 'ExitPromptError';
      reject(cancelled);
    });
  });
}
