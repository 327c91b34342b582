import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { fileURLToPath } from 'node:url';
import { parseSheetId } from '../../src/sheets/sheet-id.js';
import { addBatch, markReturned } from '../../src/sheets/sheet-register.js';

const repoFile = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

describe('sheet IDs as people type and copy them', () => {
  it('forgives a zero-width space or soft hyphen pasted into an ID', () => {
    expect(parseSheetId('\u200BNKR-01-010-F')).toMatchObject({ ok: parseSheetId('NKR-01-010-F').ok, text: 'NKR-01-010-F' });
    expect(parseSheetId('NKR-01-\u2060010-F\u00AD').text).toBe('NKR-01-010-F');
  });

  it('takes a --returned range written with spaces around ".." or three dots', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 9, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00.000Z' });
    const [, , , , , , seventh, eighth] = added.sheets;
    const at = '2026-03-02T09:00:00.000Z';
    expect(markReturned(register, [seventh, '..', eighth], at).marked).toEqual([seventh, eighth]);
    expect(markReturned(register, [`${seventh} .. ${eighth}`], at).marked).toEqual([seventh, eighth]);
    expect(markReturned(register, [`${seventh}...${eighth}`], at).marked).toEqual([seventh, eighth]);
  });

  it('takes in --returned what a sheet\'s QR code holds: the ID followed by the URL, as one argument or two (adv14c N16)', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 3, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00.000Z' });
    const at = '2026-03-02T09:00:00.000Z';
    const url = 'https://example.org/stop-forced-returns';
    expect(markReturned(register, [added.sheets[0], url], at).marked).toEqual([added.sheets[0]]);
    expect(markReturned(register, [`${added.sheets[1]} ${url}`], at).marked).toEqual([added.sheets[1]]);
    expect(markReturned(register, [`${added.sheets[2]}\n${url}`], at).marked).toEqual([added.sheets[2]]);
  });

  it('the README and docs use sheet IDs the tool itself accepts', () => {
    for (const file of ['README.md', 'docs/campaign.md']) {
      // A line showing the message for a mistyped ID keeps its mistyped ID.
      const lines = repoFile(file).split('\n').filter((line) => !line.includes('wrong check character'));
      const ids = lines.join('\n').match(/\b[A-Z]{2,8}-\d{2}-\d{3}-[0-9A-Z]{1,2}\b/g) ?? [];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect({ file, id, ok: parseSheetId(id).ok }).toEqual({ file, id, ok: true });
    }
  });
  it('the "not a sheet ID" hint shows the shape of the register\'s own IDs, two check characters (adv14c N3)', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url)), campaign);
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 's.pdf')])).code).toBe(0);
      const register = join(dir, 'sheet-register.json');
      const [first] = (JSON.parse(readFileSync(register, 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, 'sheet,line,name,city,country\nNKR-01-012,1,Ann Lee,Seoul,KR\n');
      const counted = await runMain(['count', typed, '--sheet-register', register]);
      expect(counted.stderr).toContain(`they look like ${first}`);
      const returned = await runMain(['sheets', '--campaign', campaign, '--returned', 'NKR-01-012']);
      expect(returned.stderr).toContain(`they look like ${first}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
