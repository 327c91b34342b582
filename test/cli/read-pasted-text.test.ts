import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { readPastedText } from '../../src/cli/read-pasted-text.js';

function paste(text: string, end = true): Promise<string> {
  const input = new PassThrough();
  const result = readPastedText(input, new PassThrough());
  input.write(text);
  if (end) input.end();
  return result;
}

describe('readPastedText', () => {
  it('keeps every line and paragraph of a paste, up to the line holding a single dot', async () => {
    const text = '중화인민공화국 정부에 드립니다.\r\n\r\n1. 북송을 중단해 주십시오.\r\n2. 접근을 허용해 주십시오.\r\n.\r\nnot part of it\n';
    await expect(paste(text, false)).resolves.toBe('중화인민공화국 정부에 드립니다.\n\n1. 북송을 중단해 주십시오.\n2. 접근을 허용해 주십시오.');
  });

  it('ends at the end of input (Ctrl-D) and drops trailing blank lines', async () => {
    await expect(paste('To the Government:\n\nStop the forced return.\n\n\n')).resolves.toBe('To the Government:\n\nStop the forced return.');
  });

  it('keeps a sentence ending in a dot: only a line with nothing but the dot ends the paste', async () => {
    await expect(paste('We ask.\n . \n')).resolves.toBe('We ask.');
  });
});
