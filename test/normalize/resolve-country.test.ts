import { describe, expect, it } from '@jest/globals';
import { resolveCountry } from '../../src/normalize/resolve-country.js';

describe('resolveCountry', () => {
  it.each([
    // The examples
    ['Korea, Republic of', 'KR'], ['대한민국', 'KR'], ['Corea del Sur', 'KR'], ['USA', 'US'], ['South Korea', 'KR'],
    ['UK', 'GB'], ['Deutschland', 'DE'],
    // ISO codes in any case
    ['KR', 'KR'], ['kr', 'KR'], ['KOR', 'KR'], ['us', 'US'], ['GBR', 'GB'], ['de', 'DE'],
    // English variants
    ['U.S.A.', 'US'], ['United States', 'US'], ['United States of America', 'US'], ['Republic of Korea', 'KR'],
    ['S. Korea', 'KR'], ['Korea', 'KR'], ['North Korea', 'KP'], ['DPRK', 'KP'], ['United Kingdom', 'GB'],
    ['Great Britain', 'GB'], ['England', 'GB'], ['Scotland', 'GB'], ['The Netherlands', 'NL'], ['Holland', 'NL'],
    ['Russia', 'RU'], ['Ivory Coast', 'CI'], ['Vietnam', 'VN'], ['Czech Republic', 'CZ'], ['Turkey', 'TR'],
    // Korean
    ['한국', 'KR'], ['미국', 'US'], ['영국', 'GB'], ['독일', 'DE'], ['일본', 'JP'], ['중국', 'CN'], ['북한', 'KP'], ['프랑스', 'FR'],
    // Spanish
    ['Estados Unidos', 'US'], ['EE.UU.', 'US'], ['Reino Unido', 'GB'], ['Alemania', 'DE'], ['España', 'ES'], ['Japón', 'JP'],
    ['México', 'MX'],
    // German
    ['Südkorea', 'KR'], ['Vereinigte Staaten', 'US'], ['Großbritannien', 'GB'], ['Frankreich', 'FR'], ['Österreich', 'AT'],
    ['Schweiz', 'CH'],
    // French
    ['Corée du Sud', 'KR'], ["États-Unis d'Amérique", 'US'], ['États-Unis', 'US'], ['Royaume-Uni', 'GB'], ['Allemagne', 'DE'],
    ['Chine', 'CN'],
    // Japanese and Chinese
    ['日本', 'JP'], ['韓国', 'KR'], ['大韓民国', 'KR'], ['アメリカ', 'US'], ['中国', 'CN'], ['韩国', 'KR'], ['美国', 'US'], ['台灣', 'TW'],
    // Case, accents, spacing and invisibles do not matter
    ['  south KOREA ', 'KR'], ['Etats-Unis', 'US'], ['espana', 'ES'], ['Sud\u00ADkorea', 'KR'], ['Deutsch\u200Bland', 'DE'],
    ['ＵＳＡ', 'US'], ['Corée du Sud'.normalize('NFD'), 'KR'],
    // ISO short names with the qualifier last; North Korea must never read as South Korea
    ["Korea, Democratic People's Republic of", 'KP'], ['Iran, Islamic Republic of', 'IR'], ['Taiwan, Province of China', 'TW'],
    ['Congo, The Democratic Republic of the', 'CD'], ['Corée du Nord', 'KP'], ['República Popular Democrática de Corea', 'KP'],
    // Everyday names beside the official ones
    ['Aotearoa New Zealand', 'NZ'], ['Syria', 'SY'], ['Moldova', 'MD'], ['Macau', 'MO'], ['Eswatini', 'SZ'], ['Swaziland', 'SZ'],
    // A place before the country
    ['Seoul, South Korea', 'KR'], ['Berlin / Deutschland', 'DE'], ['London; UK', 'GB'],
  ])('%s → %s', (text, code) => {
    expect(resolveCountry(text)).toBe(code);
  });

  it.each([['Paris, Texas'], ['Atlantis'], ['Europe'], ['Earth'], ['n/a'], ['-'], [''], [undefined]])('%j → unknown', (text) => {
    expect(resolveCountry(text)).toBe('unknown');
  });

  it('reads a bare two-letter code as the code, even NA (Namibia)', () => {
    expect(resolveCountry('NA')).toBe('NA');
  });

  it('answers the same for a value seen before (the per-value cache)', () => {
    expect(resolveCountry('Corea del Sur')).toBe('KR');
    expect(resolveCountry('Corea del Sur')).toBe('KR');
    expect(resolveCountry('Atlantis')).toBe('unknown');
  });
});
