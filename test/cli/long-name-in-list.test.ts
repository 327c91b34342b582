// A name of thousands of characters fills a few lines of the signature list, not most of a page, and the packet
// says so in a warning; merged.csv keeps the whole name (tester F7).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const LONG_NAME = `Maximiliane ${'Wilhelmina von Hohenzollern '.repeat(178)}`.trim();

describe('a very long name in the signature list', () => {
  it('is cut to a few lines ending in "…", with a warning naming its signature, and kept whole in merged.csv', async () => {
    expect(LONG_NAME.length).toBeGreaterThan(4800);
    // Names of letters only ("Person Ta Test"): a name holding a digit is never printed (issue 11, names17).
    const rows = Array.from({ length: 20 }, (_, i) => `Person ${'T' + 'abcdefghijklmnopqrst'[i]} Test,p${i}@x.example,FR,2025-11-03`);
    const campaign = tinyCampaign(`name,email,country,date\nAna Ruiz,a@x.example,ES,2025-11-01\n${LONG_NAME},m@x.example,DE,2025-11-02\n${rows.join('\n')}\n`);
    const out = join(dirname(campaign), 'out');
    const packet = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out]);
    // Built, with a problem to look at: the list does not print this name whole.
    expect(packet.code).toBe(1);
    expect(packet.stderr).toContain('1 entry of the signature list is too long to print whole: cut to 4 lines ending in "…" (signature 2)');
    const list = await readPdfText(readFileSync(join(out, 'signatures.pdf')));
    // One page holds all 22 signers; before, the name alone filled most of a page and pushed the rest onto page 2.
    expect(list.pageTexts).toHaveLength(1);
    expect(list.text).toContain('Person Tt Test');
    const printed = list.text.split('Wilhelmina').length - 1;
    expect(printed).toBeGreaterThan(10);
    expect(printed).toBeLessThan(40);
    expect(list.text).toMatch(/\p{L}…\s+Germany/u);

    const merged = join(dirname(campaign), 'merged.csv');
    await runMain(['dedupe', '--campaign', campaign, '-o', merged]);
    expect(readFileSync(merged, 'utf8')).toContain(LONG_NAME);
  });
});
