// The press kit's facts per language, without disk beyond the templates: separators, country names, privacy, the poster.
import { describe, expect, it } from '@jest/globals';
import { parseCampaign } from '../../src/campaign/parse-campaign.js';
import { pressFacts, releaseMarkdown } from '../../src/press/press-facts.js';
import { loadPressTemplates } from '../../src/press/press-templates.js';
import { layoutPoster } from '../../src/press/layout-press.js';
import { POSTER_PAPERS } from '../../src/press/poster-paper.js';
import { fakeMeasure } from '../packet/pages/fake-measure.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';
import { sampleCounts } from '../packet/pages/sample-counts.js';
import { countriesWithSigners } from '../../src/tally/countries-with-signers.js';

const campaign = parseCampaign(minimalCampaign(), '/campaigns/c/campaign.yaml', '/campaigns/c');
const counts = sampleCounts();
const facts = (language: string, privacy: 'public' | 'recipient' = 'recipient', signers = counts.unique) => pressFacts({
  campaign, delivery: { ...campaign.deliveries[0], privacy }, counts, templates: loadPressTemplates(language), official: 'the Secretary-General',
  facts: { signers, countries: countriesWithSigners(Object.entries(counts.byCountry).map(([c, b]) => [c, b.unique])), firstSigned: counts.firstSigned, lastSigned: counts.lastSigned },
});

describe('pressFacts', () => {
  it('writes the Korean release in news style: no "은(는)" after a Latin-letter organizer, no honorific 님 on the official', () => {
    const ko = { ...facts('ko'), organization: 'Safe Passage Coalition', official: '시진핑 중화인민공화국 주석님' };
    const release = releaseMarkdown(ko, loadPressTemplates('ko'));
    expect(release).not.toMatch(/은\(는\)|이\(가\)|을\(를\)|\(으\)로/);
    expect(release).toContain('Safe Passage Coalition');
    expect(release).toContain('시진핑 중화인민공화국 주석에게');
    expect(release).not.toContain('주석님');
  });

  it('writes the count with each language\'s separators and names countries in that language', () => {
    expect(counts.unique).toBe(9000);
    expect(facts('en', 'recipient', 212408).count).toBe('212,408');
    expect(facts('es', 'recipient', 212408).count).toBe('212.408');
    expect(facts('ko', 'recipient', 212408).count).toBe('212,408');
    expect(facts('es').topCountries).toEqual(['Corea del Sur', 'Estados Unidos', 'Alemania', 'Japón', 'Francia']);
    expect(facts('ko').topCountries[0]).toBe('대한민국');
    expect(facts('en').words.countries).toBe('from 8 countries and territories');
  });

  it('names a country with fewer than 3 signers only when the delivery is public', () => {
    const few = { ...counts, byCountry: { KR: counts.byCountry.KR, DK: { ...counts.byCountry.KR, unique: 1 } } };
    const base = { campaign, counts: few, templates: loadPressTemplates('en'), official: 'x', facts: { signers: 5001, countries: 2, firstSigned: null, lastSigned: null } };
    expect(pressFacts({ ...base, delivery: { ...campaign.deliveries[0], privacy: 'recipient' } }).topCountries).toEqual(['South Korea']);
    expect(pressFacts({ ...base, delivery: { ...campaign.deliveries[0], privacy: 'public' } }).topCountries).toEqual(['South Korea', 'Denmark']);
  });

  it('the poster prints the count and the release states it, for a count with separators', () => {
    const es = facts('es', 'recipient', 212408);
    const poster = layoutPoster(es, POSTER_PAPERS.A3, fakeMeasure);
    const texts = poster.items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(texts).toContain('212.408');
    expect(texts).toContain('personas firmaron');
    // Everything stays on the page.
    for (const item of poster.items) if (item.kind === 'text' || item.kind === 'rect') expect(item.y).toBeLessThan(POSTER_PAPERS.A3.height);
    expect(releaseMarkdown(es, loadPressTemplates('es'))).toContain('firmaron 212.408 personas de 8 países y territorios entre el 1 de noviembre de 2026 y el 5 de noviembre de 2026');
  });

  it('names the one country most signatures came from, both when two tie, and none when many tie', () => {
    const release = (byCountry: Record<string, number>, language = 'en') => {
      const tied = { ...counts, byCountry: Object.fromEntries(Object.entries(byCountry).map(([code, unique]) => [code, { ...counts.byCountry.KR, unique }])) };
      const made = pressFacts({
        campaign, counts: tied, templates: loadPressTemplates(language), official: 'x', delivery: { ...campaign.deliveries[0], privacy: 'public' },
        facts: { signers: 100, countries: Object.keys(byCountry).length, firstSigned: null, lastSigned: null },
      });
      return releaseMarkdown(made, loadPressTemplates(language));
    };
    expect(release({ KR: 50, US: 30, DE: 20 })).toContain('More signatures came from South Korea than from any other country.');
    expect(release({ KR: 40, US: 40, DE: 20 })).toContain('South Korea and the United States gave the most signatures, 40 each.');
    expect(release({ KR: 40, US: 40, DE: 20 }, 'es')).toContain('Corea del Sur y Estados Unidos son los países de los que llegaron más firmas, 40 cada uno.');
    expect(release({ KR: 40, US: 40, DE: 20 }, 'ko')).toContain('대한민국 및 미국에서 각각 40명으로 가장 많은 서명이 들어왔다.');
    expect(release({ GB: 40, KR: 40, DE: 20 })).toContain('The United Kingdom and South Korea gave the most signatures, 40 each.');
    const spread = release({ KR: 10, US: 10, DE: 10, JP: 10, FR: 10 });
    expect(spread).not.toMatch(/most signatures/i);
  });
});

describe('the English follow-up release', () => {
  const followUp = (further: number, language = 'en') => {
    const base = facts(language);
    return releaseMarkdown({ ...base, followUp: { previousDate: '10 December 2025', further, since: true } }, loadPressTemplates(language));
  };

  // The letters of an empty follow-up (--allow-empty) say no one has signed since; the release said "A further 0 people".
  it.each([
    ['en', 'There have been no new signatures since the delivery of 10 December 2025; the number of signers stands at'],
    ['es', 'Desde la entrega del 10 December 2025 no se han recibido nuevas firmas; el número de firmantes sigue siendo de'],
    ['ko', '지난 10 December 2025 전달 이후 새로 서명한 사람은 없으며, 서명자는 모두'],
  ])('tells the letters\' story when no one has signed since (%s)', (language, expected) => {
    const release = followUp(0, language);
    expect(release).toContain(expected);
    expect(release).not.toMatch(/\b0 (people|personas)|0명이/);
  });

  it('says "One more person has signed" for one new signer (adv15c P10), and counts more', () => {
    expect(followUp(1)).toContain('One more person has signed since the delivery of 10 December 2025');
    expect(followUp(1)).not.toContain('A further 1');
    expect(followUp(2)).toContain('A further 2 people have signed since the delivery of 10 December 2025');
  });
});

describe('the official in the English and Spanish kits', () => {
  const official = (language: string, letterStyle: string) => pressFacts({
    campaign, delivery: campaign.deliveries[0], counts, templates: loadPressTemplates(language), official: letterStyle,
    facts: { signers: counts.unique, countries: 8, firstSigned: counts.firstSigned, lastSigned: counts.lastSigned },
  }).official;

  it('is named in news style, without the letter\'s diplomatic honorific (adv15c P8)', () => {
    expect(official('en', 'His Excellency Mr. Xi Jinping, President of the People\'s Republic of China')).toBe('Xi Jinping, President of the People\'s Republic of China');
    expect(official('en', 'Her Excellency Ms. Ana Pérez, Ambassador')).toBe('Ana Pérez, Ambassador');
    expect(official('es', 'Su Excelencia el señor Xi Jinping, Presidente de la República Popular China')).toBe('Xi Jinping, presidente de la República Popular China');
    expect(official('en', 'the Secretary-General')).toBe('the Secretary-General');
  });

  it('writes a Spanish title wholly in lower case in running text, as the RAE does, and the proper names after it as they are (adv-s9 N13)', () => {
    expect(official('es', 'Su Excelencia el señor António Guterres, Secretario General de las Naciones Unidas')).toBe('António Guterres, secretario general de las Naciones Unidas');
    expect(official('es', 'Su Excelencia la señora Ana Pérez, Alta Comisionada de las Naciones Unidas para los Derechos Humanos')).toBe('Ana Pérez, alta comisionada de las Naciones Unidas para los Derechos Humanos');
    expect(official('es', 'Su Excelencia el señor Juan Ruiz, Ministro de Asuntos Exteriores')).toBe('Juan Ruiz, ministro de Asuntos Exteriores');
  });
});

describe('a release from signers of one country (adv-s9 N14)', () => {
  const release = (byCountry: Record<string, number>, language: string, signers = 12) => {
    const one = { ...counts, byCountry: Object.fromEntries(Object.entries(byCountry).map(([code, unique]) => [code, { ...counts.byCountry.KR, unique }])) };
    const made = pressFacts({
      campaign, counts: one, templates: loadPressTemplates(language), official: 'x', delivery: { ...campaign.deliveries[0], privacy: 'public' },
      facts: { signers, countries: Object.keys(byCountry).filter((code) => code !== 'unknown').length, firstSigned: null, lastSigned: null },
    });
    return { text: releaseMarkdown(made, loadPressTemplates(language)), countries: made.words.countries };
  };

  it.each([
    ['en', 'It was signed by 12 people from South Korea.', /than from any other country/],
    ['ko', '대한민국에서 12명이 서명했다.', /가장 많은 서명/],
    ['es', 'La firmaron 12 personas de Corea del Sur.', /llegaron más firmas/],
  ])('in %s names it as where all signed, not that most came from it, and does not count "1 country"', (language, all, most) => {
    const { text, countries } = release({ KR: 12 }, language);
    expect(text).toContain(all);
    expect(text).not.toMatch(most);
    expect(text).not.toMatch(/ 1 country|1개 국가|1 país/);
    expect(countries).not.toMatch(/\b1\b/);
  });

  it('says "every signer who gave a country" when some gave none', () => {
    expect(release({ KR: 11, unknown: 1 }, 'en').text).toContain('All signers who gave a country are from South Korea.');
  });

  it('says "1 person from South Korea" when there is one', () => {
    expect(release({ KR: 1 }, 'en', 1).text).toContain('It was signed by 1 person from South Korea.');
  });
});
