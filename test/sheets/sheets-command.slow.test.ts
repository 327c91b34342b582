import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfText } from '../helpers/pdf-text.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { BIN } from '../helpers/run-bin.js';
import { parseSheetId } from '../../src/sheets/sheet-id.js';
import { linesPerSheet } from '../../src/sheets/render-sheets.js';
import { rasterizePage } from '../helpers/rasterize-pdf.js';
import jsQRModule from 'jsqr';

// jsqr is CommonJS whose default export is the function; seen through ESM it may sit one level down.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const URL_LINE = '  url: https://petition.example.org/stop-forced-returns\n';

/** A copy of the example campaign (sheet code NKR) with the online petition's URL, in a folder of its own. */
function campaignCopy(dir: string): string {
  const path = join(dir, 'campaign.yaml');
  copyFileSync(CAMPAIGN, path);
  writeFileSync(path, readFileSync(path, 'utf8').replace('petition:\n', `petition:\n${URL_LINE}`));
  return path;
}

interface Register { code: string; batches: Array<{ batch: number; language: string; lines: number; sheets: string[] }> }

describe('petition sheets', () => {
  it.each([
    ['en', ['Stop the forced return of North Korean refugees', 'Full name', 'Hide name', 'Signature', 'Privacy', 'sheet 2 of 3', 'Full text: https://petition.example.org/stop-forced-returns']],
    ['ko', ['탈북 난민 강제북송을 중단하십시오', '이름', '이름 비공개', '서명', '개인정보 안내', '3장 중 2번째', '청원 전문: https://petition.example.org/stop-forced-returns']],
    ['es', ['Detengan la devolución forzosa de los refugiados norcoreanos', 'Nombre completo', 'Ocultar nombre', 'Firma', 'Privacidad', 'hoja 2 de 3']],
  ])('prints sheets in %s with the title, columns, privacy notice, and each sheet ID in the register', async (language, texts) => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const pdf = join(dir, 'sheets.pdf');
      const result = await runMain(['sheets', '--campaign', campaign, '--language', language, '--count', '3', '-o', pdf, '--json']);
      expect(result.code).toBe(0);
      const register = JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register;
      expect(register.code).toBe('NKR');
      const [batch] = register.batches;
      expect(batch).toMatchObject({ batch: 1, language });
      expect(batch.sheets.every((id) => parseSheetId(id).ok)).toBe(true);

      const { pages, pageTexts } = await readPdfText(readFileSync(pdf));
      expect(pages).toBe(3);
      // pdfjs splits runs where the fonts change ("3 장"): compared without spaces.
      const page2 = pageTexts[1].replace(/\s+/g, '');
      for (const text of texts) expect(page2).toContain(text.replace(/\s+/g, ''));
      expect(page2).toContain(batch.sheets[1]);
      // Numbered lines: the last line number printed is the register's line count.
      const numbers = Array.from({ length: batch.lines }, (_, i) => i + 1).join(' ');
      const spaced = pageTexts[1].replace(/\s+/g, ' ');
      expect(spaced).toContain(` ${numbers} `);
      expect(spaced).not.toContain(`${numbers} ${batch.lines + 1}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['en', 'ko', 'es'])('the column headers of a %s sheet are printed at least as large as the line numbers, wrapped rather than shrunk', async (language) => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const pdf = join(dir, 'sheets.pdf');
      expect((await runMain(['sheets', '--campaign', campaign, '--language', language, '--count', '1', '-o', pdf])).code).toBe(0);
      const { SHEET_LABELS } = await import('../../src/sheets/sheet-labels.js');
      const headers = Object.values(SHEET_LABELS[language].columns);
      const items = await textItems(readFileSync(pdf));
      const lineNumber = items.find((item) => item.text === '1')!;
      // Each header's words, found among the drawn runs, and the smallest size any of them is drawn at.
      for (const header of headers) {
        const bare = (text: string) => text.replace(/\s+/g, '');
        const drawn = items.filter((item) => bare(item.text) !== '' && bare(header).includes(bare(item.text)) && item.top < lineNumber.top);
        expect(drawn.map((item) => bare(item.text)).join('')).toContain(bare(header));
        for (const item of drawn) expect(item.size).toBeGreaterThanOrEqual(lineNumber.size);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a long title and text leave room for fewer lines: the sheet prints and the register records only those', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const long = 'Detengan inmediatamente la devolución forzosa de los refugiados norcoreanos, permitan el acceso del ACNUR y garanticen el paso seguro a un tercer país que quiera acogerlos con dignidad';
      const yaml = readFileSync(campaign, 'utf8').replace('es: Detengan la devolución forzosa de los refugiados norcoreanos', `es: ${long}`);
      // Without its summary the Spanish text is shortened to about 420 characters.
      writeFileSync(campaign, yaml.replace(/\n {4}es: La petición solicita[^\n]*/, ''));
      const pdf = join(dir, 'sheets.pdf');
      const printed = await runMain(['sheets', '--campaign', campaign, '--language', 'es', '--count', '1', '-o', pdf]);
      expect(printed.code).toBe(0);
      const [batch] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register).batches;
      expect(batch.lines).toBeLessThan(linesPerSheet('A4', 'es'));
      // What the command says is what was printed and registered.
      expect(printed.stdout).toContain(`${batch.lines} lines each`);
      const spaced = (await readPdfText(readFileSync(pdf))).pageTexts[0].replace(/\s+/g, ' ');
      expect(spaced).toContain(` ${Array.from({ length: batch.lines }, (_, i) => i + 1).join(' ')} Privacidad `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a second batch continues the register without touching the first', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', join(dir, 'a.pdf')]);
      await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '1', '-o', join(dir, 'b.pdf')]);
      const register = JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register;
      expect(register.batches.map((b) => [b.batch, b.language, b.sheets.length])).toEqual([[1, 'en', 2], [2, 'ko', 1]]);
      expect(register.batches[1].sheets[0]).toMatch(/^NKR-02-001-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--template writes the file to type sheets into, and no register', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const result = await runMain(['sheets', '--campaign', campaign, '--template', join(dir, 'typed.csv'), '--columns', 'name,city']);
      expect(result.code).toBe(0);
      expect(readFileSync(join(dir, 'typed.csv'), 'utf8')).toBe('\uFEFFsheet,line,name,city,anonymous,date\r\n');
      expect(existsSync(join(dir, 'sheet-register.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--template refuses to replace a file that already holds typed rows, naming it, unless --force', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const typed = join(dir, 'typed.csv');
      const rows = '\uFEFFsheet,line,name,city,anonymous,date\r\nNKR-01-001-E,1,김철수,서울,,\r\n';
      writeFileSync(typed, rows);
      const refused = await runMain(['sheets', '--campaign', campaign, '--template', typed, '--columns', 'name,city']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(typed);
      expect(refused.stderr).toContain('--force');
      expect(readFileSync(typed, 'utf8')).toBe(rows);
      // The template written again over itself changes nothing, so it needs no --force.
      const template = join(dir, 'template.csv');
      expect((await runMain(['sheets', '--campaign', campaign, '--template', template, '--columns', 'name,city'])).code).toBe(0);
      expect((await runMain(['sheets', '--campaign', campaign, '--template', template, '--columns', 'name,city'])).code).toBe(0);
      const forced = await runMain(['sheets', '--campaign', campaign, '--template', typed, '--columns', 'name,city', '--force']);
      expect(forced.code).toBe(0);
      expect(readFileSync(typed, 'utf8')).toBe('\uFEFFsheet,line,name,city,anonymous,date\r\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to print more sheets once the campaign code changed, naming both codes', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 'a.pdf')])).code).toBe(0);
      writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('code: NKR', 'code: ABC'));
      const result = await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 'b.pdf')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('printed under the code NKR, but the campaign\'s code is now ABC');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--paper takes letter and a4 in any case', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const result = await runMain(['sheets', '--campaign', campaign, '--count', '1', '--paper', 'letter', '-o', join(dir, 's.pdf')]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '--paper', 'a4', '-o', join(dir, 't.pdf')])).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the QR code on a printed page decodes to the sheet ID and the petition URL', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      const pdf = join(dir, 'sheets.pdf');
      await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '2', '-o', pdf]);
      const register = JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register;
      const page = await rasterizePage(readFileSync(pdf), 2, 2);
      const code = jsQR(page.data, page.width, page.height);
      expect(code?.data).toBe(`${register.batches[0].sheets[1]} https://petition.example.org/stop-forced-returns`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Every drawn run with its font size and its distance from the page's top, as pdf.js reads them. */
async function textItems(data: Uint8Array): Promise<Array<{ text: string; size: number; top: number }>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await document.getPage(1);
  const height = page.getViewport({ scale: 1 }).height;
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) => ('str' in item ? [{ text: item.str, size: Math.hypot(item.transform[0], item.transform[1]), top: height - item.transform[5] }] : []));
  await document.destroy();
  return items;
}

const BUILT_BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** Runs the built binary without waiting, as a second terminal would. */
function runBinAsync(argv: string[]): Promise<{ code: number | null; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TZ: 'UTC', PETITION_LANG: 'en' };
  delete env.NODE_OPTIONS;
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => { stdout += text; });
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('petition sheets runs at once', () => {
  (existsSync(BUILT_BIN) ? it : it.skip)('give each printing a batch of its own and keep every batch and every sheet marked returned (needs npm run build)', async () => {
    const dir = tempDir();
    try {
      const campaign = campaignCopy(dir);
      expect((await runMain(['sheets', '--campaign', campaign, '--count', '3', '-o', join(dir, 'first.pdf')])).code).toBe(0);
      const first = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register).batches[0].sheets;
      const printings = ['a', 'b', 'c', 'd'].map((name) => runBinAsync(['sheets', '--campaign', campaign, '--count', '2', '-o', join(dir, `${name}.pdf`), '--json']));
      const marks = first.map((id) => runBinAsync(['sheets', '--campaign', campaign, '--returned', id, '--json']));
      const printed = await Promise.all(printings);
      expect((await Promise.all(marks)).map((m) => m.code)).toEqual([0, 0, 0]);
      expect(printed.map((p) => p.code)).toEqual([0, 0, 0, 0]);
      const batches = printed.map((p) => (JSON.parse(p.stdout) as { batch: number }).batch);
      expect([...batches].sort()).toEqual([2, 3, 4, 5]);

      const register = JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as Register & { returned: Record<string, string> };
      expect(register.batches.map((b) => b.batch)).toEqual([1, 2, 3, 4, 5]);
      const ids = register.batches.flatMap((b) => b.sheets);
      expect(new Set(ids).size).toBe(11);
      expect(Object.keys(register.returned).sort()).toEqual([...first].sort());
      // The lock is gone once the last run is done.
      expect(existsSync(join(dir, 'sheet-register.json.lock'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
