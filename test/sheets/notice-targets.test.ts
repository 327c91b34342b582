import { describe, expect, it } from '@jest/globals';
import type { Campaign } from '../../src/campaign/campaign-schema.js';
import { paperPromiseProblems, sheetsNotToName } from '../../src/sheets/paper-promises.js';
import { planSheets } from '../../src/sheets/plan-sheets.js';
import { addBatch } from '../../src/sheets/sheet-register.js';
import { privacyNotice, SHEET_LABELS } from '../../src/sheets/sheet-labels.js';
import { translator } from '../../src/i18n/translator.js';

const un = { id: 'un-sg', preset: 'un-secretary-general', name: 'António Guterres', names: { ko: '안토니우 구테흐스' } };
const embassy = { id: 'cn-embassy', preset: 'head-of-state-via-embassy', name: 'Xi Jinping', names: { ko: '시진핑' } };
const delivery = (id: string, target: string, privacy: 'public' | 'recipient' | 'count-only') => ({ id, target, date: '2026-12-10', place: 'x', privacy });

function campaign(targets: object[], deliveries: object[]): Campaign {
  return {
    file: 'campaign.yaml',
    petition: { title: { en: 'Stop forced returns', ko: '강제북송 중단' }, text: { en: 'Text.', ko: '본문.' }, languages: ['ko', 'en'], code: 'NKR' },
    organizer: { organization: 'Safe Passage', contact: 'info@example.org' },
    targets, deliveries,
  } as unknown as Campaign;
}

const noticeOf = (c: Campaign, language: string) => {
  const plan = planSheets(c, { language });
  return { plan, text: privacyNotice(SHEET_LABELS[language], plan.columns.filter((x) => x !== 'email'), language, { target: plan.noticeTargets, organizer: '', contact: '' }, plan.published) };
};

describe('the sheet\'s privacy notice names who may receive the list', () => {
  it('names every target of the campaign, not only the first', () => {
    const two = campaign([un, embassy], [delivery('un', 'un-sg', 'recipient'), delivery('embassy', 'cn-embassy', 'recipient')]);
    expect(noticeOf(two, 'en').text).toContain('shown to António Guterres and Xi Jinping and to no one else');
    expect(noticeOf(two, 'ko').text).toContain('안토니우 구테흐스 및 시진핑에게만');
  });

  // issue 14 (outside tester I, F7): "shown to Xi Jinping and to no one else", while the embassy receives the list.
  it('names the embassy and its ambassador, who hand the list on, for a target reached through an embassy', () => {
    const viaEmbassy = campaign([{ ...embassy, ambassador: { name: 'Xie Feng', names: { ko: '셰펑' } } }], [delivery('embassy', 'cn-embassy', 'recipient')]);
    expect(noticeOf(viaEmbassy, 'en').text).toContain('The signature list is shown to the embassy (Ambassador Xie Feng), which hands it on to Xi Jinping, and to no one else');
    expect(noticeOf(viaEmbassy, 'ko').text).toContain('서명 명단은 시진핑에게 전하도록 셰펑 대사에게만 전달됩니다');
    const inSpanish = { ...viaEmbassy, petition: { ...viaEmbassy.petition, title: { es: 'Alto' }, text: { es: 'Texto.' }, languages: ['es'] } } as Campaign;
    expect(noticeOf(inSpanish, 'es').text).toContain('La lista de firmas se muestra a la embajada (embajador Xie Feng), que la entrega a Xi Jinping, y a nadie más');
  });

  it('says the list may be published when a delivery is public', () => {
    const open = campaign([un], [delivery('rally', 'un-sg', 'public')]);
    const { plan, text } = noticeOf(open, 'en');
    expect(text).toContain('delivered to António Guterres and may be published');
    expect(text).not.toContain('no one else');
    expect(plan.notice).toEqual({ targets: ['un-sg'], published: true, names: { 'un-sg': 'António Guterres' }, officials: { 'un-sg': { name: 'António Guterres', names: { ko: '안토니우 구테흐스' } } } });
  });
});

describe('packet checks a delivery against what the paper signers were told', () => {
  const printed = '2026-12-01T09:00:00.000Z';
  const c = campaign([un, embassy], [delivery('un', 'un-sg', 'recipient'), delivery('embassy', 'cn-embassy', 'recipient')]);

  it('warns when a sheet\'s notice did not name the delivery\'s target (a batch printed before notices were recorded named the first)', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 2, language: 'ko', lines: 16, printed });
    const returned = { ...register, returned: Object.fromEntries(added.sheets.map((id) => [id, printed])) };
    const listed = new Set([added.sheets[0]]);
    const problems = paperPromiseProblems(returned, listed, c.deliveries[1], c, { 'other-target': 3, renamed: 0, 'not-public': 0 });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(new RegExp(`3 paper signers \\(sheet ${added.sheets[0]}\\) are counted but not named in this list.*"Xi Jinping" was not among them`))]);
    // It named the first target by id alone: named to it, with a word that the register cannot tell a successor.
    expect(paperPromiseProblems(returned, listed, c.deliveries[0], c).map((p) => p.message)).toEqual([expect.stringContaining('it recorded only the target\'s id')]);
    expect(paperPromiseProblems(returned, listed, delivery('count', 'cn-embassy', 'count-only'), c)).toEqual([]);
  });

  it('accepts a sheet whose notice named the target, and warns when the list is public but the sheet said no one else', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed, notice: { targets: ['un-sg', 'cn-embassy'], published: false, officials: { 'un-sg': un, 'cn-embassy': embassy } } });
    const returned = { ...register, returned: { [added.sheets[0]]: printed } };
    const listed = new Set(added.sheets);
    expect(paperPromiseProblems(returned, listed, c.deliveries[1], c)).toEqual([]);
    expect(paperPromiseProblems(returned, listed, delivery('pub', 'un-sg', 'public'), c).map((p) => p.message)).toEqual([expect.stringMatching(/counted but not named in this public list: their sheet's privacy notice said the list is shown to its targets and to no one else/)]);
  });

  it('warns when it cites originals from sheets never marked returned', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 2, language: 'ko', lines: 16, printed, notice: { targets: ['un-sg'], published: false, officials: { 'un-sg': un } } });
    const problems = paperPromiseProblems(register, new Set(added.sheets), c.deliveries[0], c);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`2 paper sheets (${added.sheets[0]}, ${added.sheets[1]}) cited as paper originals in this packet were typed up but never marked returned`)]);
  });

  // Outside tester F, F9: "1 hoja de papel … se transcribieron pero nunca se marcaron como devueltas".
  it('says one sheet not returned in the singular in Spanish too', () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 2, language: 'ko', lines: 16, printed, notice: { targets: ['un-sg'], published: false, officials: { 'un-sg': un } } });
    const spanish = (sheets: string[]) => paperPromiseProblems(register, new Set(sheets), c.deliveries[0], c).map((p) => translator('es').say(p.text!));
    expect(spanish(added.sheets.slice(0, 1))).toEqual([`1 hoja de papel (${added.sheets[0]}) que este paquete cita como original se transcribió pero nunca se marcó como devuelta: busque el papel y márquelo con petition sheets --returned`]);
    expect(spanish(added.sheets)[0]).toContain('que este paquete cita como originales se transcribieron pero nunca se marcaron como devueltas');
  });
});

// issue 14 (outside tester D, F2, privacy): the notice names a person, not an office's id. A successor in the same
// office (same id, new name) was never named to the paper signers.
describe('a target renamed since the sheets were printed', () => {
  const printed = '2026-12-01T09:00:00.000Z';
  const grynspan = { ...un, name: 'Rebeca Grynspan', names: { ko: '레베카 그린스판' } };

  function printedFor(targets: object[]) {
    const plan = planSheets(campaign(targets, [delivery('un', 'un-sg', 'recipient')]), { language: 'ko' });
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed, notice: plan.notice });
    return { register: { ...register, returned: { [added.sheets[0]]: printed } }, listed: new Set(added.sheets), sheet: added.sheets[0] };
  }

  it('counts its paper signers without naming them, and says so naming both the name on the sheet and the name now', () => {
    const { register, listed, sheet } = printedFor([un]);
    expect(register.batches[0].notice?.names).toEqual({ 'un-sg': '안토니우 구테흐스' });
    const renamed = campaign([grynspan], [delivery('un', 'un-sg', 'recipient')]);
    expect(sheetsNotToName(register, renamed.deliveries[0], renamed)).toEqual(new Map([[sheet, 'renamed']]));
    const problems = paperPromiseProblems(register, listed, renamed.deliveries[0], renamed, { 'other-target': 0, renamed: 2, 'not-public': 0 });
    // One sheet is "sheet" (tester I, F12).
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`2 paper signers (sheet ${sheet}) are counted but not named in this list: their sheet named "안토니우 구테흐스" as who would see the list, and this list is addressed to "레베카 그린스판 / Rebeca Grynspan"`)]);
  });

  // issue 14 (outside tester F, F1): the successor put in `name` while `names.ko` kept the old name; the register had
  // kept the Korean name alone, so the Korean sheets' signers were named in a list headed "To: … Rebeca Grynspan".
  it('counts a successor put in name as another official though the name in the sheet\'s language was left as it was', () => {
    const { register, listed, sheet } = printedFor([un]);
    const successor = campaign([{ ...un, name: 'Rebeca Grynspan' }], [delivery('un', 'un-sg', 'recipient')]);
    expect(sheetsNotToName(register, successor.deliveries[0], successor)).toEqual(new Map([[sheet, 'renamed']]));
    const problems = paperPromiseProblems(register, listed, successor.deliveries[0], successor, { 'other-target': 0, renamed: 3, 'not-public': 0 });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('3 paper signers (sheet '), expect.stringContaining('names.ko')]);
    // tester I, F4: the names the Korean and English letters print, not "Rebeca Grynspan" alone.
    expect(problems[0].message).toContain('their sheet named "안토니우 구테흐스" as who would see the list, and this list is addressed to "안토니우 구테흐스 / Rebeca Grynspan"');
    // tester I, F4: the Korean letter still prints names.ko, the predecessor: said, not left to be found on paper.
    expect(problems[1].message).toBe('the target\'s name is now "Rebeca Grynspan", but its names.ko is still "안토니우 구테흐스", the name the sheets printed: if the office has a new holder, names.ko still names the predecessor and every letter in that language addresses them; correct names.ko (or, if it is the same person, put the old name back in name)');
    // Any name of the target counts, in whatever language: a new Korean name with the Latin name kept.
    const koOnly = campaign([{ ...un, names: { ko: '레베카 그린스판' } }], [delivery('un', 'un-sg', 'recipient')]);
    expect(sheetsNotToName(register, koOnly.deliveries[0], koOnly)).toEqual(new Map([[sheet, 'renamed']]));
  });

  // F8: spacing, case and Unicode composition are how a name was typed, not who it names.
  it('takes a name differing only in spaces, case or composition for the same official', () => {
    const { register, listed } = printedFor([un]);
    for (const name of ['António  Guterres ', 'ANTÓNIO GUTERRES', 'Anto\u0301nio Guterres']) {
      const same = campaign([{ ...un, name, names: { ko: ' 안토니우  구테흐스' } }], [delivery('un', 'un-sg', 'recipient')]);
      expect(sheetsNotToName(register, same.deliveries[0], same)).toEqual(new Map());
      expect(paperPromiseProblems(register, listed, same.deliveries[0], same)).toEqual([]);
    }
  });

  // issue 14 (outside tester I, F5): an accent typed another way, or a Hangul space left out, hid every paper signer.
  it('takes a name with its accent typed another way, or a space left out, for the same official', () => {
    const { register, listed } = printedFor([un]);
    for (const [name, ko] of [['Antonio Guterres', '안토니우 구테흐스'], ['António Guterres', '안토니우구테흐스'], ['ＡＮＴＯＮＩＯ GUTERRES', '안토니우\u00a0구테흐스']]) {
      const same = campaign([{ ...un, name, names: { ko } }], [delivery('un', 'un-sg', 'recipient')]);
      expect(sheetsNotToName(register, same.deliveries[0], same)).toEqual(new Map());
      expect(paperPromiseProblems(register, listed, same.deliveries[0], same)).toEqual([]);
    }
    // Another person is still another person.
    const other = campaign([{ ...un, name: 'Antonia Guterres' }], [delivery('un', 'un-sg', 'recipient')]);
    expect([...sheetsNotToName(register, other.deliveries[0], other).values()]).toEqual(['renamed']);
  });

  // issue 14 (outside tester I, F6): renaming only the target's id hid every paper signer as "another target".
  it('takes a target whose id alone was renamed, its names as printed, for the official the notice named', () => {
    const { register, listed, sheet } = printedFor([un]);
    const reIded = campaign([{ ...un, id: 'un-secretary-general' }], [delivery('un', 'un-secretary-general', 'recipient')]);
    expect(sheetsNotToName(register, reIded.deliveries[0], reIded)).toEqual(new Map());
    expect(paperPromiseProblems(register, listed, reIded.deliveries[0], reIded)).toEqual([]);
    // A new id with a new name is someone the notice did not name.
    const newOfficial = campaign([{ ...grynspan, id: 'unctad' }], [delivery('un', 'unctad', 'recipient')]);
    expect(sheetsNotToName(register, newOfficial.deliveries[0], newOfficial)).toEqual(new Map([[sheet, 'other-target']]));
  });

  // issue 14 (outside tester I, F4): the warning named "레베카 그린스판" for an English list addressed to "Rebeca Grynspan".
  it('names the name the delivery\'s list prints, in its own language', () => {
    const { register, listed } = printedFor([un]);
    const english = campaign([grynspan], [{ ...delivery('un', 'un-sg', 'recipient'), languages: ['en'] }]);
    const problems = paperPromiseProblems(register, listed, english.deliveries[0], english, { 'other-target': 0, renamed: 1, 'not-public': 0 });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('their sheet named "안토니우 구테흐스" as who would see the list, and this list is addressed to "Rebeca Grynspan"')]);
  });

  it('does not take a translation added since (names.zh) for a new official', () => {
    const { register, listed } = printedFor([un]);
    for (const languages of [['en'], ['zh', 'en']]) {
      const added = campaign([{ ...un, names: { ...un.names, zh: '古特雷斯' } }], [{ ...delivery('un', 'un-sg', 'recipient'), languages }]);
      expect(sheetsNotToName(register, added.deliveries[0], added)).toEqual(new Map());
      expect(paperPromiseProblems(register, listed, added.deliveries[0], added)).toEqual([]);
    }
  });

  it('names them to the target the notice named', () => {
    const { register, listed } = printedFor([un]);
    const same = campaign([un], [delivery('un', 'un-sg', 'recipient')]);
    expect(paperPromiseProblems(register, listed, same.deliveries[0], same)).toEqual([]);
  });

  // F1: a register that kept fewer names compares what it has and says what it cannot tell.
  it('compares what an older register kept, and warns that it cannot tell the rest', () => {
    const { register, listed, sheet } = printedFor([un]);
    const nameOnly = { ...register, batches: register.batches.map((b) => ({ ...b, notice: { targets: ['un-sg'], published: false, names: { 'un-sg': '안토니우 구테흐스' } } })) };
    const successor = campaign([{ ...un, name: 'Rebeca Grynspan' }], [delivery('un', 'un-sg', 'recipient')]);
    expect(sheetsNotToName(nameOnly, successor.deliveries[0], successor)).toEqual(new Map());
    expect(paperPromiseProblems(nameOnly, listed, successor.deliveries[0], successor).map((p) => p.message)).toEqual([
      `1 paper sheet (${sheet}) cited in this list was printed before the sheet register kept every name of the target: it recorded only the name printed on the sheet, "안토니우 구테흐스", so it cannot tell whether "Rebeca Grynspan" is the official the sheet named. Their signers are named in this list; if "Rebeca Grynspan" is someone else (a successor in the office), make the delivery privacy: count-only, or ask them again on a sheet printed for this target`,
    ]);
    const renamed = campaign([grynspan], [delivery('un', 'un-sg', 'recipient')]);
    expect(sheetsNotToName(nameOnly, renamed.deliveries[0], renamed)).toEqual(new Map([[sheet, 'renamed']]));
    const idsOnly = { ...register, batches: register.batches.map((b) => ({ ...b, notice: { targets: ['un-sg'], published: false } })) };
    expect(sheetsNotToName(idsOnly, renamed.deliveries[0], renamed)).toEqual(new Map());
    expect(paperPromiseProblems(idsOnly, listed, renamed.deliveries[0], renamed).map((p) => p.message)).toEqual([expect.stringContaining('it recorded only the target\'s id, so it cannot tell whether "Rebeca Grynspan / 레베카 그린스판" is the official the sheet named')]);
    // Nothing to say for a count-only delivery: it names no one.
    expect(paperPromiseProblems(idsOnly, listed, delivery('c', 'un-sg', 'count-only'), renamed)).toEqual([]);
  });
});
