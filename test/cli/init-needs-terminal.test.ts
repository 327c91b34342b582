// init without a terminal points only to `petition init --yes` (adv15b N5): `review --import` belongs to review.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { msg } from '../../src/i18n/message.js';
import type { Prompter } from '../../src/cli/prompter.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const onAPipe: Prompter = {
  input: async () => { throw new UserError(msg('cli.needs-terminal')); },
  confirm: async () => { throw new UserError(msg('cli.needs-terminal')); },
  select: async () => { throw new UserError(msg('cli.needs-terminal')); },
  editor: async () => { throw new UserError(msg('cli.needs-terminal')); },
};

describe('petition init on a pipe', () => {
  it.each(['en', 'ko', 'es'])('in %s names init --yes and not review --import', async (lang) => {
    const result = await runMain(['--lang', lang, 'init', '-o', join(tempDir(), 'c.yaml')], { prompter: onAPipe });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('petition init --yes');
    expect(result.stderr).not.toContain('review --import');
  });
});
