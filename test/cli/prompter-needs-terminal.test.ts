// Answers piped into `petition init` or `review`: the real prompts say a terminal is needed and what to use
// instead, rather than taking the first answer and reporting a cancel.
import { describe, expect, it } from '@jest/globals';
import { PassThrough, Readable } from 'node:stream';
import { inquirerPrompter } from '../../src/cli/prompter.js';
import { UserError } from '../../src/errors.js';
import { english } from '../../src/i18n/translator.js';

describe('the real prompter on a pipe', () => {
  it('refuses the first question, naming --yes and the flags, instead of a cancel', async () => {
    const prompter = inquirerPrompter(Readable.from(['ko\nStop\ntext.txt\n']), new PassThrough());
    const asked = prompter.input({ message: 'Languages' });
    await expect(asked).rejects.toBeInstanceOf(UserError);
    const error = await asked.catch((e: UserError) => e);
    const text = (error as UserError).describe(english());
    expect(text).toContain('terminal');
    expect(text).toContain('petition init --yes');
  });
});
