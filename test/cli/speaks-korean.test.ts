// A Korean-speaking organizer runs init, status and packet under PETITION_LANG=ko and reads every message in Korean;
// scripts reading --json get the same bytes whatever the language.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allExports, tempDir } from '../helpers/fixtures.js';
import { runBin } from '../helpers/run-bin.js';
import { runMain } from '../helpers/run-main.js';
import type { Choice, Prompter } from '../../src/cli/prompter.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';

/**
 * English left in a text: two or more English words in a row ("not valid", "Packet for"). What may stay in Latin
 * letters is taken out first: commands and flags (petition packet --campaign …), paths and file names, hashes,
 * ISO codes and dates, IANA zones, field names after an arrow (→ name), and the values the organizer typed.
 */
function englishLeft(text: string, data: string[]): string[] {
  const withoutAllowed = (line: string): string => {
    let rest = line;
    for (const value of data) rest = rest.split(value).join(' ');
    return rest
      .replace(/petition [a-z]+( (--?[a-z-]+|[^\s()]+))*/g, ' ')
      .replace(/--?[a-z][a-z-]*(=\S+)?/g, ' ')
      .replace(/\S*[/\\]\S*|\S+\.(csv|yaml|pdf|json|txt|xlsx|jsonl)\b/g, ' ')
      .replace(/sha256 [0-9a-f]+…?/g, ' ');
  };
  return text.split('\n').filter((line) => /\b[A-Za-z]{2,}\b[\s,;:]+\b[A-Za-z]{2,}\b/.test(withoutAllowed(line)));
}

describe('petition under PETITION_LANG=ko', () => {
  let dir: string;
  const ko = { PETITION_LANG: 'ko' };
  beforeAll(() => {
    dir = tempDir();
    // A Korean paper transcription: an unknown country and dates that do not prove their order (two warnings).
    writeFileSync(join(dir, 'paper.csv'), [
      '이름,도시,국가,서명일',
      '박지호,서울,KR,03/04/2025',
      '정하은,수원,KR,01/02/2025',
      '강도윤,대구,Atlantis,05/06/2025',
      '김민준,부산,KR,07/08/2025',
    ].join('\n'));
    writeFileSync(join(dir, 'text.txt'), '중국 정부는 탈북민 강제북송을 중단하십시오.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const data = ['António Guterres', 'antonio-guterres', 'un-secretary-general', 'Asia/Seoul', 'Atlantis', 'p@example.org'];

  it('asks, reports and builds in Korean: init, status and packet', () => {
    const init = runBin(['init', '--yes', '-o', 'campaign.yaml', '--language', 'ko', '--title', 'ko=강제북송을 중단하십시오', '--text', 'ko=text.txt',
      '--organizer', '박민지', '--organization', '안전한 길 연대', '--address', '서울특별시 종로구 1', '--contact', 'p@example.org',
      '--source', 'paper.csv', '--preset', 'un-secretary-general', '--official', 'António Guterres', '--official-name', 'ko=안토니우 구테흐스',
      '--gender', 'male', '--date', '2026-12-10', '--place', '뉴욕', '--occasion', '세계 인권의 날', '--goal', '500', '--timezone', 'Asia/Seoul',
      '--letter-language', 'ko'], { cwd: dir, env: ko });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('campaign.yaml 파일을 작성했습니다: 서명 파일 1개, 수신 대상 1곳, 전달 1건.');
    expect(init.stdout).toContain('이렇게 읽힐 처음 몇 행:');

    const status = runBin(['status', 'campaign.yaml'], { cwd: dir, env: ko });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('고유 서명자');
    expect(status.stdout).toMatch(/목표\s+500명 중 4명/);

    const packet = runBin(['packet', '--campaign', 'campaign.yaml', '-o', 'out'], { cwd: dir, env: ko });
    // Built, with a problem to look at (a country it does not know), as count says of the same files.
    expect(packet.code).toBe(1);
    expect(packet.stdout).toContain('antonio-guterres-2026 전달 자료(2026-12-10, 뉴욕): out/');
    expect(packet.stderr).toContain('경고: paper.csv, 3행, 4번째 줄, "country" 열: "Atlantis"은(는) 알 수 없는 국가여서 \'알 수 없는 국가\'로 셉니다(1개 행: 3)');
    expect(packet.stderr).toContain('날짜를 일/월/연도 순서로 읽었지만, 파일만으로는 확인할 수 없습니다');

    for (const run of [init, status, packet]) expect(englishLeft(run.stdout + run.stderr, data)).toEqual([]);
  });

  it('finds English when there is some (the check can fail)', () => {
    expect(englishLeft('  letter.pdf  1 page  sha256 3b904e9e…\nPacket for un-2026 in out/', data)).toEqual(['Packet for un-2026 in out/']);
    expect(englishLeft('다음 단계: petition status campaign.yaml\n경고: paper.csv: 날짜', data)).toEqual([]);
  });

  it('asks init\'s questions in Korean, with the choices named in Korean and a wrong answer refused in Korean', async () => {
    const asked: string[] = [];
    const choicesSeen: string[] = [];
    const verdicts: string[] = [];
    // Each question answered in order; the date is first given wrong, to see the check speak Korean.
    const answers: Array<[RegExp, string | boolean]> = [
      [/^청원에 서명받은 언어/, 'ko'], [/^청원 제목/, '강제북송을 중단하십시오'], [/^청원 본문/, '강제북송을 중단해 주십시오.'],
      [/^이름:/, '박민지'], [/^서한을 보내는 단체/, '안전한 길 연대'], [/^서한 머리에 넣을 우편 주소/, '서울특별시 종로구 1'],
      [/^연락처/, 'p@example.org'], [/^서한에 서명하는 사람/, '박민지'], [/^서명 아래에 적을 직함/, ''],
      [/^서명 파일\(경로\)/, join(dir, 'paper.csv')], [/^다른 서명 파일/, ''], [/^열 대응이 맞습니까/, true],
      [/^국가가 없는 행의 국가/, 'KR'], [/^받는 공직자의 직책/, 'un-secretary-general'], [/^공직자의 이름/, 'António Guterres'],
      [/^호칭/, 'male'], [/^한국어 서한에 쓸 António Guterres의 이름/, '안토니우 구테흐스'], [/^이 수신 대상의 ID/, 'un-sg'],
      [/^수신 대상을 더 추가하시겠습니까/, false], [/^전달 날짜/, '2026-12-10'], [/^전달 장소/, '뉴욕'], [/^계기/, '세계 인권의 날'],
      [/^서한 언어/, 'ko'], [/^서명자 이름을 볼 수 있는 사람/, 'recipient'], [/^목표 서명 수/, ''], [/^이 전달의 ID/, 'un-2026'],
      [/^전달을 더 추가하시겠습니까/, false], [/^캠페인의 시간대/, 'Asia/Seoul'],
    ];
    const answer = (message: string, validate?: (value: string) => true | string) => {
      asked.push(message);
      const found = answers.find(([pattern]) => pattern.test(message));
      if (!found) throw new Error(`unexpected prompt: ${message}`);
      if (validate && /^전달 날짜/.test(message)) verdicts.push(String(validate('2026-02-30')));
      return found[1];
    };
    const prompter: Prompter = {
      input: async (q) => answer(q.message, q.validate) as string,
      confirm: async (q) => answer(q.message) as boolean,
      select: async <T>(q: { message: string; choices: Array<Choice<T>> }) => {
        choicesSeen.push(...q.choices.map((c) => c.name));
        return answer(q.message) as T;
      },
      editor: async (q) => answer(q.message) as string,
    };
    const result = await runMain(['init', '-o', join(dir, 'asked.yaml')], { env: ko, prompter });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(verdicts).toEqual(['2026-02-30은 달력에 없는 날짜입니다']);
    expect(choicesSeen).toEqual(expect.arrayContaining(['남성(His Excellency Mr.)', 'recipient: 이름은 받는 공직자에게만 인쇄해 전달합니다', 'un-secretary-general: 유엔 사무총장']));
    // A preset's id stays (it goes in campaign.yaml); what it names is said in Korean.
    expect(choicesSeen.filter((choice) => /[A-Za-z]{3,} [A-Za-z]{3,}/.test(choice.replace(/^[a-z-]+: /, '').replace('His Excellency Mr.', '').replace('Her Excellency Ms.', '')))).toEqual([]);
    expect(asked.filter((question) => /[A-Za-z]{2,} [A-Za-z]{2,}/.test(question.replace('António Guterres', '')))).toEqual([]);
    expect(englishLeft(result.stdout, data)).toEqual([]);
  });

  it('describes commands and options in the chosen language, English by default', async () => {
    const korean = await runMain(['--lang', 'ko', 'status', '--help']);
    expect(korean.stdout).toContain('사용법: petition status [옵션] [campaign]');
    expect(korean.stdout).toMatch(/campaign\s+캠페인 파일\(또는 --campaign\)/);
    expect(korean.stdout).toMatch(/--campaign <file>\s+캠페인 파일\(campaign.yaml\)/);
    expect(korean.stdout).toMatch(/--json\s+상황을 JSON으로 표준 출력에 씁니다/);
    expect(englishLeft(korean.stdout, data)).toEqual([]);
    const spanish = await runMain(['help', 'count'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(spanish.stdout).toMatch(/--exact\s+solo reglas exactas/);
    expect(spanish.stdout).toContain('Uso: petition count [opciones] [files...]');
    const english = await runMain(['count', '--help']);
    expect(english.stdout).toContain('Usage: petition count [options] [files...]');
  });

  it('refuses a language it has no messages in, naming the ones it has', async () => {
    const result = await runMain(['--lang', 'fr', 'count', 'paper.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('petition: --lang fr: no messages in that language; choose one of en, ko, es\n');
  });

  it('warns once, in the language it falls back to, when PETITION_LANG names a language it has no messages in', async () => {
    const result = await runMain(['packet'], { env: { PETITION_LANG: 'xx' } });
    expect(result.stderr.split('\n')[0]).toBe('petition: PETITION_LANG=xx: no messages in that language (there are en, ko, es); speaking en');
    expect(result.stderr.match(/PETITION_LANG/g)).toHaveLength(1);
    const fromLocale = await runMain(['packet'], { env: { PETITION_LANG: 'xx', LANG: 'ko_KR.UTF-8' } });
    expect(fromLocale.stderr).toContain('PETITION_LANG=xx: 이 언어로 된 메시지가 없습니다');
    expect(fromLocale.stderr).toContain('캠페인 파일을 지정하십시오');
    expect((await runMain(['packet'], { env: { PETITION_LANG: 'ko' } })).stderr).not.toContain('PETITION_LANG');
  });

  it('says a user error in Korean, and --lang wins over PETITION_LANG', async () => {
    const korean = await runMain(['packet'], { env: { PETITION_LANG: 'ko' } });
    expect(korean.stderr).toBe('petition: 캠페인 파일을 지정하십시오: --campaign campaign.yaml (petition init으로 만들 수 있습니다)\n');
    const spanish = await runMain(['packet', '--lang', 'es'], { env: { PETITION_LANG: 'ko' } });
    expect(spanish.stderr).toBe('petition: indique la campaña: --campaign campaign.yaml (petition init la crea)\n');
  });

  it('keeps --json byte for byte the same in every language', async () => {
    const paper = join(dir, 'paper.csv');
    const english = await runMain(['count', paper, '--json']);
    expect(JSON.parse(english.stdout).unique).toBe(4);
    for (const lang of ['ko', 'es']) {
      const other = await runMain(['count', paper, '--json', '--lang', lang]);
      expect(other.stdout).toBe(english.stdout);
    }
    expect(JSON.parse(english.stdout).problems.map((p: { message: string }) => p.message)).toContain('"Atlantis" is not a country we know; counted as "Country not recognised" (1 row: 3)');
    const status = await runMain(['status', join(dir, 'campaign.yaml'), '--json']);
    const statusKo = await runMain(['status', join(dir, 'campaign.yaml'), '--json', '--lang', 'ko']);
    expect(statusKo.stdout.replace(/"lastRun": "[^"]*"/, '')).toBe(status.stdout.replace(/"lastRun": "[^"]*"/, ''));
  });
});

/**
 * English left in a text whatever the other language: a run of three or more common English words ("no such file",
 * "is not a"), which Spanish and Korean never make. Taken out first, as above: commands and flags, paths and file
 * names, and the values the organizer or the signers typed.
 */
const COMMON_ENGLISH = new Set(`the an of to in and not for with it its this that be are was were has have had by on at from as or can cannot
  file files row rows signer signers column columns line lines page pages written wrote read reads count counted delivery deliveries packet
  missing found unknown option argument arguments required more than only one two every each their which there here what when will would
  should use give run did you mean warning warnings rejected kept duplicate same different person people pair pairs decided review awaiting
  still open built unchanged already failed sheet sheets returned matches manifest checked against ledger fingerprint proves name email
  date valid too many expected got but into out all any new after before so do does must may is no such how see them they been being`
  .split(/\s+/).filter(Boolean));

function englishRuns(text: string, data: string[]): string[] {
  return text.split('\n').filter((line) => {
    let rest = line;
    for (const value of data) rest = rest.split(value).join(' ');
    rest = rest
      .replace(/(npx )?petition [a-z]+( (--?[a-z-]+|[^\s()]+))*/g, ' ')
      .replace(/--?[a-z][a-z-]*(=\S+)?/g, ' ')
      .replace(/\S*[/\\]\S*|\S+\.(csv|yaml|pdf|json|txt|xlsx|jsonl|png|md)\b/g, ' ');
    // Anything but letters, apostrophes and spaces ends a run: Hangul, digits, punctuation.
    return rest.split(/[^A-Za-z' ]+/).some((segment) => {
      let run = 0;
      for (const word of segment.split(' ').filter(Boolean)) {
        run = COMMON_ENGLISH.has(word.toLowerCase()) ? run + 1 : 0;
        if (run >= 3) return true;
      }
      return false;
    });
  });
}

describe('every command under PETITION_LANG=ko and PETITION_LANG=es, with good input and bad', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  const reviewAnswers = (answers: string[]): Prompter => ({
    input: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
    confirm: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
    editor: async (q) => { throw new Error(`unexpected prompt: ${q.message}`); },
    select: async <T>() => answers.shift() as T,
  });

  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(at('paper.csv'), ['이름,도시,국가,서명일', '박지호,서울,KR,2025-03-04', '정하은,수원,KR,2025-02-01', '박지호,서울,KR,2025-03-05'].join('\n'));
    writeFileSync(at('text.txt'), '중국 정부는 탈북민 강제북송을 중단하십시오.\n');
    const init = await runMain(['init', '--yes', '-o', at('campaign.yaml'), '--language', 'ko', '--title', 'ko=강제북송을 중단하십시오', '--text', `ko=${at('text.txt')}`,
      '--organizer', '박민지', '--organization', '안전한 길 연대', '--address', '서울특별시 종로구 1', '--contact', '02-123-4567',
      '--source', at('paper.csv'), '--preset', 'un-secretary-general', '--official', 'António Guterres', '--official-name', 'ko=안토니우 구테흐스',
      '--gender', 'male', '--delivery-id', 'un-2026', '--date', '2026-12-10', '--place', '뉴욕', '--occasion', '세계 인권의 날', '--timezone', 'Asia/Seoul',
      '--letter-language', 'ko', '--code', 'NKR']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const data = ['António Guterres', 'antonio-guterres', 'un-secretary-general', 'Asia/Seoul', 'un-2026'];

  /** Each command with input it refuses, then input it takes; the runs that need the one before come after it. */
  const runs = (lang: string): Array<{ argv: string[]; prompter?: Prompter; bad?: boolean }> => [
    { argv: ['cont'], bad: true },
    { argv: ['count', '--jsn', at('paper.csv')], bad: true },
    { argv: ['count', at('missing.csv')], bad: true },
    { argv: ['count', ...allExports()] },
    { argv: ['dedupe', at('paper.csv'), '--map', 'nosuch=이름', '-o', at('m.csv')], bad: true },
    { argv: ['dedupe', ...allExports(), '-o', at(`merged-${lang}.csv`), '--review', at(`review-${lang}.csv`)] },
    { argv: ['inspect', dir], bad: true },
    { argv: ['inspect', at('paper.csv')] },
    { argv: ['init', '--yes', '-o', at(`other-${lang}.yaml`)], bad: true },
    { argv: ['status', at('nope.yaml')], bad: true },
    { argv: ['status', at('campaign.yaml')] },
    { argv: ['explain', `${at('paper.csv')}:9`], bad: true },
    { argv: ['explain', `${at('paper.csv')}:3`] },
    { argv: ['review', at('nope.csv')], bad: true },
    { argv: ['review', at(`review-${lang}.csv`), '--decisions', at(`decisions-${lang}.csv`)], prompter: reviewAnswers(['same', 'different', 'quit']) },
    { argv: ['sheets', '--campaign', at('campaign.yaml')], bad: true },
    { argv: ['sheets', '--campaign', at('campaign.yaml'), '--returned', 'NKR-99-001-X'], bad: true },
    { argv: ['sheets', '--campaign', at('campaign.yaml'), '--count', '1', '-o', at(`sheets-${lang}.pdf`), '--template', at(`typed-${lang}.csv`)] },
    { argv: ['packet', '--campaign', at('campaign.yaml'), '--delivery', 'nope'], bad: true },
    { argv: ['packet', '--campaign', at('campaign.yaml'), '-o', at(`out-${lang}`)] },
    { argv: ['verify', at('nowhere')], bad: true },
    { argv: ['verify', at(`out-${lang}`), '--fingerprint', '12'], bad: true },
    { argv: ['verify', at(`out-${lang}`)] },
    { argv: ['press', '--campaign', at('campaign.yaml'), '--paper', 'A5'], bad: true },
    { argv: ['press', '--campaign', at('campaign.yaml'), '-o', at(`press-${lang}`)] },
    { argv: ['batch', at('campaign.yaml'), '--delivery', 'nope'], bad: true },
    { argv: ['batch', at('campaign.yaml'), '-o', at(`packets-${lang}`)] },
  ];

  it.each(['ko', 'es'])('says everything in %s, and nothing in English', async (lang) => {
    const leaks: string[] = [];
    for (const { argv, prompter, bad } of runs(lang)) {
      const result = await runMain(argv, { env: { PETITION_LANG: lang }, ...(prompter ? { prompter } : {}) });
      // A bad input is refused (2), a good one done (0, or 1 with problems to look at): the run said something.
      if (bad) expect([argv[0], result.code]).toEqual([argv[0], 2]);
      else expect([argv[0], result.code, result.code === 2 ? result.stderr : '']).toEqual([argv[0], result.code === 1 ? 1 : 0, '']);
      expect(result.stdout + result.stderr).not.toBe('');
      leaks.push(...englishRuns(result.stdout + result.stderr, data).map((line) => `${argv[0]}: ${line}`));
    }
    expect(leaks).toEqual([]);
  });

  it('finds English when there is some (the check can fail)', async () => {
    const english = await runMain(['count', at('missing.csv')]);
    expect(englishRuns(english.stderr, data)).toHaveLength(1);
    expect(englishRuns('el archivo no tiene fila de datos 9 (sin contar el encabezado)\n오류: 알 수 없는 옵션입니다: --jsn', data)).toEqual([]);
  });

  it('keeps --json the same in every language', async () => {
    for (const argv of [['explain', `${at('paper.csv')}:3`, '--json'], ['verify', at('out-ko'), '--json'], ['sheets', '--campaign', at('campaign.yaml'), '--template', at('t.csv'), '--json']]) {
      const english = await runMain(argv);
      for (const lang of ['ko', 'es']) expect((await runMain(argv, { env: { PETITION_LANG: lang } })).stdout).toBe(english.stdout);
    }
  });
});

/** Word trigrams of a text, lower-cased, after the values that stay as typed are taken out. */
function englishTrigrams(text: string, data: string[]): Set<string> {
  let rest = text;
  for (const value of data) rest = rest.split(value).join(' | ');
  const found = new Set<string>();
  for (const segment of rest.split(/[^A-Za-z' ]+/)) {
    const words = segment.split(' ').filter(Boolean).map((word) => word.toLowerCase());
    for (let i = 0; i + 2 < words.length; i++) found.add(words.slice(i, i + 3).join(' '));
  }
  return found;
}

describe('a campaign file with mistakes, under PETITION_LANG=ko and PETITION_LANG=es', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'name,country\nAna Kim,KR\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The minimal campaign with one line changed or added, its source beside it. */
  const campaignWith = (edit: (lines: string[]) => void): string => minimalCampaign((lines) => {
    lines[10] = '  - path: a.csv';
    edit(lines);
  });
  const mistakes: Array<[string, (lines: string[]) => void]> = [
    ['an unknown country', (lines) => { lines[11] = '    country: XX'; }],
    ['a date not on the calendar', (lines) => { lines[20] = '    date: 2026-02-30'; }],
    ['an unknown time zone', (lines) => { lines.push('timezone: Mars/Olympus'); }],
    ['an unknown preset', (lines) => { lines[14] = '    preset: un-secretary-generl'; }],
    ['an id used twice', (lines) => { lines.push('  - id: first', '    target: un-sg', '    date: 2014-12-10', '    place: Geneva', '    privacy: public'); }],
    ['an id with capitals', (lines) => { lines[18] = '  - id: First_One'; }],
    ['an unknown target', (lines) => { lines[19] = '    target: un-s'; }],
    ['a letter language with no template', (lines) => { lines.push('    languages: [en, xx]'); }],
    ['a language code that is not one', (lines) => { lines.splice(1, 0, '  languages: [en, klingon]'); }],
    ['a since naming no delivery', (lines) => { lines.push('    since: nope'); }],
  ];
  const data = ['Mars/Olympus', 'un-secretary-generl', 'un-secretary-general', 'un-sg', 'un-s', 'First_One', 'klingon', 'nope', 'first', 'a.csv', 'XX', 'YYYY-MM-DD'];

  it.each(mistakes)('says %s in Korean and Spanish, with no English sentence of it left', async (_, edit) => {
    const file = join(dir, 'campaign.yaml');
    writeFileSync(file, campaignWith(edit));
    const english = await runMain(['status', file]);
    expect(english.code).toBe(2);
    const englishWords = englishTrigrams(english.stderr.replace(file, ' '), data);
    expect(englishWords.size).toBeGreaterThan(0);
    for (const lang of ['ko', 'es']) {
      const other = await runMain(['status', file], { env: { PETITION_LANG: lang } });
      expect(other.code).toBe(2);
      const left = [...englishTrigrams(other.stderr.replace(file, ' '), data)].filter((trigram) => englishWords.has(trigram));
      expect([lang, other.stderr, left]).toEqual([lang, other.stderr, []]);
    }
  });

  it('puts the YAML parser\'s own words inside a sentence naming the line and column', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'petition: [unclosed\n  title: x\n');
    const korean = await runMain(['status', file], { env: { PETITION_LANG: 'ko' } });
    expect(korean.code).toBe(2);
    expect(korean.stderr).toMatch(/broken\.yaml, 1번째 줄, \d+번째 글자: YAML 문법에 맞지 않습니다 \(YAML 해석기의 설명: [A-Z][^\n]+\)\n$/);
    const spanish = await runMain(['status', file], { env: { PETITION_LANG: 'es' } });
    expect(spanish.stderr).toMatch(/broken\.yaml, línea 1, carácter \d+: no es YAML válido \(según el analizador de YAML: [A-Z][^\n]+\)\n$/);
  });

  it('names the delivery\'s place and occasion in the language, and says a damaged ledger line in it', async () => {
    const file = join(dir, 'places.yaml');
    writeFileSync(file, campaignWith((lines) => {
      lines.push('    places: { ko: 뉴욕, es: Nueva York }', '    occasions: { ko: 세계 인권의 날, es: Día de los Derechos Humanos }');
    }));
    // A campaign file not named campaign.yaml keeps its records in a folder of its own (two campaigns, one folder).
    mkdirSync(join(dir, '.petition', 'places.yaml'), { recursive: true });
    writeFileSync(join(dir, '.petition', 'places.yaml', 'ledger.jsonl'), 'this is not json\n{"delivery": "first"}\n{"half":');
    const english = await runMain(['status', file]);
    expect(english.stdout).toContain('New York');
    const englishWords = englishTrigrams(english.stdout, [...data, 'New York', 'Human Rights Day']);
    const korean = await runMain(['status', file], { env: { PETITION_LANG: 'ko' } });
    expect(korean.stdout).toContain('뉴욕');
    expect(korean.stdout).toContain('세계 인권의 날');
    expect(korean.stdout).not.toMatch(/New York|Human Rights Day/);
    const spanish = await runMain(['status', file], { env: { PETITION_LANG: 'es' } });
    expect(spanish.stdout).toContain('Nueva York');
    expect(spanish.stdout).toContain('Día de los Derechos Humanos');
    for (const other of [korean.stdout, spanish.stdout]) {
      expect(other.match(/ledger\.jsonl/g)).toHaveLength(3);
      expect([...englishTrigrams(other, data)].filter((trigram) => englishWords.has(trigram))).toEqual([]);
    }
  });

  it('says how inspect found the encoding in words of the language, not the code (default, bom)', async () => {
    for (const [lang, said] of [['ko', '판별할 단서가 없어 기본값'], ['es', 'según el valor por defecto']]) {
      const result = await runMain(['inspect', join(dir, 'a.csv')], { env: { PETITION_LANG: lang } });
      expect(result.stdout).toContain(said);
      expect(result.stdout).not.toMatch(/\b(default|bom|detector|nul-pattern)\b/);
    }
  });

  it('says a source file that is not there in Korean and Spanish, without the system\'s ENOENT', async () => {
    const file = join(dir, 'nosource.yaml');
    writeFileSync(file, minimalCampaign((lines) => { lines[10] = '  - path: nothere.csv'; }));
    const korean = await runMain(['status', file], { env: { PETITION_LANG: 'ko' } });
    expect(korean.code).toBe(2);
    expect(korean.stderr).toContain('nothere.csv: 파일이 없습니다');
    const spanish = await runMain(['status', file], { env: { PETITION_LANG: 'es' } });
    expect(spanish.stderr).toContain('nothere.csv: no existe el archivo');
    for (const said of [korean.stderr, spanish.stderr]) expect(said).not.toMatch(/ENOENT|no such file/);
  });
});
