// `init --text en=petition-en.txt` with no such file wrote the file's NAME as the petition's text, exit 0 (testerA F5):
// an answer that reads as a path (one word ending in .txt or .md, or with a folder in it) and names no file is refused,
// on the command line (exit 2) and at the prompt (asked again), in the organizer's language.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { loadCampaign } from '../../src/campaign/load-campaign.js';
import type { Prompter } from '../../src/cli/prompter.js';

/** Every answer but the English text, as flags. */
function flagsBut(dir: string): string[] {
  return [
    '--language', 'en', '--title', 'en=Stop forced returns',
    '--organizer', 'Min-ji Park', '--organization', 'Safe Passage Coalition', '--address', '1200 Example Avenue NW',
    '--contact', 'petition@example.org', '--role', 'Coordinator', '--source', exportPath('google-form.csv'),
    '--preset', 'un-secretary-general', '--official', 'António Guterres', '--gender', 'male',
    '--date', '2026-12-10', '--place', 'New York', '--privacy', 'recipient', '--timezone', 'UTC', '-o', join(dir, 'campaign.yaml'),
  ];
}

describe('init: the petition text given as a file that is not there', () => {
  it.each([
    ['en', 'no file "petition-en.txt" here'],
    ['ko', '"petition-en.txt" 파일이 없습니다'],
    ['es', 'no hay ningún archivo «petition-en.txt» aquí'],
  ])('--yes with --text en=petition-en.txt and no such file: exit 2, nothing written (%s)', async (lang, says) => {
    const dir = tempDir();
    const result = await runMain(['--lang', lang, 'init', '--yes', ...flagsBut(dir), '--text', 'en=petition-en.txt'], { env: { PETITION_LANG: lang } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(existsSync(join(dir, 'campaign.yaml'))).toBe(false);
  });

  it.each(['texts/petition-en', 'petition.md'])('a path without the file is refused too ("%s")', async (path) => {
    const dir = tempDir();
    const result = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${path}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no file "${path}" here`);
  });

  it('a file that is there is read, and text with spaces or one word is text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'petition-en.txt'), 'We call on the Secretary-General to act.\n');
    const read = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${join(dir, 'petition-en.txt')}`]);
    expect(read.code).toBe(0);
    expect((await loadCampaign(join(dir, 'campaign.yaml'))).petition.text.en).toContain('We call on the Secretary-General to act.');
    const other = tempDir();
    const typed = await runMain(['init', '--yes', ...flagsBut(other), '--text', 'en=Stop forced returns now/please see the attached.txt']);
    expect(typed.code).toBe(0);
    expect((await loadCampaign(join(other, 'campaign.yaml'))).petition.text.en).toBe('Stop forced returns now/please see the attached.txt');
  });

  it('at the "path or paste" prompt, a missing file is said and asked again; the text then given is kept', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const texts = ['petition-en.txt', 'We call on the Secretary-General to act.'];
    const prompter: Prompter = {
      input: async (q) => { asked.push(q.message); return q.default ?? ''; },
      confirm: async (q) => { asked.push(q.message); return q.default ?? false; },
      select: async (q) => { asked.push(q.message); return q.default ?? q.choices[0].value; },
      editor: async (q) => { asked.push(q.message); return texts.shift() ?? ''; },
    };
    const result = await runMain(['init', ...flagsBut(dir)], { prompter });
    expect(asked.find((m) => m.includes('no file "petition-en.txt" here'))).toBeDefined();
    expect(result.code).toBe(0);
    expect((await loadCampaign(join(dir, 'campaign.yaml'))).petition.text.en).toBe('We call on the Secretary-General to act.');
  });
});

// testerA F5: an empty file ended in "unexpected error: init produced a campaign file that does not pass its own
// check … This is a bug" (exit 2); a folder became its name as the text, and a PDF its bytes.
describe('init: the petition text given as a file that cannot be the text', () => {
  it.each([
    ['en', '', 'is empty: write the petition\'s text in it'],
    ['en', ' \n\t\n', 'is empty: write the petition\'s text in it'],
    ['ko', '', '파일이 비어 있습니다'],
    ['es', '', 'está vacío'],
  ])('--yes with an empty file (%s, %j): exit 2, said plainly, not "a bug", nothing written', async (lang, content, says) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), content);
    const result = await runMain(['--lang', lang, 'init', '--yes', ...flagsBut(dir), '--text', `en=${join(dir, 'empty.txt')}`], { env: { PETITION_LANG: lang } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(/unexpected error|bug/iu);
    expect(existsSync(join(dir, 'campaign.yaml'))).toBe(false);
  });

  it('a folder is refused, not written as its name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const result = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${join(dir, 'sub')}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${join(dir, 'sub')}" is a folder, not a text file`);
    expect(existsSync(join(dir, 'campaign.yaml'))).toBe(false);
  });

  it.each([
    ['petition.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'],
    ['petition.docx', 'PK\u0003\u0004\u0000\u0000word/document.xml'],
    ['petition.txt', 'We call\u0000 on'],
  ])('an existing document or binary file ("%s") is refused: save the text as .txt', async (name, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content, 'latin1');
    const result = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${join(dir, name)}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not plain text');
    expect(result.stderr).toContain('save the petition\'s text as a .txt file');
    expect(existsSync(join(dir, 'campaign.yaml'))).toBe(false);
  });

  it('a text file that is not valid UTF-8 is refused the same way', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'petition.txt'), Buffer.from([0x57, 0x65, 0xff, 0xfe, 0x20, 0x63, 0x61, 0x6c, 0x6c]));
    const result = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${join(dir, 'petition.txt')}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not plain text');
  });

  it.each(['petition.pdf', 'petition.docx', 'Petition.DOC', 'petition.odt', 'petition.rtf'])('a missing "%s" is a missing file, not the text', async (name) => {
    const dir = tempDir();
    const result = await runMain(['init', '--yes', ...flagsBut(dir), '--text', `en=${name}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no file "${name}" here`);
  });

  it('at the prompt, an empty file is said and asked again; the text then given is kept', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const asked: string[] = [];
    const texts = [join(dir, 'empty.txt'), 'We call on the Secretary-General to act.'];
    const prompter: Prompter = {
      input: async (q) => { asked.push(q.message); return q.default ?? ''; },
      confirm: async (q) => { asked.push(q.message); return q.default ?? false; },
      select: async (q) => { asked.push(q.message); return q.default ?? q.choices[0].value; },
      editor: async (q) => { asked.push(q.message); return texts.shift() ?? ''; },
    };
    const result = await runMain(['init', ...flagsBut(dir)], { prompter });
    expect(asked.find((m) => m.includes(`the file "${join(dir, 'empty.txt')}" is empty`))).toBeDefined();
    expect(result.code).toBe(0);
    expect((await loadCampaign(join(dir, 'campaign.yaml'))).petition.text.en).toBe('We call on the Secretary-General to act.');
  });
});
