// A private copy of fixtures/campaign-followup with the exports beside it, so tests can grow files and write ledgers.
import { cpSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface FollowupCopy {
  root: string;
  campaign: string;
  exports: string;
  /** Cuts google-form.csv to its first `rows` data rows: the download as it was at the first delivery. */
  earlyGoogleForm(rows: number): void;
  /** Puts the full google-form.csv back: the signatures gathered since. */
  fullGoogleForm(): void;
}

export function followupCopy(): FollowupCopy {
  const root = tempDir();
  cpSync(join(FIXTURES, 'exports'), join(root, 'exports'), { recursive: true });
  cpSync(join(FIXTURES, 'campaign-followup'), join(root, 'campaign-followup'), { recursive: true });
  const exports = join(root, 'exports');
  const googleForm = join(exports, 'google-form.csv');
  return {
    root,
    campaign: join(root, 'campaign-followup', 'campaign.yaml'),
    exports,
    earlyGoogleForm(rows) {
      const lines = readFileSync(join(FIXTURES, 'exports', 'google-form.csv'), 'utf8').split('\r\n');
      writeFileSync(googleForm, `${lines.slice(0, rows + 1).join('\r\n')}\r\n`);
    },
    fullGoogleForm() {
      copyFileSync(join(FIXTURES, 'exports', 'google-form.csv'), googleForm);
    },
  };
}
