import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { BIN } from '../helpers/run-bin.js';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { loadCampaign } from '../../src/campaign/load-campaign.js';
import type { Choice, Prompter } from '../../src/cli/prompter.js';
import { readPdfText } from '../helpers/pdf-text.js';

/** The flags of a whole campaign: enough for `init --yes` to ask nothing. */
function flagsFor(dir: string): string[] {
  writeFileSync(join(dir, 'text-en.txt'), 'We, the undersigned,\n\ncall on China to stop forced returns.\n');
  return [
    '--language', 'en,ko', '--title', 'en=Stop forced returns', '--title', 'ko=강제북송을 중단하십시오',
    '--text', `en=${join(dir, 'text-en.txt')}`, '--text', 'ko=강제북송을 중단해 주십시오.',
    '--organizer', 'Min-ji Park', '--organization', 'Safe Passage Coalition', '--address', '1200 Example Avenue NW', '--address', 'Washington, DC 20005',
    '--contact', 'petition@example.org', '--role', 'Coordinator',
    '--source', exportPath('google-form.csv'), '--source', exportPath('seoul-paper.csv'), '--country', 'seoul-paper.csv:KR',
    '--preset', 'head-of-state-via-embassy', '--variant', 'cn-washington', '--official', 'Xi Jinping', '--gender', 'male',
    '--ambassador', 'Xie Feng', '--ambassador-gender', 'male',
    '--date', '2026-12-10', '--place', 'Washington, D.C.', '--privacy', 'recipient', '--goal', '200,000', '--timezone', 'America/New_York',
  ];
}

describe('petition init --yes', () => {
  it('refuses --country FILE=CODE naming no --source file, as count does (adv12b N4)', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const flags = flagsFor(dir).map((flag) => (flag === 'seoul-paper.csv:KR' ? 'bogus.csv=KR' : flag));
    const result = await runMain(['init', '--yes', '-o', output, ...flags]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"bogus.csv" is not one of the files given');
    expect(result.stderr).toContain('seoul-paper.csv');
  });

  it.each([
    ['ko', '세계 인권의 날'],
    ['es', 'Día de los Derechos Humanos'],
  ])('offers the occasion of 10 December in the organizer\'s language (%s), and every letter language still names it', async (lang, occasion) => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const result = await runMain(['--lang', lang, 'init', '--yes', '-o', output, ...flagsFor(dir)]);
    expect(result.code).toBe(0);
    const campaign = await loadCampaign(output);
    expect(campaign.deliveries[0].occasion).toBe(occasion);
    const { occasionIn } = await import('../../src/packet/letter/known-occasions.js');
    expect(occasionIn('en', campaign.deliveries[0].occasion, campaign.deliveries[0].occasions)).toBe('Human Rights Day');
    expect(occasionIn('ko', campaign.deliveries[0].occasion, campaign.deliveries[0].occasions)).toBe('세계 인권의 날');
  });

  it.each([
    ['ko', /[\uac00-\ud7a3]/u],
    ['es', /[a-záéíóúñ]/iu],
  ])('writes the campaign file\'s comments in the organizer\'s language (%s), with the same keys and values', async (lang, script) => {
    const dir = tempDir();
    const english = join(dir, 'campaign-en.yaml');
    const theirs = join(dir, 'campaign-lang.yaml');
    expect((await runMain(['init', '--yes', '-o', english, ...flagsFor(dir), '--occasion', 'Human Rights Day'])).code).toBe(0);
    expect((await runMain(['--lang', lang, 'init', '--yes', '-o', theirs, ...flagsFor(dir), '--occasion', 'Human Rights Day'])).code).toBe(0);
    // A preset's own description (from the library of offices, in English) is not one of init's comments.
    const comments = (text: string) => text.split('\n').filter((line) => !/^\s*(preset|variant):/u.test(line))
      .map((line) => line.match(/(?:^|\s)# (.*)$/u)?.[1]).filter((c): c is string => c !== undefined);
    const englishComments = comments(readFileSync(english, 'utf8'));
    const theirComments = comments(readFileSync(theirs, 'utf8'));
    expect(theirComments.length).toBe(englishComments.length);
    // Comments that are sentences (not a detected format or a preset's own description) are translated.
    const sentences = theirComments.filter((comment, i) => comment !== englishComments[i] || /\s\w+\s\w+\s/u.test(comment));
    expect(sentences.length).toBeGreaterThan(15);
    for (const [i, comment] of theirComments.entries()) {
      if (englishComments[i].split(' ').length < 5) continue;
      expect([comment, comment === englishComments[i]]).toEqual([comment, false]);
      expect(comment).toMatch(script);
    }
    const strip = (text: string) => text.split('\n').map((line) => line.replace(/(^|\s+)#.*$/u, '')).filter(Boolean).join('\n');
    expect(strip(readFileSync(theirs, 'utf8'))).toBe(strip(readFileSync(english, 'utf8')));
  });

  it('quotes the file it wrote in the commands it suggests, so they run as pasted (outside tester C, F11)', async () => {
    const dir = tempDir();
    const output = join(dir, 'odd dir ü', 'camp.yaml');
    mkdirSync(join(dir, 'odd dir ü'));
    const result = await runMain(['init', '--yes', '-o', output, ...flagsFor(dir)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`npx petition status '${output}'`);
    expect(result.stdout).toContain(`npx petition packet --campaign '${output}' --delivery`);
  });

  it('writes a commented campaign file that loads, from flags alone', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign', 'campaign.yaml');
    mkdirSync(join(dir, 'campaign'));
    const result = await runMain(['init', '--yes', '-o', output, ...flagsFor(dir)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Each export was inspected on the spot: format, encoding, mapping and first rows.
    expect(result.stdout).toContain('google-form.csv: google-forms export, utf-8 (by bom), comma-separated');
    expect(result.stdout).toContain('Full name → name (alias)');
    // The country given for the paper sheets shows in the preview already.
    expect(result.stdout).toMatch(/row 1: 박지호 \|.* KR \| 2025-11-01/);
    // Every command it suggests runs as pasted from where init was run: through npx, with the file it wrote.
    const hints = result.stdout.slice(result.stdout.indexOf('Next:')).split('\n').map((line) => line.replace(/^Next:/, '').trim()).filter(Boolean);
    expect(hints.length).toBeGreaterThan(1);
    for (const hint of hints) expect(hint).toMatch(new RegExp(`^npx petition \\w+ .*${output.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const text = readFileSync(output, 'utf8');
    expect(text).toMatch(/^# Campaign file for petition-courier/);
    expect(text).toContain('privacy: recipient  # public | recipient | count-only');
    const campaign = await loadCampaign(output);
    // The text came from a file, paragraphs kept.
    expect(campaign.petition.text.en).toBe('We, the undersigned,\n\ncall on China to stop forced returns.');
    // Export paths are written relative to the campaign file, and resolve to the files given.
    expect(campaign.sources.map((s) => s.path)).toEqual([exportPath('google-form.csv'), exportPath('seoul-paper.csv')]);
    expect(campaign.sources[0].pathAsWritten).toMatch(/^\.\.\/.*google-form\.csv$/);
    expect(campaign.sources[1].country).toBe('KR');
    expect(campaign.targets[0]).toMatchObject({ id: 'xi-jinping', preset: 'head-of-state-via-embassy', variant: 'cn-washington', gender: 'male', ambassador: { name: 'Xie Feng' } });
    expect(campaign.deliveries[0]).toMatchObject({ id: 'xi-jinping-2026', date: '2026-12-10', occasion: 'Human Rights Day', goal: 200000 });
    expect(campaign.timezone).toBe('America/New_York');
    // And the packet tools accept it.
    const status = await runMain(['status', output, '--json'], { now: new Date('2026-11-23T12:00:00Z') });
    expect(JSON.parse(status.stdout).deliveries[0].daysLeft).toBe(17);
  });

  it.each([
    ['a missing answer names its flag', ['--place'], '--place is needed with --yes'],
    ['a date that is not a day', ['--date', '2026-02-30'], '--date "2026-02-30": 2026-02-30 is not a day of the calendar'],
    ['an unknown preset', ['--preset', 'pope'], '--preset "pope": choose one of'],
    ['an export that is not there', ['--source', 'nowhere.csv'], '--source: no file "nowhere.csv"'],
  ])('refuses %s, and writes nothing', async (_label, change, message) => {
    const dir = tempDir();
    const flags = flagsFor(dir);
    const flag = change[0];
    const at = flags.indexOf(flag);
    if (change.length === 1) flags.splice(at, 2);
    else if (flag === '--source') flags.splice(flags.indexOf('--source'), 4, '--source', change[1]);
    else flags[at + 1] = change[1];
    const output = join(dir, 'campaign.yaml');
    const result = await runMain(['init', '--yes', '-o', output, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(output)).toBe(false);
  });

  it('asks the names for letters in another script, by flag, and writes them', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const flags = [...flagsFor(dir), '--letter-language', 'en,zh'];
    const refused = await runMain(['init', '--yes', '-o', output, ...flags]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--official-name zh=… is needed with --yes (The name of Xi Jinping in Chinese letters (zh))');
    const translated = ['--title', 'zh=停止强制遣返', '--roles', 'zh=协调人', '--places', 'zh=华盛顿'];
    const result = await runMain(['init', '--yes', '-o', output, ...flags, '--official-name', 'zh=习近平', '--ambassador-name', 'zh=谢锋', ...translated]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const campaign = await loadCampaign(output);
    expect(campaign.targets[0]).toMatchObject({ name: 'Xi Jinping', names: { zh: '习近平' }, ambassador: { name: 'Xie Feng', names: { zh: '谢锋' } } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not replace an existing campaign file without --force', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    writeFileSync(output, 'mine\n');
    const result = await runMain(['init', '--yes', '-o', output, ...flagsFor(dir)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists; add --force');
    expect(readFileSync(output, 'utf8')).toBe('mine\n');
    expect((await runMain(['init', '--yes', '--force', '-o', output, ...flagsFor(dir)])).code).toBe(0);
  });

  it('takes --country FILE=CODE as count and dedupe do, and quotes a wrong one as typed', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const withCountry = (country: string) => flagsFor(dir).map((flag) => (flag === 'seoul-paper.csv:KR' ? country : flag));
    const result = await runMain(['init', '--yes', '-o', output, ...withCountry('seoul-paper.csv=kr')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await loadCampaign(output)).sources[1].country).toBe('KR');
    const wrong = await runMain(['init', '--yes', '--force', '-o', output, ...withCountry('fixtures/seoul-paper.csv=XX')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--country fixtures/seoul-paper.csv=XX: ');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a petition address or sheet code the campaign could not hold, naming the flag (not an internal error)', async () => {
    for (const [flag, value, says] of [['--url', 'notaurl', 'not a web address'], ['--url', 'ftp://x y', 'not a web address'], ['--code', '!!', 'the code is 1 to 8 letters or digits']]) {
      const dir = tempDir();
      const output = join(dir, 'campaign.yaml');
      const result = await runMain(['init', '--yes', '-o', output, ...flagsFor(dir), flag, value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${flag} ${value}: ${says}`);
      expect(result.stderr).not.toContain('bug');
      expect(existsSync(output)).toBe(false);
    }
  });
});

type Answer = string | boolean | ((choices?: Array<Choice<unknown>>) => unknown);

/** Answers each question by the first rule whose pattern matches its message; records what was asked. */
function scriptedPrompter(rules: Array<[RegExp, Answer]>, asked: string[]): Prompter {
  const answer = (message: string, choices?: Array<Choice<unknown>>, validate?: (value: string) => true | string) => {
    asked.push(message);
    const rule = rules.find(([pattern]) => pattern.test(message));
    if (!rule) throw new Error(`unexpected prompt: ${message}`);
    const value = typeof rule[1] === 'function' ? rule[1](choices) : rule[1];
    if (validate && typeof value === 'string') {
      const verdict = validate(value);
      if (verdict !== true) throw new Error(`scripted answer "${value}" to "${message}" fails validation: ${verdict}`);
    }
    return value;
  };
  return {
    input: async (q) => answer(q.message, undefined, q.validate) as string,
    confirm: async (q) => answer(q.message) as boolean,
    select: async <T>(q: { message: string; choices: Array<Choice<T>> }) => answer(q.message, q.choices as Array<Choice<unknown>>) as T,
    editor: async (q) => answer(q.message) as string,
  };
}

describe('petition init, asking', () => {
  it('walks through every question, lets the person fix a column mapping, and takes the defaults offered', async () => {
    const dir = tempDir();
    const sheet = join(dir, 'sheet.csv');
    writeFileSync(sheet, 'Person,Kontakt,Wohnort\nAna Silva,ana@example.pt,Lisboa\nBo Lee,bo@example.kr,Seoul\n');
    let mappingChecks = 0;
    let fieldPicks = 0;
    const asked: string[] = [];
    const prompter = scriptedPrompter([
      [/^Languages/, 'en'],
      [/^Petition title/, 'Stop forced returns'],
      [/^Petition text/, 'We call on China to stop forced returns.'],
      [/^Your name/, 'Min-ji Park'],
      [/^Organization/, 'Safe Passage Coalition'],
      [/^Postal address/, '1200 Example Avenue NW; Washington, DC 20005'],
      [/^Contact/, 'petition@example.org'],
      [/^Who signs/, 'Min-ji Park'],
      [/^Role/, ''],
      [/^Signature export file/, sheet],
      [/^Another export file/, ''],
      // The sheet has no name column the reader knows: pick it; then say the email column is wrong too.
      [/^Which field/, () => (fieldPicks++ === 0 ? 'name' : 'email')],
      [/^Which column holds name/, 'Person'],
      [/^Which column holds email/, 'Kontakt'],
      [/^Is this column mapping right/, () => mappingChecks++ > 0],
      [/^Country of rows/, 'pt'],
      [/^Office of the official/, 'un-secretary-general'],
      [/^The official's name/, 'António Guterres'],
      [/^Form of address/, 'male'],
      [/^An id for this target/, 'un-sg'],
      [/^Add another target/, false],
      [/^Delivery date/, '2026-12-10'],
      [/^Where it is delivered/, 'New York'],
      [/^Occasion/, 'Human Rights Day'],
      [/^Letter languages/, 'en'],
      [/^Who may see/, 'count-only'],
      [/^Target number/, ''],
      [/^An id for this delivery/, 'un-2026'],
      [/^Add another delivery/, false],
      [/^Time zone/, 'Europe/Lisbon'],
    ], asked);
    const output = join(dir, 'campaign.yaml');
    const result = await runMain(['init', '-o', output], { prompter });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(asked.filter((m) => m.startsWith('Which field'))).toHaveLength(2);
    expect(result.stdout).toContain('Person → name (--map)');
    expect(result.stdout).toContain('Kontakt → email (--map)');
    const campaign = await loadCampaign(output);
    expect(campaign.sources[0]).toMatchObject({ pathAsWritten: 'sheet.csv', country: 'PT', map: { name: 'Person', email: 'Kontakt' } });
    expect(campaign.organizer.address).toEqual(['1200 Example Avenue NW', 'Washington, DC 20005']);
    expect(campaign.deliveries[0]).toMatchObject({ id: 'un-2026', target: 'un-sg', privacy: 'count-only' });
    expect(campaign.timezone).toBe('Europe/Lisbon');
  });

  it('asks, for Korean and Chinese letters, every name, role, title and place they print, so the packet builds cleanly', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const prompter = scriptedPrompter([
      [/^Languages/, 'en,ko'],
      [/^Petition title in Chinese letters \(zh\)/, '停止强制遣返'],
      [/^Petition title \(en\)/, 'Stop forced returns'],
      [/^Petition title \(ko\)/, '강제북송을 중단하십시오'],
      [/^Petition text \(en\)/, 'We call on China to stop forced returns.'],
      [/^Petition text \(ko\)/, '강제북송을 중단해 주십시오.'],
      [/^Your name/, 'Min-ji Park'],
      [/^Organization/, 'Safe Passage Coalition'],
      [/^Postal address/, '1200 Example Avenue NW; Washington, DC 20005'],
      [/^Contact/, 'petition@example.org'],
      [/^Who signs/, 'Min-ji Park'],
      [/^Role printed/, 'Coordinator'],
      [/^The role "Coordinator" in Korean letters/, '코디네이터'],
      [/^The role "Coordinator" in Chinese letters/, '协调人'],
      [/^Signature export file/, exportPath('change-org.csv')],
      [/^Another export file/, ''],
      [/^Is this column mapping right/, true],
      [/^Country of rows/, ''],
      [/^Office of the official/, 'head-of-state-via-embassy'],
      [/^Which one/, 'cn-washington'],
      [/^The official's name/, 'Xi Jinping'],
      [/^The ambassador who receives/, 'Xie Feng'],
      [/^Form of address/, 'male'],
      [/^An id for this target/, 'xi-jinping'],
      [/^Add another target/, false],
      [/^Delivery date/, '2026-12-10'],
      [/^Where it is delivered/, 'Washington, D.C.'],
      [/^The place "Washington, D.C." in Korean letters/, '워싱턴'],
      [/^The place "Washington, D.C." in Chinese letters/, '华盛顿'],
      [/^Occasion/, 'Human Rights Day'],
      [/^Letter languages/, 'ko,zh'],
      [/^Who may see/, 'recipient'],
      [/^Target number/, ''],
      [/^An id for this delivery/, 'embassy-2026'],
      [/^Add another delivery/, false],
      [/^The name of Xi Jinping in Korean letters/, '시진핑'],
      [/^The name of Xi Jinping in Chinese letters/, '习近平'],
      [/^The name of Xie Feng in Korean letters/, '셰펑'],
      [/^The name of Xie Feng in Chinese letters/, '谢锋'],
      [/^Time zone/, 'America/New_York'],
    ], asked);
    const output = join(dir, 'campaign.yaml');
    const init = await runMain(['init', '-o', output], { prompter });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(asked.filter((m) => / in (Korean|Chinese) letters/.test(m))).toHaveLength(9);
    const packet = await runMain(['packet', '--campaign', output, '-o', join(dir, 'packet')]);
    expect(packet.stderr).not.toContain('missing translation');
    expect(packet.code).toBe(0);
    const letter = await readPdfText(readFileSync(join(dir, 'packet', 'letter.pdf')));
    const korean = letter.pageTexts.filter((page) => page.includes('시진핑'));
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.join('\n')).toContain('코디네이터');
    expect(letter.text).toContain('习近平');
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the flag of each translation a script needs with --yes', async () => {
    const dir = tempDir();
    const flags = [...flagsFor(dir), '--letter-language', 'ko', '--official-name', 'ko=시진핑', '--ambassador-name', 'ko=셰펑'];
    const result = await runMain(['init', '--yes', '-o', join(dir, 'campaign.yaml'), ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--roles ko=… is needed with --yes');
    const done = await runMain(['init', '--yes', '-o', join(dir, 'campaign.yaml'), ...flags, '--roles', 'ko=코디네이터', '--places', 'ko=워싱턴']);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    const campaign = await loadCampaign(join(dir, 'campaign.yaml'));
    expect(campaign.organizer.roles).toEqual({ ko: '코디네이터' });
    expect(campaign.deliveries[0].places).toEqual({ ko: '워싱턴' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts every --official-name LANG=NAME on its language, whichever place the language has among the letters', async () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const flags = [...flagsFor(dir), '--letter-language', 'en,ko,zh', '--official-name', 'ko=시진핑', '--official-name', 'zh=习近平',
      '--ambassador-name', 'zh=谢锋', '--ambassador-name', 'ko=셰펑', '--title', 'zh=停止强制遣返', '--roles', 'zh=协调人', '--roles', 'ko=코디네이터',
      '--places', 'zh=华盛顿', '--places', 'ko=워싱턴'];
    const result = await runMain(['init', '--yes', '-o', output, ...flags]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const campaign = await loadCampaign(output);
    expect(campaign.targets[0]).toMatchObject({ names: { ko: '시진핑', zh: '习近平' }, ambassador: { names: { ko: '셰펑', zh: '谢锋' } } });
    // Letters only in English (the petition's first language): the Korean names given are still the campaign's.
    const englishOnly = await runMain(['init', '--yes', '--force', '-o', output, ...flagsFor(dir), '--official-name', 'ko=시진핑', '--ambassador-name', 'ko=셰펑']);
    expect(englishOnly.stderr).toBe('');
    expect((await loadCampaign(output)).targets[0]).toMatchObject({ names: { ko: '시진핑' }, ambassador: { names: { ko: '셰펑' } } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves nothing behind when the person presses Ctrl-C half-way', async () => {
    const dir = tempDir();
    const cancel = () => {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    };
    const prompter = scriptedPrompter([
      [/^Languages/, 'en'], [/^Petition title/, 'T'], [/^Petition text/, 'Text.'], [/^Your name/, 'A'], [/^Organization/, 'O'],
      [/^Postal address/, 'Street 1'], [/^Contact/, 'a@example.org'], [/^Who signs/, 'A'], [/^Role/, ''],
      [/^Signature export file/, exportPath('google-form.csv')], [/^Another export file/, ''], [/^Is this column mapping right/, true],
      [/^Country of rows/, ''], [/^Office of the official/, cancel],
    ], []);
    const result = await runMain(['init', '-o', join(dir, 'campaign.yaml')], { prompter });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cancelled; nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says at once that an export typed again is already added (verifyR1 F-L3)', async () => {
    const dir = tempDir();
    const sheet = exportPath('google-form.csv');
    const base = scriptedPrompter([
      [/^Languages/, 'en'], [/^Petition title/, 'T'], [/^Petition text/, 'Text.'], [/^Your name/, 'A'], [/^Organization/, 'O'],
      [/^Postal address/, 'Street 1'], [/^Contact/, 'a@example.org'], [/^Who signs/, 'A'], [/^Role/, ''],
      [/^Signature export file/, sheet], [/^Another export file/, ''], [/^Is this column mapping right/, true],
      [/^Country of rows/, ''], [/^Office of the official/, () => { throw Object.assign(new Error('closed'), { name: 'ExitPromptError' }); }],
    ], []);
    const verdicts: unknown[] = [];
    const prompter: Prompter = {
      ...base,
      input: async (q) => {
        if (/^Another export file/.test(q.message) && q.validate) verdicts.push(q.validate(sheet), q.validate(` ${sheet} `));
        return base.input(q);
      },
    };
    await runMain(['init', '-o', join(dir, 'campaign.yaml')], { prompter });
    expect(verdicts.map(String)).toEqual([expect.stringContaining('is already added'), expect.stringContaining('is already added')]);
  });
});

/** Drives the built binary through a pseudo-terminal: waits for each question, types the answer, presses Enter. */
const PTY_DRIVER = String.raw`
import json, os, pty, re, select, sys, time
steps = json.loads(sys.argv[1])
argv = json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(argv[0], argv, dict(os.environ, NO_COLOR='1', TZ='UTC', FORCE_COLOR='0'))
buffer = b''
def read_until(pattern, timeout=30):
    global buffer
    deadline = time.time() + timeout
    while time.time() < deadline:
        text = re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', buffer.decode('utf-8', 'replace'))
        if re.search(pattern, text):
            buffer = b''
            return
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buffer += chunk
    sys.stderr.write('timed out waiting for %r; screen: %r\n' % (pattern, re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', buffer.decode('utf-8', 'replace'))[-500:]))
    sys.exit(3)
for pattern, keys in steps:
    read_until(pattern)
    time.sleep(0.05)
    os.write(fd, keys.encode('utf-8'))
rest = b''
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    rest += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(rest.decode('utf-8', 'replace'))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 4)
`;

function python3(): string | null {
  const found = spawnSync('python3', ['-c', 'import pty, select; print("ok")'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() === 'ok' && process.platform !== 'win32' ? 'python3' : null;
}

const ptyReady = python3() !== null && existsSync(join(BIN, '..', '..', 'dist', 'cli', 'commands', 'init.js'));
if (!ptyReady) {
  console.warn('Skipping the pseudo-terminal test of petition init: it needs python3 with the pty module (not on Windows) and a build (npm run build).');
}

describe('petition init in a terminal', () => {
  (ptyReady ? it : it.skip)('answers the real prompts typed at a pseudo-terminal and writes the campaign', () => {
    const dir = tempDir();
    const output = join(dir, 'campaign.yaml');
    const ENTER = '\r';
    const DOWN = '\x1b[B';
    const steps: Array<[string, string]> = [
      ['Languages the petition was signed in', ENTER], // default: en
      ['Petition title \\(en\\)', `Stop forced returns${ENTER}`],
      ['Petition text \\(en\\)', `We call on China to stop forced returns.${ENTER}`],
      ['Your name', `Min-ji Park${ENTER}`],
      ['Organization sending', `Safe Passage Coalition${ENTER}`],
      ['Postal address', `1200 Example Avenue NW; Washington, DC 20005${ENTER}`],
      ['Contact', `petition@example.org${ENTER}`],
      ['Who signs the letters', ENTER], // default: the organizer
      ['Role printed', ENTER],
      ['Signature export file', `${exportPath('nowhere.csv')}${ENTER}`], // refused as typed: no such file
      ['no file', '\x15'.repeat(1) + `${exportPath('google-form.csv')}${ENTER}`],
      ['Is this column mapping right', ENTER],
      ['Country of rows', ENTER],
      ['Another export file', ENTER],
      ['Office of the official', ENTER], // the first preset in the list
      ['The official', `Kaja Kallas${ENTER}`],
      ['Form of address', `${DOWN}${DOWN}${ENTER}`], // neutral, male, female
      ['An id for this target', ENTER],
      ['Add another target', ENTER],
      ['Delivery date', `2026-13-10${ENTER}`], // refused as typed
      ['not a day|YYYY-MM-DD', '\x15' + `2026-12-10${ENTER}`],
      ['Where it is delivered', `Brussels${ENTER}`],
      ['Occasion', ENTER],
      ['Letter languages', ENTER],
      ['Who may see', ENTER],
      ['Target number', `200000${ENTER}`],
      ['An id for this delivery', ENTER],
      ['Add another delivery', ENTER],
      ['Time zone', `Europe/Brussels${ENTER}`],
    ];
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync('python3', ['-c', PTY_DRIVER, JSON.stringify(steps), JSON.stringify([process.execPath, BIN, 'init', '-o', output])], { env, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Wrote');
    const text = readFileSync(output, 'utf8');
    expect(text).toContain('preset: eu-high-representative');
    expect(text).toContain('name: Kaja Kallas');
    expect(text).toContain('gender: female');
    expect(text).toContain('place: Brussels');
    expect(text).toContain('date: 2026-12-10');
    expect(text).toContain('timezone: Europe/Brussels');
  });

  (ptyReady ? it : it.skip)('Ctrl-C at a prompt exits 2 and writes nothing', () => {
    const dir = tempDir();
    const steps: Array<[string, string]> = [
      ['Languages the petition was signed in', '\r'],
      ['Petition title', 'Stop forced returns\r'],
      ['Petition text', 'Text.\r'],
      ['Your name', '\x03'],
    ];
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync('python3', ['-c', PTY_DRIVER, JSON.stringify(steps), JSON.stringify([process.execPath, BIN, 'init', '-o', join(dir, 'campaign.yaml')])], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('cancelled; nothing was written');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('petition init -o a file named like an option (outside tester E, F13)', () => {
  it('prints a status hint that runs as pasted: "./-c.yaml", not "-c.yaml" (an unknown option)', () => {
    const dir = tempDir();
    try {
      const init = spawnSync(process.execPath, [BIN, 'init', '--yes', '-o', '-c.yaml', ...flagsFor(dir)], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(init.status).toBe(0);
      expect(init.stdout).toContain('npx petition status ./-c.yaml');
      expect(init.stdout).toContain('npx petition packet --campaign ./-c.yaml');
      const status = spawnSync(process.execPath, [BIN, 'status', './-c.yaml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(status.stderr).not.toMatch(/unknown option/);
      expect(status.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
