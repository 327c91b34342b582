// Whatever comes from a file (cells, headers, file names) reaches the terminal with its control characters made
// visible: an OSC 52 sequence in a date cell must not write the clipboard, ESC[1A ESC[2K must not erase earlier lines,
// a newline in a file name must not forge a line, and U+202E must not reverse what follows.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writerIn } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { visibleControls } from '../../src/cli/visible-controls.js';
import { createContext } from '../../src/cli/context.js';
import type { Deps } from '../../src/deps.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const OSC52 = '\x1b]52;c;ZWNobyBwd25lZA==\x07\x1b[1A\x1b[2K';
// Any C0 control but newline and tab, DEL, C1 controls, and bidi controls that reorder what follows.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

const write = writerIn(dir);

describe('control characters from files are made visible on the terminal', () => {
  it('an OSC 52 / cursor-movement sequence in a date cell is shown, not sent', async () => {
    const file = write('osc52-date.csv', `name,email,country,date\nKim Minjun,kim@example.kr,KR,${OSC52}\nLee Ara,lee@example.kr,KR,2024-01-01\n`);
    for (const argv of [['count', file], ['inspect', file], ['dedupe', file, '-o', join(dir, 'm.csv')]]) {
      const result = await runMain(argv);
      expect({ argv: argv[0], raw: RAW_CONTROL.test(result.stdout + result.stderr) }).toEqual({ argv: argv[0], raw: false });
    }
    const { stderr } = await runMain(['count', file]);
    expect(stderr).toContain('␛]52;c;ZWNobyBwd25lZA==␇␛[1A␛[2K');
  });

  it('an escape sequence in a header is shown, not sent', async () => {
    const file = write('esc-header.csv', `name,email,country,\x1b[2Jnote\x1b]0;title\x07\nKim Minjun,kim@example.kr,KR,x\n`);
    for (const argv of [['inspect', file], ['count', file]]) {
      const result = await runMain(argv);
      expect({ argv: argv[0], raw: RAW_CONTROL.test(result.stdout + result.stderr) }).toEqual({ argv: argv[0], raw: false });
    }
  });

  it('a file name with ESC, a newline or U+202E cannot erase, forge or reverse a line', async () => {
    const name = 'evil\x1b[2J\nrejected: forged line\u202Evsc.csv';
    const missing = await runMain(['count', join(dir, name)]);
    expect(missing.code).toBe(2);
    expect(RAW_CONTROL.test(missing.stderr)).toBe(false);
    expect(missing.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(missing.stderr).toContain('evil␛[2J␊rejected: forged line<U+202E>vsc.csv');

    const present = write(name, 'name,email,country,date\nKim Minjun,kim@example.kr,KR,tomorrow\n');
    const result = await runMain(['count', present]);
    expect(RAW_CONTROL.test(result.stdout + result.stderr)).toBe(false);
    expect(result.stderr).not.toMatch(/^rejected: forged line/m);
  });

  it('bidi controls in a cell quoted by a warning are named, not obeyed', async () => {
    const file = write('bidi-date.csv', 'name,email,country,date\nKim Minjun,kim@example.kr,KR,\u202E10-20-2024\u202C\n');
    const { stderr } = await runMain(['count', file]);
    expect(RAW_CONTROL.test(stderr)).toBe(false);
  });
});

describe('a place cell holding an escape sequence (verifyN F12)', () => {
  it('is said to hold control characters, shown visibly, not called a street, and is read as empty', async () => {
    const file = write('esc-city.csv', 'name,email,city,region,country,date\n'
      + 'Carl Ray,c@x.example,Ber\x1b[31mlin,,DE,2025-11-02\n'
      + 'Dan Fox,d@x.example,\x1b[2JBerlin,,DE,2025-11-02\n'
      + 'Eve Doe,e@x.example,Berlin,Bay\x1b[1Aern,DE,2025-11-02\n'
      + 'Fay Ng,f@x.example,Berlin\v,,DE,2025-11-02\n');
    const { code, stdout, stderr } = await runMain(['count', file, '--json']);
    expect(code).toBe(1);
    expect(RAW_CONTROL.test(stderr)).toBe(false);
    // Two, not three: a vertical tab breaks a line in a spreadsheet's cell and is read as a space ("Berlin\v" is Berlin).
    expect(stderr).toContain('2 city cells hold control characters (a terminal escape sequence, not a place), e.g. "Ber␛[31mlin"');
    expect(stderr).toContain('1 region cell holds control characters (a terminal escape sequence, not a place), e.g. "Bay␛[1Aern"');
    expect(stderr).not.toContain('street address');
    const counted = JSON.parse(stdout) as { rows: number; accepted: number; rejectReasons: Record<string, number> };
    expect({ rows: counted.rows, accepted: counted.accepted }).toEqual({ rows: 4, accepted: 4 });
  });
});

describe('a line break inside a quoted cell cannot print a line of its own (verifyM F8)', () => {
  // Every way a cell can end or move a line: each one followed by text that would pass for the tool's own output.
  const BREAKS = { LF: '\n', CR: '\r', CRLF: '\r\n', TAB: '\t', NEL: '\u0085', LS: '\u2028', PS: '\u2029' };
  const forged = (brk: string) => `${brk}INJECTED LINE: all good, 0 warnings`;
  /** Lines of output that begin with the forged text (a tab-led one counts: it prints as an indented line). */
  const forgedLines = (text: string) => text.split(/\r\n|[\n\r\u0085\u2028\u2029]/u).filter((line) => /^\s*INJECTED/u.test(line));

  it.each(Object.entries(BREAKS))('%s in a date, a city and a header, in count, dedupe, inspect and packet', async (_name, brk) => {
    const csv = `name,email,city,country,date,"note${forged(brk)}"\n`
      + `Ann Lee,a@example.org,"Lyon${forged(brk)}",FR,2025-11-02,x\n`
      + `Bo Kim,b@example.org,Lyon,FR,"2025-11-02${forged(brk)}",x\n`;
    const file = write(`forged-${_name}.csv`, csv);
    const campaign = tinyCampaign(csv);
    const runs = [
      ['count', file], ['inspect', file], ['dedupe', file, '-o', join(dir, `m-${_name}.csv`)],
      ['packet', '--campaign', campaign, '--delivery', 'list', '-o', join(campaign, '..', 'packet')],
    ];
    for (const argv of runs) {
      const result = await runMain(argv);
      // The warning about the date is there, with the cell in it: shown, not obeyed.
      if (argv[0] !== 'packet') expect(`${result.stdout}${result.stderr}`).toContain('INJECTED LINE');
      expect({ command: argv[0], forged: forgedLines(result.stderr), out: forgedLines(result.stdout) }).toEqual({ command: argv[0], forged: [], out: [] });
    }
  });
});

describe('an Excel lock file whose name holds a line break', () => {
  it('is named on one line when it is left out', async () => {
    const signers = write('signers.csv', 'name,email,country\nKim Minjun,kim@example.kr,KR\n');
    const lock = write('~$x\nINJECTED LINE: all good.csv', 'owner');
    const result = await runMain(['count', signers, lock]);
    expect(result.stderr).toContain('left out');
    expect(result.stderr).not.toMatch(/^INJECTED/m);
  });
});

describe('visibleControls', () => {
  it.each([
    ['plain text and its newlines and tabs stay', 'a\tb\nc', 'a\tb\nc'],
    ['ESC and BEL become control pictures', '\x1b]52;c;x\x07', '␛]52;c;x␇'],
    ['a carriage return cannot rewind the line', 'done\rfake', 'done␍fake'],
    ['NUL, backspace, DEL', '\x00\x08\x7f', '␀␈␡'],
    ['C1 controls (CSI U+009B) are shown by code', '\u009b2J', '<U+009B>2J'],
    ['bidi overrides and isolates are shown by code', '\u202Eabc\u2066', '<U+202E>abc<U+2066>'],
    ['line and paragraph separators', 'a\u2028b', 'a<U+2028>b'],
  ])('%s', (_why, input, expected) => {
    expect(visibleControls(input)).toBe(expected);
  });
});

describe('the context writer on a colour terminal', () => {
  it("lets its own colour codes through and shows everything else", () => {
    let out = '';
    const deps = { env: {}, stdout: { write: (t: string) => (out += t), isTTY: true }, stderr: { write: () => true, isTTY: false } } as unknown as Deps;
    const ctx = createContext(deps);
    ctx.out(`${ctx.color.bold('unique')} ${OSC52}\n`);
    expect(out).toBe('\x1b[1munique\x1b[22m ␛]52;c;ZWNobyBwd25lZA==␇␛[1A␛[2K\n');
  });
});
