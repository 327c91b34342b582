// The data a letter template sees: counts, dates and names already formatted in the letter's language.
import { TZDate } from '@date-fns/tz';
import type { Campaign, Delivery } from '../../campaign/campaign-schema.js';
import { occasionIn } from './known-occasions.js';
import { oneTextIn, textIn } from './untranslated.js';
import type { LetterFacts } from './letter-facts.js';
import type { LetterLanguage } from './letter-language.js';
import type { Register } from './resolve-office-forms.js';
import { localeFormat } from '../pages/locale-format.js';
import { countryInSentence } from '../../text/country-in-sentence.js';

export interface LetterContextInput {
  campaign: Campaign;
  delivery: Delivery;
  facts: LetterFacts;
  language: LetterLanguage;
  register: Register;
  /** The official, styled in this language ("His Excellency Mr. …, President of …"). */
  official: string;
  /** The ambassador, styled, for the covering letter; null otherwise. */
  ambassador: string | null;
  /** Languages of the letter(s) to the official, for the covering letter's enclosure line. */
  letterLanguages: readonly string[];
}

/**
 * Every key is always present (null or false when not applicable): templates run in strict mode,
 * where a missing key is an error rather than an empty string.
 */
export function buildLetterContext(input: LetterContextInput): Record<string, unknown> {
  const { campaign, delivery, facts, language, register } = input;
  const { petition, organizer } = campaign;
  const code = language.code;
  const title = textIn(petition.title, code, petition.languages) ?? '';
  const from = calendarDay(facts.firstSigned, campaign.timezone);
  const to = calendarDay(facts.lastSigned, campaign.timezone);
  const goalTotal = typeof delivery.goal === 'number' ? delivery.goal : delivery.goal?.total;
  const previous = facts.previous;
  const onlyCountry = facts.onlyCountry ?? null;
  const further = previous ? facts.signers - previous.signers : 0;
  return {
    register: { formal: register === 'formal', diplomatic: register === 'diplomatic' },
    organization: organizer.organizations?.[code] ?? organizer.organization,
    signatory: organizer.signatories?.[code] ?? organizer.signatory,
    petition: {
      title: language.quoteTitle(title),
      summary: petition.summary?.[code] ?? null,
      languages: language.listLanguages(petition.languages),
      multilingual: petition.languages.length > 1,
    },
    signers: language.formatNumber(facts.signers),
    oneSigner: facts.signers === 1,
    countries: language.formatNumber(facts.countries),
    oneCountry: facts.countries === 1,
    // The one country every signer is from, named when the official may see it ("from South Korea"); one signer from
    // a country that may not be named is not said to come from "a single country": the clause is left out.
    countryName: onlyCountry ? countryInSentence(onlyCountry, localeFormat(code).country(onlyCountry), code) : null,
    // Nor is "a single country" said when only one is known and other signers gave none: they may be from anywhere.
    countriesKnown: facts.countries > 0 && !(facts.signers === 1 && !onlyCountry) && !(facts.countries === 1 && facts.someWithoutCountry === true),
    // The period is the dated signatures'; paper signatures without a date are said apart, not put on their sheet's return day.
    period: from && to ? { from: language.formatDate(from), to: language.formatDate(to), oneDay: from === to, undated: facts.sheetDated ? language.formatNumber(facts.sheetDated) : null, oneUndated: facts.sheetDated === 1 } : null,
    occasion: occasionIn(code, delivery.occasion, delivery.occasions),
    date: language.formatDate(delivery.date),
    place: oneTextIn(delivery.place, delivery.places, code) ?? null,
    official: input.official,
    ambassador: input.ambassador,
    letterLanguages: language.listLanguages(input.letterLanguages),
    followUp: previous ? {
      previousDate: language.formatDate(previous.date),
      previousSigners: language.formatNumber(previous.signers),
      further: language.formatNumber(Math.max(0, further)),
      grew: further > 0,
      oneFurther: further === 1,
      // Every further signer signed after the earlier delivery: the letters may say "signed since", else "not included in".
      since: previous.furtherSignedBefore !== true,
      noLongerCounted: previous.noLongerCounted ? language.formatNumber(previous.noLongerCounted) : null,
      oneNoLongerCounted: previous.noLongerCounted === 1,
    } : null,
    goal: goalTotal !== undefined ? { total: language.formatNumber(goalTotal), reached: facts.signers >= goalTotal } : null,
    // A follow-up with no one new (built with --allow-empty) encloses no list: the letter says so instead.
    signatureList: delivery.privacy !== 'count-only' && !(previous && further <= 0),
    // A count-only packet encloses the certificate of signature count instead, and names it among the enclosures.
    certificate: delivery.privacy === 'count-only' && !(previous && further <= 0),
  };
}

/** `YYYY-MM-DD` of a day or instant; instants are read in the campaign's time zone when it has one. */
export function calendarDay(value: string | null, timezone: string | undefined): string | null {
  if (value === null || value === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return null;
  const date = new TZDate(instant, timezone ?? 'UTC');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
