// The name cell and comment readings behind verifyQ H2 and M4: a whole cell of a hiding word is a refusal, not a given
// name; a note word that is the only surname after a given name is that surname; a comment asks only for its writer;
// initials typed without spaces are initials.
import { describe, expect, it } from '@jest/globals';
import { readNameCell } from '../../src/normalize/anonymous-name.js';
import { commentAsksAnonymity } from '../../src/normalize/comment-asks-anonymity.js';
import { splitName } from '../../src/normalize/split-name.js';

describe('readNameCell', () => {
  it.each(['Anon', 'ANON', 'Hidden', 'HIDDEN', 'Secret', 'Redacted', 'Mr. Anonymous', 'Ms Anonymous', 'Frau Anonym', '익명1', 'Anon 2', 'Hidden #3', 'Versteckt', 'Oculto', 'Incognito'])(
    '%j names nobody', (cell) => {
      expect(readNameCell(cell).onlyAnonymity).toBe(true);
    });

  it.each(['Tom Anon', 'Pat Hidden', 'Anon Suksai', 'Hide', 'Mr. Smith', 'Sofia Anonimo', 'Paul Privé', 'Carlo Riservato', 'Piotr Anonim', 'Mia Incognito', 'SOFIA ANONIMO'])(
    '%j is a name', (cell) => {
      expect(readNameCell(cell)).toEqual({ name: cell, noted: false, onlyAnonymity: false });
    });

  it.each([['Sofia anonimo', 'Sofia'], ['Ada Rossi Anonimo', 'Ada Rossi'], ['Sofia (Anonimo)', 'Sofia'], ['Sofia - Anonimo', 'Sofia'], ['Tom Anonymous', 'Tom'], ['Bo Lee private', 'Bo Lee']])(
    '%j holds a note; the name is %j', (cell, name) => {
      expect(readNameCell(cell)).toEqual({ name, noted: true, onlyAnonymity: false });
    });
});

describe('commentAsksAnonymity', () => {
  it.each(['My grandmother fled anonymously in 1998', 'I am signing for my anonymous friends too', 'I donate to anonymous groups'])('%j asks nothing', (comment) => {
    expect(commentAsksAnonymity(comment)).toBe(false);
  });
  it.each(['please keep me anonymous', "don't publish my name", 'I want to stay anonymous', 'My name should stay anonymous', 'I sign anonymously', 'Anonymous', 'My mother and I want to be anonymous'])(
    '%j asks', (comment) => {
      expect(commentAsksAnonymity(comment)).toBe(true);
    });
});

describe('splitName', () => {
  it.each([['K.N.', 'K', 'N'], ['K.N', 'K', 'N'], ['J.R.R.', 'J R', 'R'], ['FD', 'F', 'D'], ['KN', 'K', 'N']])('%j is initials', (name, given, family) => {
    expect(splitName(name)).toEqual({ name, given, family, nameOrder: 'given-family' });
  });
  it.each(['ED', 'AL', 'Bo', 'Kim'])('%j is a given name', (name) => {
    expect(splitName(name).given).toBe(name);
  });
});
