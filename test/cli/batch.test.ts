import { describe, expect, it } from '@jest/globals';
import { existsSync, promises as fsp, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { BIN, runBin } from '../helpers/run-bin.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { followupCopy } from '../batch/followup-fixture.js';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { parseLedger } from '../../src/ledger/parse-ledger.js';
import type { BatchSummary } from '../../src/batch/batch-summary.js';

const NOW = new Date('2026-01-05T15:00:00Z');

describe('petition batch over a campaign with three deliveries, one a follow-up', () => {
  it('leaves out the signers delivered before, says so in the letter, and links the manifests', async () => {
    const copy = followupCopy();
    const packets = join(copy.root, 'packets');
    // December: the Google Form had 4 responses when the embassy packet was handed over.
    copy.earlyGoogleForm(4);
    const marked = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(packets, 'embassy-2025'), '--mark-delivered', '--json'], { now: new Date('2025-12-09T15:00:00Z') });
    expect(marked.code).toBeLessThan(2);
    const first = JSON.parse(marked.stdout);
    const delivered = first.markedDelivered.signers as number;
    expect(delivered).toBe(first.counts.unique);
    const ledger = parseLedger(readFileSync(ledgerPath(copy.campaign), 'utf8'));
    expect(ledger.entries.map((e) => [e.delivery, e.signers])).toEqual([['embassy-2025', delivered]]);
    // The ledger holds hashed keys only: no name or email of the exports appears in it.
    expect(readFileSync(ledgerPath(copy.campaign), 'utf8')).not.toMatch(/Jane|Doe|@|박지호/);
    // What was handed over cannot be marked again.
    const again = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'again'), '--mark-delivered']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('delivery "embassy-2025" was already marked delivered');
    expect(existsSync(join(copy.root, 'again'))).toBe(false);

    // January: the form has all its responses.
    copy.fullGoogleForm();
    const result = await runMain(['batch', copy.campaign, '-o', packets, '--json'], { now: NOW });
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect(summary.packets.map((p) => [p.delivery, p.status])).toEqual([['un-2025', 'built'], ['embassy-2025', 'delivered'], ['embassy-2026', 'built']]);
    const followUp = summary.packets[2];
    const total = summary.packets[0].counts?.unique as number;
    const further = followUp.signers as number;
    expect(further).toBeGreaterThan(0);
    expect(delivered + further).toBe(total);
    expect(followUp.follows).toMatchObject({ delivery: 'embassy-2025', date: '2025-12-10', signers: delivered, manifestSha256: ledger.entries[0].manifestSha256 });

    const letter = await readPdfText(readFileSync(join(packets, 'embassy-2026', 'letter.pdf')));
    // The form's late rows include signatures from before that delivery: they were not in it, not "signed since".
    expect(letter.text.replace(/\s+/g, ' ')).toContain(`A further ${further} people, not included in our delivery of 10 December 2025, have signed, bringing the total to ${total}`);
    const list = await readPdfText(readFileSync(join(packets, 'embassy-2026', 'signatures.pdf')));
    expect(list.text).toContain('Giulia Rossi'); // google-form row 7: signed after the first delivery
    expect(list.text).not.toContain('Jane Doe'); // delivered in December
    const manifest = JSON.parse(readFileSync(join(packets, 'embassy-2026', 'manifest.json'), 'utf8'));
    expect(manifest.follows.delivery).toBe('embassy-2025');
    // The delivered packet was not rebuilt over.
    expect(existsSync(join(packets, 'embassy-2025', 'packet.pdf'))).toBe(true);
    expect(JSON.parse(readFileSync(join(packets, 'embassy-2025', 'manifest.json'), 'utf8')).counts.unique).toBe(delivered);
    expect(result.code).toBe(followUp.warnings.length || summary.packets[0].warnings.length ? 1 : 0);
  });

  it('rebuilds nothing when nothing changed, and everything with --force', async () => {
    const copy = followupCopy();
    const packets = join(copy.root, 'packets');
    const first = await runMain(['batch', copy.campaign, '-o', packets, '--delivery', 'un-2025', '--delivery', 'embassy-2025', '--json'], { now: NOW });
    expect(JSON.parse(first.stdout).built).toBe(2);
    const stamp = statSync(join(packets, 'un-2025', 'packet.pdf')).mtimeMs;
    const again = await runMain(['batch', copy.campaign, '-o', packets, '--delivery', 'un-2025,embassy-2025', '--json'], { now: NOW });
    const summary = JSON.parse(again.stdout) as BatchSummary;
    expect(summary.packets.map((p) => p.status)).toEqual(['unchanged', 'unchanged']);
    expect(summary.packets[0].files).toEqual(JSON.parse(first.stdout).packets[0].files);
    expect(statSync(join(packets, 'un-2025', 'packet.pdf')).mtimeMs).toBe(stamp);
    const forced = await runMain(['batch', copy.campaign, '-o', packets, '--delivery', 'un-2025', '--force', '--json'], { now: NOW });
    expect(JSON.parse(forced.stdout).packets[0].status).toBe('built');
  });

  it('reports a follow-up whose earlier delivery was never marked, builds the others, and exits 2', async () => {
    const copy = followupCopy();
    const result = await runMain(['batch', copy.campaign, '-o', join(copy.root, 'packets'), '--json'], { now: NOW });
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect(summary.packets.map((p) => p.status)).toEqual(['built', 'built', 'failed']);
    expect(summary.packets[2].error).toContain('follows "embassy-2025", which is not marked delivered yet');
    expect(existsSync(join(copy.root, 'packets', 'embassy-2025', 'packet.pdf'))).toBe(true);
    expect(result.code).toBe(2);
  });

  (existsSync(join(BIN, '..', '..', 'dist', 'cli', 'commands', 'batch.js')) ? it : it.skip)('the built binary: JSON alone on stdout, one progress line per packet on stderr (needs npm run build)', async () => {
    const copy = followupCopy();
    const result = runBin(['batch', copy.campaign, '--delivery', 'un-2025', '--delivery', 'embassy-2025', '--json'], { cwd: copy.root });
    const summary = JSON.parse(result.stdout) as BatchSummary;
    expect(summary.packets.map((p) => p.packet)).toEqual(['packets/un-2025/packet.pdf', 'packets/embassy-2025/packet.pdf']);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\/2\] un-2025 {2}built {2}\d+ signers, \d+ pages, [\d.]+ s.* → packets\/un-2025\/packet\.pdf$/);
    expect(lines[1]).toMatch(/^\[2\/2\] embassy-2025 {2}built /);
    expect([0, 1]).toContain(result.code);
    await fsp.rm(copy.root, { recursive: true, force: true });
  });
});
