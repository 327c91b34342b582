import { describe, expect, it } from '@jest/globals';
import { dedupeExact } from '../../src/dedupe/exact-dedupe.js';
import { describeOutcome } from './describe-outcome.js';
import { makeTable, type SignatureSpec } from './make-signature.js';

const T1 = '2026-03-01T09:00:00Z';
const T2 = '2026-03-02T09:00:00Z';
const T3 = '2026-03-03T09:00:00Z';
const T4 = '2026-03-04T09:00:00Z';
const JANE = { name: 'Jane Smith', postcode: 'SW1A 1AA', city: 'London', country: 'GB' };

interface Case {
  title: string;
  rows: SignatureSpec[];
  /** Per row (0-based): 'kept', 'household', or '<rule> → <kept row>'. */
  expected: string[];
}

const cases: Case[] = [
  // Rule 1: email
  { title: 'same canonical email (case, Gmail dots and +tag) is one signer', rows: [
    { ...JANE, email: 'jane.smith@gmail.com', at: T1 },
    { name: 'J. Smith', email: 'JaneSmith+petition@googlemail.com', at: T2 },
  ], expected: ['kept', 'same_email → 0'] },
  { title: 'different emails with different names are two signers', rows: [
    { ...JANE, email: 'jane@example.org', at: T1 },
    { name: 'Kim Lee', email: 'kim@example.org', at: T2 },
  ], expected: ['kept', 'kept'] },
  { title: 'an invalid email matches nothing', rows: [
    { name: 'Ann One', email: 'not an email', at: T1 },
    { name: 'Bob Two', email: 'not an email', at: T2 },
  ], expected: ['kept', 'kept'] },

  // Household allowance
  { title: 'household: a second person on one email with a different given name and the same postcode counts', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T2 },
  ], expected: ['kept', 'household'] },
  { title: 'household: a third person on that email never counts', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'Mary Smith', email: 'smiths@example.org', at: T3 },
  ], expected: ['kept', 'household', 'same_email → 0'] },
  { title: 'household: the same given name again on one email is a duplicate', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'Jane Smith-Jones', email: 'smiths@example.org', at: T2 },
  ], expected: ['kept', 'same_email → 0'] },
  { title: "household: the second person signing again is a duplicate of the second person", rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T3 },
    { ...JANE, name: 'Jane Smith', email: 'smiths@example.org', at: T4 },
  ], expected: ['kept', 'household', 'same_email → 1', 'same_email → 0'] },
  { title: 'household: one given name written in Hangul and in Latin letters is one person, not a household', rows: [
    { name: '장혜원', given: '혜원', postcode: '90080', city: 'Los Angeles', country: 'US', email: 'cloud422@gmail.com', at: T1 },
    { name: 'Hyewon Jang', postcode: '90080', city: 'Los Angeles', country: 'US', email: 'cloud422@gmail.com', at: T2 },
    { name: 'Hye-won Jang', postcode: '90080', city: 'Los Angeles', country: 'US', email: 'cloud422@gmail.com', at: T3 },
  ], expected: ['kept', 'same_email → 0', 'same_email → 0'] },
  { title: 'household: one given name in Cyrillic or Greek and in Latin letters is one person, not a household (verifyS2 F7)', rows: [
    { name: 'Иван Орлов', postcode: '101000', country: 'RU', email: 'orlov@example.ru', at: T1 },
    { name: 'Ivan Orlov', postcode: '101000', country: 'RU', email: 'orlov@example.ru', at: T2 },
    { name: 'Γιώργος Παπαδόπουλος', postcode: '10431', country: 'GR', email: 'gp@example.gr', at: T3 },
    { name: 'Giorgos Papadopoulos', postcode: '10431', country: 'GR', email: 'gp@example.gr', at: T4 },
  ], expected: ['kept', 'same_email → 0', 'kept', 'same_email → 2'] },
  { title: 'household: a nameless row on the email keeps the household two people, joining the first (verifyS2 F9)', rows: [
    { ...JANE, email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T3 },
    { ...JANE, name: '', given: '', email: 'smiths@example.org', at: T4 },
  ], expected: ['kept', 'household', 'same_email → 0'] },
  { title: 'household: a nameless first row on the email joins the person after it, and the household stays two (verifyS2 F9)', rows: [
    { ...JANE, name: '', given: '', email: 'smiths@example.org', at: T1 },
    { ...JANE, email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T3 },
  ], expected: ['kept', 'same_email → 0', 'household'] },
  { title: 'household: a row with initials alone on the email is no second household person beside the first (verifyS2 F9)', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'J. S.', given: 'J', email: 'smiths@example.org', at: T3 },
  ], expected: ['kept', 'household', 'same_email → 0'] },
  { title: 'household: another Korean given name on one email at one postcode is the second person', rows: [
    { name: '장혜원', given: '혜원', postcode: '90080', country: 'US', email: 'jangs@gmail.com', at: T1 },
    { name: 'Minjun Jang', postcode: '90080', country: 'US', email: 'jangs@gmail.com', at: T2 },
  ], expected: ['kept', 'household'] },
  { title: 'household: a different postcode is not a household', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', postcode: 'EC1A 1BB', email: 'smiths@example.org', at: T2 },
  ], expected: ['kept', 'same_email → 0'] },
  { title: 'household: no postcode is not a household', rows: [
    { name: 'Jane Smith', email: 'smiths@example.org', at: T1 },
    { name: 'John Smith', email: 'smiths@example.org', at: T2 },
  ], expected: ['kept', 'same_email → 0'] },
  { title: 'household: an initial is not a clearly different given name', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'J Smith', email: 'smiths@example.org', at: T2 },
  ], expected: ['kept', 'same_email → 0'] },

  // Rule 2: name + postcode + country
  { title: 'same name in either order, postcode and country, no emails', rows: [
    { name: 'Park Minjun', postcode: '04524', city: 'Seoul', country: 'KR', at: T1 },
    { name: 'Minjun PARK', postcode: '04524', city: 'Seoul', country: 'KR', at: T2 },
  ], expected: ['kept', 'same_name_postcode → 0'] },
  { title: 'same name and postcode in another country is another person', rows: [
    { name: 'Ana Silva', postcode: '10117', country: 'DE', at: T1 },
    { name: 'Ana Silva', postcode: '10117', country: 'PT', at: T2 },
  ], expected: ['kept', 'kept'] },
  { title: 'same name at another postcode is another person', rows: [
    { ...JANE, at: T1 },
    { ...JANE, postcode: 'EC1A 1BB', at: T2 },
  ], expected: ['kept', 'kept'] },
  { title: 'a name rule joins a row without email to one with email', rows: [
    { ...JANE, email: 'jane@example.org', at: T1 },
    { ...JANE, at: T2 },
  ], expected: ['kept', 'same_name_postcode → 0'] },
  { title: 'a name rule never joins two different valid emails', rows: [
    { ...JANE, email: 'jane@example.org', at: T1 },
    { ...JANE, email: 'jane.smith@example.com', at: T2 },
  ], expected: ['kept', 'kept'] },
  { title: 'an invalid email does not block a name rule', rows: [
    { ...JANE, email: 'jane@example.org', at: T1 },
    { ...JANE, email: 'jane at example', at: T2 },
  ], expected: ['kept', 'same_name_postcode → 0'] },

  // Rule 3: name + city + country when a row has no postcode
  { title: 'same name and city, one row without postcode', rows: [
    { ...JANE, email: 'jane@example.org', at: T1 },
    { name: 'Jane Smith', city: 'london', country: 'GB', at: T2 },
  ], expected: ['kept', 'same_name_city → 0'] },
  { title: 'same name and city with two different postcodes is two people', rows: [
    { ...JANE, at: T1 },
    { ...JANE, postcode: 'EC1A 1BB', at: T2 },
  ], expected: ['kept', 'kept'] },
  { title: 'a row without postcode cannot choose between two postcodes of its name and city', rows: [
    { ...JANE, at: T1 },
    { ...JANE, postcode: 'EC1A 1BB', at: T2 },
    { name: 'Jane Smith', city: 'London', country: 'GB', at: T3 },
    { name: 'Jane Smith', city: 'London', country: 'GB', at: T4 },
  ], expected: ['kept', 'kept', 'kept', 'same_name_city → 2'] },
  { title: 'two districts of one city under one name are two people; a row naming no district cannot choose', rows: [
    { name: '최민수', given: '민수', city: '서울', street: '서울특별시 동작구', country: 'KR', at: T1 },
    { name: '최민수', given: '민수', city: '서울', street: '서울특별시 은평구', country: 'KR', at: T2 },
    { name: '최민수', given: '민수', city: '서울', country: 'KR', at: T3 },
    { name: '최민수', given: '민수', city: '서울', street: '서울 동작구 상도로 7', country: 'KR', at: T4 },
  ], expected: ['kept', 'kept', 'kept', 'same_name_city → 0'] },
  { title: 'one district named, the rows that name none join it', rows: [
    { name: '김영주', given: '영주', city: '서울', street: '서울 강북구', country: 'KR', at: T1 },
    { name: '김영주', given: '영주', city: '서울', country: 'KR', at: T2 },
  ], expected: ['kept', 'same_name_city → 0'] },
  { title: 'same name and city in another country is another person', rows: [
    { name: 'Ivan Petrov', city: 'Moscow', country: 'RU', at: T1 },
    { name: 'Ivan Petrov', city: 'Moscow', country: 'US', at: T2 },
  ], expected: ['kept', 'kept'] },

  // The chaining guard
  { title: 'chaining guard: A(email a) – C(no email) – B(email b) never joins A and B', rows: [
    { ...JANE, email: 'a@example.org', at: T1 },
    { ...JANE, at: T2 },
    { ...JANE, email: 'b@example.org', at: T3 },
  ], expected: ['kept', 'same_name_postcode → 0', 'kept'] },
  { title: 'chaining guard across rules: name+postcode then name+city', rows: [
    { ...JANE, email: 'b@example.org', at: T1 },
    { ...JANE, email: 'a@example.org', postcode: '', at: T2 },
    { ...JANE, at: T3 },
  ], expected: ['kept', 'kept', 'same_name_postcode → 0'] },
  { title: 'chaining guard through an email cluster', rows: [
    { ...JANE, email: 'a@example.org', at: T1 },
    { name: 'Jane Smith', email: 'b@example.org', postcode: 'N1 9GU', at: T2 },
    { name: 'Jane Smith', postcode: 'N1 9GU', at: T3 },
    { ...JANE, at: T4 },
  ], expected: ['kept', 'kept', 'same_name_postcode → 1', 'same_name_postcode → 0'] },
  { title: 'a household member and the first signer are never joined through a name rule', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T2 },
    { ...JANE, name: 'John Smith', at: T3 },
  ], expected: ['kept', 'household', 'same_name_postcode → 1'] },

  // Which row is kept
  { title: 'the earliest signature is kept, wherever it is in the input', rows: [
    { ...JANE, email: 'jane@example.org', at: T3 },
    { ...JANE, email: 'jane@example.org', at: T1 },
    { ...JANE, email: 'jane@example.org', at: T2 },
  ], expected: ['same_email → 1', 'kept', 'same_email → 1'] },
  { title: 'an unknown time sorts after every known one', rows: [
    { ...JANE, email: 'jane@example.org' },
    { ...JANE, email: 'jane@example.org', at: T4 },
  ], expected: ['same_email → 1', 'kept'] },
  { title: 'equal times keep the first in input order', rows: [
    { ...JANE, email: 'jane@example.org', at: T2 },
    { ...JANE, email: 'jane@example.org', at: T2 },
    { ...JANE, email: 'jane@example.org' },
    { ...JANE, email: 'jane@example.org' },
  ], expected: ['kept', 'same_email → 0', 'same_email → 0', 'same_email → 0'] },
  { title: 'the household marker moves to an earlier row joined to the household member', rows: [
    { ...JANE, email: 'smiths@example.org', at: T1 },
    { ...JANE, name: 'John Smith', email: 'smiths@example.org', at: T3 },
    { ...JANE, name: 'John Smith', at: T2 },
  ], expected: ['kept', 'same_name_postcode → 2', 'household'] },
];

describe('dedupeExact', () => {
  it.each(cases)('$title', ({ rows, expected }) => {
    const outcome = dedupeExact(makeTable(rows));
    expect(describeOutcome(outcome)).toEqual(expected);
    expect(outcome.signers).toBe(expected.filter((e) => e === 'kept' || e === 'household').length);
  });

  it('numbers signers in the order of their kept row and counts duplicates by rule', () => {
    const outcome = dedupeExact(makeTable([
      { ...JANE, email: 'jane@example.org', at: T3 },
      { name: 'Kim Lee', email: 'kim@example.org', at: T2 },
      { ...JANE, email: 'jane@example.org', at: T1 },
      { ...JANE, at: T4 },
    ]));
    expect(Array.from(outcome.cluster)).toEqual([1, 0, 1, 1]);
    expect(Array.from(outcome.kept)).toEqual([0, 1, 1, 0]);
    expect(outcome.byRule).toEqual({ same_email: 1, same_name_postcode: 1 });
  });

  it('handles an empty table', () => {
    const outcome = dedupeExact(makeTable([]));
    expect(outcome.signers).toBe(0);
    expect(outcome.cluster).toHaveLength(0);
  });
});
