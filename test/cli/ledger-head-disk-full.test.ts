// verifyS2 F10: `packet --mark-delivered` on a disk that filled up at ledger-head.json said "nothing was written"
// (exit 2), yet the ledger line was written: the delivery was marked, and the ledger had no head, so a line lost later
// went unnoticed. The head is now staged before the line and put in place after it: either both are written, or
// neither, and the organizer is told the packet was built but not marked.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { diskFullAt } from '../helpers/disk-full.js';

const SIGNERS = 'Name,Email,Country,Date\nAnn Lee,ann@example.org,GB,2025-11-02\nBo Park,bo@example.org,KR,2025-11-03\n';

const headDiskFull = diskFullAt('ledger-head.json');

describe('packet --mark-delivered when the ledger head cannot be written', () => {
  const campaign = tinyCampaign(SIGNERS);
  const root = dirname(campaign);
  const ledger = join(root, '.petition', 'ledger.jsonl');
  const head = join(root, '.petition', 'ledger-head.json');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('marks nothing, says the packet was built but not marked (exit 2), and leaves no temporary file', async () => {
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(root, 'pk'), '--mark-delivered'], { openWrite: headDiskFull });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ledger-head\.json: cannot write it: no space left on the disk \(ENOSPC\).*The packet in \S*pk is built, but delivery list is NOT marked delivered: the ledger is as it was/);
    expect(result.stdout).not.toContain('Marked delivered');
    expect(existsSync(head)).toBe(false);
    expect(existsSync(ledger) ? readFileSync(ledger, 'utf8') : '').toBe('');
    expect(readdirSync(join(root, '.petition')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const status = await runMain(['status', campaign, '--json']);
    const deliveries = (JSON.parse(status.stdout) as { deliveries: Array<{ id: string; delivered?: unknown }> }).deliveries;
    expect(deliveries.find((d) => d.id === 'list')).toMatchObject({ delivered: null });
  });

  it('once there is room, the same command marks it, with its head: a line lost afterwards is named', async () => {
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(root, 'pk2'), '--mark-delivered']);
    expect(result.code).toBeLessThan(2);
    expect(result.stdout).toContain('Marked delivered');
    expect(existsSync(head)).toBe(true);
    writeFileSync(ledger, '');
    const status = await runMain(['status', campaign]);
    expect(status.code).toBe(2);
    expect(status.stdout + status.stderr).toMatch(/the delivery ledger lost the line of list/);
  });
});
