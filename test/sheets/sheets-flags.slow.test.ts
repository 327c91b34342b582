import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('petition sheets refuses what it would get wrong', () => {
  it('refuses a --template name that is not .csv, and an empty --columns, printing nothing', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      const template = await runMain(['sheets', '--campaign', campaign, '--template', join(dir, 'typed.xlsx')]);
      expect(template.code).toBe(2);
      expect(template.stderr).toMatch(/--template writes a CSV file.*typed\.xlsx/);
      expect(existsSync(join(dir, 'typed.xlsx'))).toBe(false);
      const columns = await runMain(['sheets', '--campaign', campaign, '--columns', '', '--count', '1', '-o', join(dir, 's.pdf')]);
      expect(columns.code).toBe(2);
      expect(columns.stderr).toMatch(/--columns takes/);
      expect(existsSync(join(dir, 's.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'sheet-register.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to print a first batch for a campaign without petition.code: every such campaign would print the same IDs (adv14 D14)', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      writeFileSync(campaign, readFileSync(CAMPAIGN, 'utf8').replace(/^ {2}code: .*\n/m, ''));
      const refused = await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 's.pdf')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('petition.code');
      expect(existsSync(join(dir, 's.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'sheet-register.json'))).toBe(false);
      writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('petition:\n', 'petition:\n  code: NKA\n'));
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 's.pdf')])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to print over an earlier batch\'s PDF unless --force, and --void BATCH takes a lost batch out of the count (adv14 D10)', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      const pdf = join(dir, 's.pdf');
      const registerOf = () => JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ batch: number; sheets: string[]; voided?: string }> };
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', pdf])).code).toBe(0);
      const first = readFileSync(pdf);
      const again = await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', pdf]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(pdf);
      expect(again.stderr).toContain('--force');
      expect(readFileSync(pdf).equals(first)).toBe(true);
      expect(registerOf().batches).toHaveLength(1);
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', pdf, '--force'])).code).toBe(0);
      expect(registerOf().batches).toHaveLength(2);
      // Batch 1's PDF was replaced before anyone printed it: voided, its sheets are no longer out in the field.
      const voided = await runMain(['sheets', '--campaign', campaign, '--void', '1']);
      expect(voided.code).toBe(0);
      expect(registerOf().batches[0].voided).toEqual(expect.any(String));
      const [lost] = registerOf().batches[0].sheets;
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `sheet,line,name,city,country\n${lost},1,Ana Lima,Lima,PE\n`);
      const counted = await runMain(['count', typed, '--sheet-register', join(dir, 'sheet-register.json'), '--json']);
      expect(JSON.parse(counted.stdout)).toMatchObject({ rejected: 1, accepted: 0 });
      expect(counted.stderr).toContain('voided');
      expect((await runMain(['sheets', '--campaign', campaign, '--void', '7'])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses to void a batch with sheets back from the field unless --force, saying how many; --unvoid undoes it; a voided sheet cannot be marked returned; the marks are sealed (adv14c N6-N8)', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      const registerFile = join(dir, 'sheet-register.json');
      const registerText = () => readFileSync(registerFile, 'utf8');
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '3', '-o', join(dir, 's.pdf')])).code).toBe(0);
      const sheets = (JSON.parse(registerText()) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      expect((await runMain(['sheets', '--campaign', campaign, '--returned', sheets[0], sheets[1]])).code).toBe(0);
      const before = registerText();
      const refused = await runMain(['sheets', '--campaign', campaign, '--void', '1']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('2 sheets');
      expect(refused.stderr).toContain('--force');
      expect(registerText()).toBe(before);
      expect((await runMain(['sheets', '--campaign', campaign, '--void', '1', '--force'])).code).toBe(0);
      const late = await runMain(['sheets', '--campaign', campaign, '--returned', sheets[2]]);
      expect(late.code).toBe(2);
      expect(late.stderr).toContain('voided');
      // The void mark is sealed: deleted by hand, the register is refused rather than a batch silently restored.
      const voidedText = registerText();
      writeFileSync(registerFile, voidedText.replace(/\n\s*"voided": "[^"]*",?/, ''));
      expect((await runMain(['sheets', '--campaign', campaign, '--returned', sheets[2]])).code).toBe(2);
      writeFileSync(registerFile, voidedText);
      const unvoided = await runMain(['sheets', '--campaign', campaign, '--unvoid', '1']);
      expect(unvoided.code).toBe(0);
      expect(registerText()).not.toContain('"voided"');
      expect((await runMain(['sheets', '--campaign', campaign, '--returned', sheets[2]])).code).toBe(0);
      // A returned mark removed by hand is caught as well.
      writeFileSync(registerFile, registerText().replace(new RegExp(`\\n\\s*"${sheets[0]}": "[^"]*",?`), ''));
      expect((await runMain(['sheets', '--campaign', campaign, '--returned', sheets[2]])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('--reprint BATCH prints a registered batch again with the same IDs to a new file, registering nothing', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      const registerFile = join(dir, 'sheet-register.json');
      expect((await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '2', '-o', join(dir, 's.pdf')])).code).toBe(0);
      const before = readFileSync(registerFile, 'utf8');
      const ids = (JSON.parse(before) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      const again = join(dir, 'again.pdf');
      const reprinted = await runMain(['sheets', '--campaign', campaign, '--reprint', '1', '-o', again]);
      expect(reprinted.code).toBe(0);
      expect(readFileSync(registerFile, 'utf8')).toBe(before);
      const { pages, pageTexts } = await readPdfText(readFileSync(again));
      expect(pages).toBe(2);
      expect(pageTexts[0]).toContain(ids[0]);
      expect(pageTexts[1]).toContain(ids[1]);
      expect((await runMain(['sheets', '--campaign', campaign, '--reprint', '1', '-o', again])).code).toBe(2);
      expect((await runMain(['sheets', '--campaign', campaign, '--reprint', '9', '-o', join(dir, 'x.pdf')])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
