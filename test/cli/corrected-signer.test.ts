// A signer without an email is keyed by name + postcode/city + country. When the organizer corrects their city in the
// export between two deliveries, the follow-up must not take them for someone new (listed again, "a further 2
// people"): the ledger also records each delivered signer by name + country, and a row that matches a delivered signer
// only that way is left out of the new signers, named, and settled by a `namesakes` decision in campaign.yaml — a
// genuine namesake (김민수 of Busan after 김민수 of Seoul) is never hidden silently (outside tester, F12).
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followUpCampaign } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const HEADER = '번호,이름,이메일,주소,서명일';
const FIRST_ROWS = [
  '1,김민지,minji.kim@example.kr,서울특별시 종로구,2025-11-03',
  '2,박서준,,부산광역시 해운대구,2025-11-04',
  '3,최유리,,인천광역시 남동구,2025-11-05',
];

function campaign(): { root: string; file: string; seoul: string } {
  const { root, campaign: file } = followUpCampaign({ 'seoul.csv': [HEADER, ...FIRST_ROWS].join('\r\n') + '\r\n' }, 'recipient', { countries: { 'seoul.csv': 'KR' } });
  return { root, file, seoul: join(root, 'seoul.csv') };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const FIRST_DAY = new Date('2025-12-09T12:00:00Z');
const SECOND_DAY = new Date('2026-06-19T12:00:00Z');

async function markFirst(file: string, root: string): Promise<void> {
  const first = await runMain(['packet', '--campaign', file, '--delivery', 'first', '-o', join(root, 'first'), '--mark-delivered', '--json'], { now: FIRST_DAY });
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout).signers).toBe(3);
}

describe('a delivered signer whose city was corrected since', () => {
  it('is not new in the follow-up: left out of its list and of "a further N", named, exit 1', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    // 박서준's city corrected (Busan → Ulsan), one new signer added.
    writeFileSync(seoul, [HEADER, FIRST_ROWS[0], '2,박서준,,울산광역시 남구,2025-11-04', FIRST_ROWS[2], '4,정도윤,,대구광역시 수성구,2026-03-01'].join('\r\n') + '\r\n');
    const out = join(root, 'second');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', out, '--json'], { now: SECOND_DAY });
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).signers).toBe(1);
    const letter = flat((await readPdfText(readFileSync(join(out, 'letter.pdf')))).text);
    expect(letter).toMatch(/One more person has signed since our delivery of/);
    expect(letter).toContain('bringing the total to 4');
    const list = flat((await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text);
    expect(list).toContain('정도윤');
    expect(list).not.toContain('박서준');
    expect(second.stderr).toMatch(/seoul\.csv, row 2: 1 signer has the name and country of a signer delivered up to "first" but another address or email \(seoul\.csv:2:[0-9a-f]{6}\)/);
    expect(second.stderr).toMatch(/namesakes: "seoul\.csv:2:[0-9a-f]{6}": same-person/);
    // The counts agree: count --delivery and status give the same split.
    const counted = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    expect(counted.code).toBe(1);
    expect(counted.stderr).toContain('seoul.csv, row 2');
    const status = await runMain(['status', file, '--json'], { now: SECOND_DAY });
    expect(status.code).toBe(1);
    const flags = (JSON.parse(status.stdout) as { flags: Array<{ code: string; delivery?: string; message: string }> }).flags;
    expect(flags).toContainEqual(expect.objectContaining({ code: 'delivered-namesakes', delivery: 'second', message: expect.stringMatching(/\(seoul\.csv:2:[0-9a-f]{6}\)/) }));
  });

  it('is not new either when an email was added to their row, or taken off a delivered row (verification tester, F1, F2)', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    // 박서준 (delivered without an email) now gives one; 김민지 (delivered with one) no longer does; one new signer.
    writeFileSync(seoul, [HEADER, '1,김민지,,서울특별시 종로구,2025-11-03', '2,박서준,seojun.park@example.kr,부산광역시 해운대구,2025-11-04', FIRST_ROWS[2], '4,정도윤,,대구광역시 수성구,2026-03-01'].join('\r\n') + '\r\n');
    const out = join(root, 'second');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', out, '--json'], { now: SECOND_DAY });
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).signers).toBe(1);
    const list = flat((await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text);
    expect(list).toContain('정도윤');
    expect(list).not.toContain('박서준');
    expect(list).not.toContain('김민지');
    expect(second.stderr).toMatch(/2 signers have the name and country of a signer delivered up to "first" but another address or email \(seoul\.csv:1:[0-9a-f]{6}, seoul\.csv:2:[0-9a-f]{6}\)/);
  });

  it('a namesake decided a new person is listed and counted; one decided the same person is left out silently', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    // Both delivered signers without email now read otherwise: 박서준 corrected, 최유리's row another 최유리's.
    writeFileSync(seoul, [HEADER, FIRST_ROWS[0], '2,박서준,,울산광역시 남구,2025-11-04', '3,최유리,,광주광역시 북구,2026-03-01'].join('\r\n') + '\r\n');
    const undecided = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    const [, park, choi] = /another address or email \((seoul\.csv:2:[0-9a-f]{6}), (seoul\.csv:3:[0-9a-f]{6})\)/.exec(undecided.stderr) ?? [];
    expect([park, choi]).toEqual([expect.any(String), expect.any(String)]);
    expect(JSON.parse(undecided.stdout).followUp.newSigners).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('targets:', `namesakes:\n  "${park}": same-person\n  "${choi}": new-person\ntargets:`));
    const out = join(root, 'second');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', out, '--json'], { now: SECOND_DAY });
    expect(second.stderr).not.toContain('namesakes:');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).signers).toBe(1);
    const list = flat((await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text);
    expect(list).toContain('광주');
    expect(list).not.toContain('울산');

    // The export comes back sorted otherwise: row 2 is now 최유리 of Gwangju, row 3 박서준. Neither decision fits its new
    // row, so neither person is taken for the other: both are held back and named again (verification tester, F3).
    writeFileSync(seoul, [HEADER, FIRST_ROWS[0], '3,최유리,,광주광역시 북구,2026-03-01', '2,박서준,,울산광역시 남구,2025-11-04'].join('\r\n') + '\r\n');
    const resorted = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    expect(resorted.stderr).toMatch(/2 signers have the name and country of a signer delivered up to "first" but another address or email \(seoul\.csv:2:[0-9a-f]{6}, seoul\.csv:3:[0-9a-f]{6}\)/);
    expect(JSON.parse(resorted.stdout).followUp.newSigners).toBe(0);
  });

  it('a namesakes decision that names no row (path spelled otherwise, export sorted again) is named, exit 1 (outside tester E, F11)', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    writeFileSync(seoul, [HEADER, FIRST_ROWS[0], '2,박서준,,울산광역시 남구,2025-11-04', FIRST_ROWS[2], '4,정도윤,,대구광역시 수성구,2026-03-01'].join('\r\n') + '\r\n');
    const undecided = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    const [, park] = /another address or email \((seoul\.csv:2:[0-9a-f]{6})\)/.exec(undecided.stderr) ?? [];
    expect(park).toEqual(expect.any(String));
    // The source is spelled "./seoul.csv" in the decision: it decides nothing, and says so.
    writeFileSync(file, readFileSync(file, 'utf8').replace('targets:', `namesakes:\n  "./${park}": same-person\ntargets:`));
    const counted = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    expect(counted.stderr).toContain(`the namesakes decision "./${park}" in ${file} names no row of today's exports`);
    expect(counted.code).toBe(1);
    const packet = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', join(root, 'second'), '--json'], { now: SECOND_DAY });
    expect(packet.stderr).toContain(`the namesakes decision "./${park}" in ${file} names no row`);
    expect(packet.code).toBe(1);
    const status = await runMain(['status', file], { now: SECOND_DAY });
    expect(status.stdout + status.stderr).toContain(`the namesakes decision "./${park}" in ${file} names no row`);
    expect(status.code).toBe(1);
    // Written as the warning gave it, it decides the row, and nothing more is said.
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"./${park}"`, `"${park}"`));
    const decided = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: SECOND_DAY });
    expect(decided.stderr).not.toContain('names no row');
    expect(decided.code).toBe(0);
    rmSync(root, { recursive: true, force: true });
  });

  it('a namesake beside the delivered signer, still there as delivered, is new: listed, no warning', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    writeFileSync(seoul, [HEADER, ...FIRST_ROWS, '4,박서준,,울산광역시 남구,2026-03-01'].join('\r\n') + '\r\n');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', join(root, 'second'), '--json'], { now: SECOND_DAY });
    expect(second.stderr).not.toContain('namesakes:');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).signers).toBe(1);
  });

  it('a ledger line of an older version (no weak keys) still reads, with a one-line note', async () => {
    const { root, file, seoul } = campaign();
    await markFirst(file, root);
    const ledgerFile = join(root, '.petition', 'ledger.jsonl');
    // An older version's line: no weak keys, target, seal or chain (it also kept no head).
    const [line] = readFileSync(ledgerFile, 'utf8').split('\n');
    const older = JSON.parse(line) as Record<string, unknown>;
    expect(older.weakKeys).toBeDefined();
    for (const field of ['weakKeys', 'target', 'mac', 'previousSeal']) delete older[field];
    writeFileSync(ledgerFile, `${JSON.stringify(older)}\n`);
    rmSync(join(root, '.petition', 'ledger-head.json'));
    writeFileSync(seoul, [HEADER, ...FIRST_ROWS, '4,정도윤,,대구광역시 수성구,2026-03-01'].join('\r\n') + '\r\n');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', join(root, 'second'), '--json'], { now: SECOND_DAY });
    expect(JSON.parse(second.stdout).signers).toBe(1);
    expect(second.stderr).toMatch(/corrected since cannot be recognised/);
  });
});
