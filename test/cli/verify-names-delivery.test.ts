// verifyS2 F15: `verify --campaign` said "matching the campaign ledger" without naming the delivery it matched, so a
// genuine packet of another delivery (older, smaller, count-only) handed over in place of the expected one passed
// unremarked. The OK line and --json name the delivery, its date, target and count. And (F10) a ledger that holds
// lines but not its recorded end is said under the verdict, since a line lost from its end would not show.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

const SIGNERS = 'Name,Email,Country,Date\nAnn Lee,ann@example.org,GB,2025-11-02\nBo Park,bo@example.org,KR,2025-11-03\nCy Ito,cy@example.jp,JP,2025-11-04\n';

describe('verify --campaign names the delivery the ledger records', () => {
  const campaign = tinyCampaign(SIGNERS);
  const root = dirname(campaign);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeAll(async () => {
    for (const delivery of ['list', 'count']) {
      const result = await runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', join(root, delivery), '--mark-delivered'], { now: new Date('2026-12-07T12:00:00Z') });
      expect(result.code).toBeLessThan(2);
    }
  });

  it.each([
    ['list', '10 December 2026'],
    ['count', '11 December 2026'],
  ])('the %s packet: its id, date, target and count, in the OK line and in --json', async (delivery, date) => {
    const text = await runMain(['verify', join(root, delivery), '--campaign', campaign]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`matching the campaign ledger. The ledger records it as delivery ${delivery} of ${date} to un, marked delivered 7 December 2026: 3 signers\n`);
    const json = await runMain(['verify', join(root, delivery), '--campaign', campaign, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, delivery: { id: delivery, date: date === '10 December 2026' ? '2026-12-10' : '2026-12-11', target: 'un', signers: 3, total: 3 } });
    expect(JSON.parse(json.stdout)).not.toHaveProperty('ledgerHeadMissing');
  });

  it('without --campaign no delivery is named', async () => {
    const json = JSON.parse((await runMain(['verify', join(root, 'list'), '--json'])).stdout) as Record<string, unknown>;
    expect(json).not.toHaveProperty('delivery');
  });

  it('a ledger without its recorded end is said under the verdict and in --json', async () => {
    rmSync(join(root, '.petition', 'ledger-head.json'));
    const text = await runMain(['verify', join(root, 'list'), '--campaign', campaign]);
    expect(text.stdout).toMatch(/\nNote: \S*ledger-head\.json, the record of the ledger's end, is missing, so a line lost from the end of \S*ledger\.jsonl would not show here; run .*petition status \S*campaign\.yaml to see what to do\n$/);
    const json = await runMain(['verify', join(root, 'list'), '--campaign', campaign, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ledgerHeadMissing: true });
  });
});
