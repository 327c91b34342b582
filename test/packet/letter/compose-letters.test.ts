import { tempDir } from '../../helpers/fixtures.js';
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCampaign } from '../../../src/campaign/load-campaign.js';
import { UserError } from '../../../src/errors.js';
import { composeLetters } from '../../../src/packet/letter/compose-letters.js';
import { minimalCampaign } from '../../campaign/minimal-campaign.js';
import { FACTS, testCampaign } from './test-campaign.js';

const EMBASSY_TARGET = {
  preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'Xi Jinping', names: { zh: '习近平', ko: '시진핑' }, gender: 'male' as const,
  ambassador: { name: 'Xie Feng', names: { zh: '谢锋' }, gender: 'male' as const },
};

describe('composeLetters: the embassy route', () => {
  const campaign = testCampaign({ target: EMBASSY_TARGET, delivery: { languages: ['en', 'zh'], place: 'Washington, D.C.' } });
  const letters = composeLetters(campaign, 'first', FACTS);

  it('writes a covering letter to the ambassador and the letter to the head of state, per language', () => {
    expect(letters.map((l) => `${l.kind}:${l.language}`)).toEqual([
      'cover-to-ambassador:en', 'cover-to-ambassador:zh', 'to-official:en', 'to-official:zh',
    ]);
  });

  it('addresses the covering letter to the ambassador at the embassy and asks for transmission', () => {
    const cover = letters[0];
    expect(cover.recipient[0]).toBe('His Excellency Mr. Xie Feng');
    expect(cover.recipient).toContain('3505 International Place NW');
    expect(cover.body.join(' ')).toContain("kindly transmit the enclosed letter and the petition to His Excellency Mr. Xi Jinping, President of the People's Republic of China");
    expect(letters[1].body.join('')).toContain('请代为转交');
    expect(letters[1].body.join('')).toContain('致中华人民共和国主席习近平阁下的信函');
  });

  it('keeps the embassy out of the head of state\'s address block (no "c/o")', () => {
    for (const letter of letters.filter((l) => l.kind === 'to-official')) {
      expect(letter.recipient.join('\n')).not.toMatch(/c\/o|care of|Embassy|大使馆|International Place/i);
    }
    expect(letters[2].recipient).toEqual(['His Excellency Mr. Xi Jinping', "President of the People's Republic of China", 'Beijing']);
  });

  it('refuses an embassy preset without an ambassador', () => {
    const noAmbassador = testCampaign({ target: { ...EMBASSY_TARGET, ambassador: undefined } });
    expect(() => composeLetters(noAmbassador, 'first', FACTS)).toThrow(/add ambassador/);
  });
});

describe('composeLetters: language, dates and numbers', () => {
  const cases = [
    { language: 'en', date: 'New York, 10 December 2013', count: '191,329 people from 42 countries and territories between 1 March 2013 and 30 November 2013' },
    { language: 'ko', date: '2013년 12월 10일, 뉴욕', count: '2013년 3월 1일부터 2013년 11월 30일까지 42개 국가 및 지역에서 모두 191,329명이 서명하였습니다' },
    { language: 'es', date: 'New York, 10 de diciembre de 2013', count: '191.329 personas de 42 países y territorios entre el 1 de marzo de 2013 y el 30 de noviembre de 2013' },
    { language: 'zh', date: '2013年12月10日于纽约', count: '自2013年3月1日至2013年11月30日，共有来自42个国家和地区的191,329人' },
  ];
  it.each(cases)('$language', ({ language, date, count }) => {
    const [letter] = composeLetters(testCampaign({ delivery: { languages: [language] } }), 'first', FACTS);
    expect(letter.language).toBe(language);
    expect(letter.placeAndDate).toBe(date);
    expect(letter.body.join(' ')).toContain(count);
  });

  it('names the occasion in the letter\'s language', () => {
    const letters = composeLetters(testCampaign({ delivery: { languages: ['en', 'ko', 'es', 'zh'] } }), 'first', FACTS);
    expect(letters.map((l) => l.body[0])).toEqual([
      expect.stringContaining('on Human Rights Day, 10 December 2013'),
      expect.stringContaining('2013년 12월 10일 세계 인권의 날에 즈음하여'),
      expect.stringContaining('fecha en que se conmemora el Día de los Derechos Humanos'),
      expect.stringContaining('值此人权日之际'),
    ]);
  });

  it('writes the same letter in a second language, main language first', () => {
    const letters = composeLetters(testCampaign({ delivery: { languages: ['en', 'es'] } }), 'first', FACTS);
    expect(letters.map((l) => l.language)).toEqual(['en', 'es']);
    expect(letters[1].salutation).toBe('Señor Secretario General:');
  });

  it('defaults to the petition\'s first language and the formal register', () => {
    const [letter] = composeLetters(testCampaign(), 'first', FACTS);
    expect(letter.language).toBe('en');
    expect(letter.salutation).toBe('Dear Secretary-General,');
    expect(letter.closing).toBe('Yours sincerely,');
  });

  it('uses the diplomatic phrasing when asked', () => {
    const [letter] = composeLetters(testCampaign({ delivery: { register: 'diplomatic' } }), 'first', FACTS);
    expect(letter.body[0]).toMatch(/^I have the honour to deliver to Your Excellency/);
    expect(letter.closing).toBe('Please accept, Excellency, the assurances of my highest consideration.');
  });

  it('signs Korean letters with 드림', () => {
    const [letter] = composeLetters(testCampaign({ delivery: { languages: ['ko'] } }), 'first', FACTS);
    expect(letter.signature[0]).toBe('Ana Kim 드림');
  });

  it('says "1 person" and leaves out countries when none are known', () => {
    const [letter] = composeLetters(testCampaign(), 'first', { signers: 1, countries: 0, firstSigned: '2013-05-05', lastSigned: '2013-05-05' });
    expect(letter.body[1]).toBe('It has been signed by 1 person on 5 May 2013. Each person is counted once, however many times and in whichever way they signed.');
  });
});

describe('composeLetters: follow-up deliveries and goals', () => {
  const followUp = testCampaign({
    delivery: { id: 'second', date: '2014-06-20', occasion: 'World Refugee Day', since: 'first', languages: ['en', 'ko', 'es', 'zh'] },
  });
  const previous = { date: '2013-12-10', signers: 178921 };

  it('reports the signatures gathered since the earlier delivery', () => {
    const letters = composeLetters(followUp, 'second', { ...FACTS, previous });
    expect(letters[0].body[1]).toBe('A further 12,408 people have signed since our delivery of 10 December 2013, bringing the total to 191,329 signers from 42 countries and territories.');
    expect(letters[1].body[1]).toContain('2013년 12월 10일 전달 이후 12,408명이 추가로 서명하여');
    expect(letters[2].body[1]).toContain('Desde nuestra entrega del 10 de diciembre de 2013, han firmado 12.408 personas más, con lo que el total asciende a 191.329');
    expect(letters[3].body[1]).toContain('自我们于2013年12月10日递交请愿书以来，又有12,408人签名，签名总数达到191,329人');
  });

  it('names the signers of the earlier delivery the tally no longer counts, in every letter language (adv12b N6)', () => {
    const letters = composeLetters(followUp, 'second', { ...FACTS, previous: { ...previous, noLongerCounted: 2 } });
    expect(letters[0].body[1]).toContain('bringing the total to 191,329 signers from 42 countries and territories. Of the people counted in our delivery of 10 December 2013, 2 are no longer counted.');
    expect(letters[1].body[1]).toContain('2013년 12월 10일 전달 때 집계된 서명자 중 2명은 더 이상 집계되지 않습니다.');
    expect(letters[2].body[1]).toContain('De las personas contadas en nuestra entrega del 10 de diciembre de 2013, 2 ya no se cuentan.');
    expect(letters[3].body[1]).toContain('我们于2013年12月10日递交时计入的签名人中，有2人现已不再计入。');
    expect(composeLetters(followUp, 'second', { ...FACTS, previous })[0].body[1]).not.toContain('no longer counted');
    // A sentence does not open with a digit (adv-s10 D21).
    const one = composeLetters(followUp, 'second', { ...FACTS, previous: { ...previous, noLongerCounted: 1 } });
    expect(one[0].body[1]).toContain('. One person counted in our delivery of 10 December 2013 is no longer counted.');
    expect(one[2].body[1]).toContain('. Una persona contada en nuestra entrega del 10 de diciembre de 2013 ya no se cuenta.');
  });

  it('a count-only follow-up\'s covering letter encloses a certificate, not signatures, and lists it (adv12b N15)', () => {
    const embassy = testCampaign({
      target: { preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'Xi Jinping', names: { zh: '习近平' }, ambassador: { name: 'Xie Feng', names: { zh: '谢锋' }, gender: 'male' } },
      delivery: { id: 'second', date: '2014-06-20', since: 'first', privacy: 'count-only', languages: ['en', 'es', 'zh'] },
    });
    const covering = composeLetters(embassy, 'second', { ...FACTS, previous }).filter((letter) => letter.kind === 'cover-to-ambassador');
    expect(covering.map((letter) => letter.language)).toEqual(['en', 'es', 'zh']);
    expect(covering[0].body.join(' ')).toContain('With the letter we enclose a certificate of the further signatures to the petition');
    expect(covering[0].enclosures).toContain('Certificate of signature count');
    expect(covering[1].body.join(' ')).toContain('adjuntamos un certificado de las nuevas firmas');
    expect(covering[1].enclosures).toContain('Certificado del número de firmas');
    expect(covering[2].body.join(' ')).toContain('新增签名的人数证明');
    expect(covering[2].enclosures).toContain('签名人数证明');
  });

  it('a count-only follow-up\'s covering letter delivers the certificate ("it"), not signatures ("them") (adv12c A14)', () => {
    const embassy = testCampaign({
      target: { preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'Xi Jinping', names: { zh: '习近平' }, ambassador: { name: 'Xie Feng', names: { zh: '谢锋' }, gender: 'male' } },
      delivery: { id: 'second', date: '2014-06-20', since: 'first', privacy: 'count-only', occasion: 'World Refugee Day', languages: ['en', 'es'] },
    });
    const covering = composeLetters(embassy, 'second', { ...FACTS, previous }).filter((letter) => letter.kind === 'cover-to-ambassador');
    expect(covering[0].body.join(' ')).toContain('We deliver it on World Refugee Day');
    expect(covering[0].body.join(' ')).not.toContain('We deliver them');
    expect(covering[1].body.join(' ')).toContain('Lo entregamos el');
  });

  it('refuses a follow-up whose earlier count is unknown', () => {
    expect(() => composeLetters(followUp, 'second', FACTS)).toThrow(UserError);
  });

  it.each([
    [200000, 'We continue to gather signatures towards our goal of 200,000.'],
    [150000, 'This reaches the goal of 150,000 signatures that we set ourselves.'],
    [{ total: 191329 }, 'This reaches the goal of 191,329 signatures that we set ourselves.'],
  ])('goal %j', (goal, sentence) => {
    const [letter] = composeLetters(testCampaign({ delivery: { goal } }), 'first', FACTS);
    expect(letter.body).toContain(sentence);
  });

  it('lists the signers as an enclosure unless the delivery is count-only', () => {
    const [withList] = composeLetters(testCampaign(), 'first', FACTS);
    const [countOnly] = composeLetters(testCampaign({ delivery: { privacy: 'count-only' } }), 'first', FACTS);
    expect(withList.enclosures).toEqual(['Enclosures:', 'Petition text (English, Korean and Spanish)', 'List of signers']);
    // A count-only packet encloses the certificate of signature count: the letter names it (adv12b N15).
    expect(countOnly.enclosures).toEqual(['Enclosures:', 'Petition text (English, Korean and Spanish)', 'Certificate of signature count']);
  });
});

describe('composeLetters: templates', () => {
  it('never evaluates {{…}} written in campaign data', () => {
    const hostile = testCampaign({
      campaign: {
        petition: {
          title: { en: '{{organization}} {{#each petition}}x{{/each}}' }, text: { en: 't' }, languages: ['en'],
          summary: { en: 'It asks {{signers}} and {{constructor.constructor}}.' },
        },
        organizer: { name: '{{> evil}}', organization: '{{petition.title}}', address: ['{{date}}'], contact: 'c', signatory: '{{signatory}}' },
      },
    });
    const [letter] = composeLetters(hostile, 'first', FACTS);
    expect(letter.body[0]).toContain('On behalf of {{petition.title}}, I am writing to deliver to you the petition “{{organization}} {{#each petition}}x{{/each}}”');
    expect(letter.body).toContain('It asks {{signers}} and {{constructor.constructor}}.');
    expect(letter.letterhead).toEqual(['{{petition.title}}', '{{date}}', 'c']);
    expect(letter.signature[0]).toBe('{{signatory}}');
  });

  it('uses the organizer\'s own template and presets from a template folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en.hbs'), '{{!-- ours --}}\nTo {{official}}:\n{{signers}} signed.\n\nThank you.\n');
    mkdirSync(join(dir, 'offices'));
    writeFileSync(join(dir, 'offices', 'mayor.yaml'), [
      'description: A mayor', 'official:', '  en:', '    recipient: ["Mayor {{name}}"]', '    address: [City Hall]',
      '    styled: "Mayor {{name}}"', '    salutation: "Dear Mayor,"', '    close: "Yours faithfully,"',
    ].join('\n'));
    const campaign = testCampaign({ target: { preset: 'mayor', name: 'Jo Bloggs' } });
    const [letter] = composeLetters(campaign, 'first', FACTS, { templateDir: dir });
    expect(letter.body).toEqual(['To Mayor Jo Bloggs: 191,329 signed.', 'Thank you.']);
    expect(letter.recipient).toEqual(['Mayor Jo Bloggs', 'City Hall']);
    expect(letter.enclosures).toBeUndefined();
  });

  it('uses the templates folder named in campaign.yaml, relative to the campaign file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mine', 'letters'), { recursive: true });
    writeFileSync(join(dir, 'mine', 'letters', 'en.hbs'), 'Our own words on {{occasion}}.\n');
    writeFileSync(join(dir, 'campaign.yaml'), minimalCampaign((lines) => lines.push('templates: mine')));
    const campaign = await loadCampaign(join(dir, 'campaign.yaml'));
    expect(campaign.templates).toBe(join(dir, 'mine'));
    expect(composeLetters(campaign, 'first', FACTS)[0].body).toEqual(['Our own words on Human Rights Day.']);
  });

  it('names the file and line of a mistake in the organizer\'s preset', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'offices'));
    writeFileSync(join(dir, 'offices', 'mayor.yaml'), [
      'description: A mayor', 'official:', '  en:', '    recipient: [Mayor]', '    adress: [City Hall]',
      '    styled: Mayor', '    salutation: { male: "Dear Sir,", female: "Dear Madam," }', '    close: Yours,',
    ].join('\n'));
    let error: unknown;
    try {
      composeLetters(testCampaign(), 'first', FACTS, { templateDir: dir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location).toEqual({ file: join(dir, 'offices', 'mayor.yaml'), line: 5 });
    expect((error as UserError).message).toContain('did you mean "address"?');
    // The gendered salutation lacks its neutral form: the union's closest alternative says so.
    expect((error as UserError).message).toContain('line 7: official.en.salutation.neutral: is missing');
  });

  it.each([
    ['a partial', 'Hello {{> other}}', /partials/],
    ['an unknown name (strict mode)', 'Hello {{signers}} {{signerz}}', /"signerz", which it is not given; it can use: .*signers/],
    ['a helper that is not built in', '{{log "x"}}', /unknown helper log/],
  ])('refuses a template with %s, naming the file', (_label, source, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en.hbs'), source);
    let error: unknown;
    try {
      composeLetters(testCampaign(), 'first', FACTS, { templateDir: dir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).location.file).toBe(join(dir, 'en.hbs'));
  });

  it('names a delivery id that does not exist', () => {
    expect(() => composeLetters(testCampaign(), 'frist', FACTS)).toThrow(/did you mean "first"/);
  });
});

describe('composeLetters: the example campaign', () => {
  it('writes four embassy letters and two UN letters', async () => {
    const campaign = await loadCampaign('fixtures/campaign/campaign.yaml');
    const embassy = composeLetters(campaign, 'embassy-2026', FACTS);
    const un = composeLetters(campaign, 'un-2026', FACTS);
    expect(embassy.map((l) => `${l.kind}:${l.language}`)).toEqual(['cover-to-ambassador:en', 'cover-to-ambassador:zh', 'to-official:en', 'to-official:zh']);
    expect(embassy[3].placeAndDate).toBe('2026年12月10日于华盛顿');
    expect(un.map((l) => [l.language, l.salutation])).toEqual([['en', 'Excellency,'], ['es', 'Excelentísimo señor Secretario General:']]);
    expect(un[1].placeAndDate).toBe('Nueva York, 10 de diciembre de 2026');
  });
});
