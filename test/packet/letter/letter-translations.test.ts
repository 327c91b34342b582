// Every letter is written in its own language down to the address block, and a missing translation is named, not printed.
import { describe, expect, it } from '@jest/globals';
import type { Gender } from '../../../src/campaign/campaign-schema.js';
import { composeLettersFromLibrary } from '../../../src/packet/letter/compose-letters-from-library.js';
import { loadLetterLibrary } from '../../../src/packet/letter/load-letter-library.js';
import type { Office } from '../../../src/packet/letter/office-preset-schema.js';
import { resolveOfficeForms } from '../../../src/packet/letter/resolve-office-forms.js';
import { FACTS, testCampaign } from './test-campaign.js';
import type { LetterContent } from '../../../src/packet/letter/letter-facts.js';
import { english } from '../../../src/i18n/translator.js';

/** The letter's missing translations as the English log says them. */
const said = (letter: LetterContent): string[] => (letter.untranslated ?? []).map((missing) => english().say(missing));

const library = loadLetterLibrary();
const LOCALE: Record<string, string> = { en: 'en-GB', ko: 'ko', es: 'es', zh: 'zh-CN' };
/** The script a language's own words are written in; Han also counts for Korean (hanja in names). */
const SCRIPT: Record<string, RegExp> = { ko: /\p{Script=Hangul}/u, zh: /\p{Script=Han}/u };

function allOffices(): Array<{ label: string; office: Office }> {
  return [...library.presets.entries()].flatMap(([id, { value }]) => ('variants' in value
    ? Object.entries(value.variants).map(([variant, office]) => ({ label: `${id}/${variant}`, office }))
    : [{ label: id, office: value }]));
}

const people = allOffices().flatMap(({ label, office }) => (['official', 'ambassador'] as const)
  .filter((which) => office[which] !== undefined)
  .map((which) => ({ label: `${label} ${which}`, office, which })));

describe('office addresses in the letter language', () => {
  it.each(people.flatMap((p) => ['ko', 'zh'].map((language) => ({ ...p, language }))))('$label in $language: every address line is in the language, or a postal line', ({ office, which, language }) => {
    const forms = resolveOfficeForms(office[which] ?? {}, { name: 'X', names: { ko: '가', zh: '甲' }, gender: 'male' as Gender }, language, 'formal', 'p.yaml', office.postalCountry?.[which]);
    for (const line of forms.address) {
      // A postal line (street, city and postcode in Latin letters, so it can be posted) carries a digit.
      if (!/\d/.test(line)) expect(line).toMatch(SCRIPT[language]);
    }
  });

  it.each(['en', 'ko', 'es', 'zh'])('the UN address ends with the country, named by the CLDR in %s', (language) => {
    const { office } = allOffices().find((o) => o.label === 'un-secretary-general') as { office: Office };
    const forms = resolveOfficeForms(office.official, { name: 'X', names: { ko: '가', zh: '甲' } }, language, 'formal', 'p.yaml', office.postalCountry?.official);
    expect(forms.address.at(-1)).toBe(new Intl.DisplayNames([LOCALE[language]], { type: 'region' }).of('US'));
    expect(forms.address.join('\n')).not.toMatch(/\bUSA\b|Estados Unidos de América/);
  });

  it.each([['ko', '뉴욕'], ['zh', '纽约'], ['es', 'Nueva York']])('the UN Secretary-General\'s address names the city in %s, as Geneva and Seoul are, with no US postal line (adv12b N13)', (language, city) => {
    const { office } = allOffices().find((o) => o.label === 'un-secretary-general') as { office: Office };
    const forms = resolveOfficeForms(office.official, { name: 'X', names: { ko: '가', zh: '甲' } }, language, 'formal', 'p.yaml', office.postalCountry?.official);
    expect(forms.address).toContain(city);
    expect(forms.address.join('\n')).not.toMatch(/New York|NY 10017/);
  });

  it.each(allOffices().map(({ label }) => label))('%s names the country of every postal address', (label) => {
    const { office } = allOffices().find((o) => o.label === label) as { office: Office };
    for (const which of ['official', 'ambassador'] as const) {
      const english = office[which]?.en;
      // A postal address has a line with a digit (a street or a postcode) or names a city beyond a capital alone.
      if (english && english.address.length > 1) expect(office.postalCountry?.[which]).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('addresses the Korean covering letter to the embassy in Korean', () => {
    const campaign = testCampaign({
      target: { preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'Xi Jinping', names: { ko: '시진핑' }, ambassador: { name: 'Xie Feng', names: { ko: '셰펑' }, gender: 'male' } },
      delivery: { languages: ['ko'] },
    });
    const [cover] = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    expect(cover.kind).toBe('cover-to-ambassador');
    const address = cover.recipient.join('\n');
    expect(address).toContain('대사관');
    expect(address).toContain('미국');
    expect(address).not.toMatch(/Embassy|People's Republic/);
    expect(said(cover)).toEqual([]);
  });
});

describe('a missing translation', () => {
  it('is named for the official\'s name in a language of another script', () => {
    const campaign = testCampaign({
      target: { preset: 'head-of-state-via-embassy', variant: 'cn-washington', name: 'Xi Jinping', ambassador: { name: 'Xie Feng', names: { zh: '谢锋' }, gender: 'male' } },
      delivery: { languages: ['en', 'zh'] },
    });
    const letters = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    const missing = [...new Set(letters.flatMap((l) => said(l)))];
    expect(missing).toEqual(['target "official": the name in Chinese (zh) is missing: add names: { zh: … } (now "Xi Jinping")']);
  });

  it('is named for an override left in English in a Korean letter', () => {
    const campaign = testCampaign({
      target: { names: { ko: '안토니우 구테흐스' }, overrides: { ko: { address: ['United Nations Headquarters', 'New York, NY 10017'] } } },
      delivery: { languages: ['ko'] },
    });
    const [letter] = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    expect(said(letter)).toEqual(['target "official": the address line "United Nations Headquarters" is not in Korean (ko)']);
  });

  it('is named for the signatory\'s role, and the translation is what the letter prints', () => {
    const untranslatedRole = testCampaign({ target: { names: { ko: '안토니우 구테흐스', zh: '安东尼奥·古特雷斯' } }, delivery: { languages: ['ko', 'zh'] } });
    delete untranslatedRole.organizer.roles;
    const missing = composeLettersFromLibrary(library, untranslatedRole, 'first', FACTS).flatMap((l) => said(l));
    expect(missing).toEqual([
      'organizer: the role in Korean (ko) is missing: add roles: { ko: … } (now "Coordinator")',
      'organizer: the role in Chinese (zh) is missing: add roles: { zh: … } (now "Coordinator")',
    ]);
    const translated = composeLettersFromLibrary(library, testCampaign({ target: { names: { ko: '안토니우 구테흐스', zh: '安东尼奥·古特雷斯' } }, delivery: { languages: ['ko', 'zh', 'es'] } }), 'first', FACTS);
    expect(translated.map((l) => l.signature[1])).toEqual(['코디네이터', '协调人', 'Coordinadora']);
    expect(translated.flatMap((l) => said(l))).toEqual([]);
  });

  it('is named for the place, the occasion and the summary, never dropped silently', () => {
    const campaign = testCampaign({
      target: { names: { ko: '안토니우 구테흐스' } },
      delivery: { languages: ['ko', 'es'], places: {}, occasion: 'Day of the Signers' },
      campaign: { petition: { ...testCampaign().petition, summary: { en: 'The petition asks China to stop.' } } },
    });
    const missing = composeLettersFromLibrary(library, campaign, 'first', FACTS).flatMap((l) => said(l));
    expect(missing).toEqual([
      'delivery "first": the place in Korean (ko) is missing: add places: { ko: … } (now "New York")',
      'delivery "first": the occasion in Korean (ko) is missing: add occasions: { ko: … } (now "Day of the Signers")',
      'petition: the summary in Korean (ko) is missing: add summary: { ko: … }',
      'delivery "first": the occasion in Spanish (es) is missing: add occasions: { es: … } (now "Day of the Signers")',
      'petition: the summary in Spanish (es) is missing: add summary: { es: … }',
    ]);
  });

  it('is named for an occasion no one translated in a Latin-script letter of another language, as the role is', () => {
    const unknown = composeLettersFromLibrary(library, testCampaign({ delivery: { languages: ['en', 'es'], occasion: 'Day of the Signers' } }), 'first', FACTS);
    expect(unknown.flatMap((l) => said(l))).toEqual([
      'delivery "first": the occasion in Spanish (es) is missing: add occasions: { es: … } (now "Day of the Signers")',
    ]);
    const known = composeLettersFromLibrary(library, testCampaign({ delivery: { languages: ['en', 'es'], occasion: 'Human Rights Day' } }), 'first', FACTS);
    expect(known.flatMap((l) => said(l))).toEqual([]);
    const translated = composeLettersFromLibrary(library, testCampaign({
      delivery: { languages: ['en', 'es'], occasion: 'Day of the Signers', occasions: { es: 'el Día de los Firmantes' } },
    }), 'first', FACTS);
    expect(translated.flatMap((l) => said(l))).toEqual([]);
  });

  it('is named for a title in another language of the same script: an English title in a Spanish letter (adv-s10 D4)', () => {
    const campaign = testCampaign({ delivery: { languages: ['en', 'es'] } });
    campaign.petition = { ...campaign.petition, languages: ['en', 'ko'], title: { en: 'Stop the forced return', ko: '탈북 난민 강제북송을 중단하십시오' } };
    const [english, spanish] = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    expect(said(spanish)).toContain('petition: the title in Spanish (es) is missing: add title: { es: … } (now "Stop the forced return")');
    expect(said(english).join('\n')).not.toContain('the title');
  });

  it('is named for a title in another script in a Latin-script letter, which prints a title in its own script', () => {
    const campaign = testCampaign({ delivery: { languages: ['es'] } });
    campaign.petition = { ...campaign.petition, languages: ['ko', 'en'], title: { ko: '탈북 난민 강제북송을 중단하십시오', en: 'Stop the forced return' } };
    const [letter] = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    expect(said(letter)).toContain('petition: the title in Spanish (es) is missing: add title: { es: … } (now "Stop the forced return")');
    expect(letter.body.join('\n')).toContain('Stop the forced return');
    expect(letter.body.join('\n')).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('is not claimed for a role already in the letter\'s language when the petition\'s first language is another', () => {
    const campaign = testCampaign({ delivery: { languages: ['en'] } });
    campaign.petition = { ...campaign.petition, languages: ['ko', 'en'] };
    delete campaign.organizer.roles;
    expect(composeLettersFromLibrary(library, campaign, 'first', FACTS).flatMap((l) => said(l))).toEqual([]);
  });

  it('is named for the organization and signatory in another script, and their translations are what the letter prints', () => {
    const campaign = testCampaign({ target: { names: { zh: '安东尼奥·古特雷斯' } }, delivery: { languages: ['zh', 'en'] } });
    campaign.organizer = { ...campaign.organizer, organization: '안전한 길 연대', signatory: '박민지' };
    expect(composeLettersFromLibrary(library, campaign, 'first', FACTS).flatMap((l) => said(l))).toEqual([
      'organizer: the organization in Chinese (zh) is missing: add organizations: { zh: … } (now "안전한 길 연대")',
      'organizer: the signatory in Chinese (zh) is missing: add signatories: { zh: … } (now "박민지")',
      'organizer: the organization in English (en) is missing: add organizations: { en: … } (now "안전한 길 연대")',
      'organizer: the signatory in English (en) is missing: add signatories: { en: … } (now "박민지")',
    ]);
    campaign.organizer = { ...campaign.organizer, organizations: { zh: '安全之路联盟', en: 'Safe Passage' }, signatories: { zh: '朴敏智', en: 'Min-ji Park' } };
    const letters = composeLettersFromLibrary(library, campaign, 'first', FACTS);
    expect(letters.flatMap((l) => said(l))).toEqual([]);
    expect(letters.map((l) => [l.letterhead[0], l.signature.at(-1)])).toEqual([['安全之路联盟', '安全之路联盟'], ['Safe Passage', 'Safe Passage']]);
    const text = letters.map((l) => [...l.body, ...l.signature].join('\n')).join('\n');
    expect(text).not.toMatch(/\p{Script=Hangul}/u);
  });

  it('prints a place written in the letter\'s script without a translation (a Korean place in a Korean letter)', () => {
    const [letter] = composeLettersFromLibrary(library, testCampaign({ target: { names: { ko: '안토니우 구테흐스' } }, delivery: { languages: ['ko'], place: '뉴욕', places: undefined } }), 'first', FACTS);
    expect(letter.placeAndDate).toContain('뉴욕');
    expect(said(letter)).toEqual([]);
  });

  it('is not claimed for a Latin name in a Latin-script letter', () => {
    const letters = composeLettersFromLibrary(library, testCampaign({ delivery: { languages: ['en', 'es'] } }), 'first', FACTS);
    expect(letters.flatMap((l) => said(l))).toEqual([]);
  });
});
