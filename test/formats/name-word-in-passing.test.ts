// A header that asks whether to show or hide a name is no column of names or IDs, whatever name word it holds
// (outside tester M, F1): "No mostrar apellido" was read as the family name and "Nie umieszczać na liście" as the
// Spanish NIE number, so the signer who answered "yes, hide me" was printed by name.
import { describe, expect, it } from '@jest/globals';
import { classifyHeader, UNCLEAR_NAME_DISPLAY } from '../../src/formats/classify-header.js';
import { unreadAnonymityColumns } from '../../src/formats/unread-anonymity.js';

describe('a name word in a question about the list', () => {
  it.each([
    'No mostrar apellido', 'Hide surname', 'Surname hidden', 'Withhold surname', 'Nie publikuj mojego nazwiska',
    'Nie pokazuj nazwiska', 'Nie podawaj nazwiska', 'Nie umieszczać na liście', 'Nie publikować danych',
  ])('"%s" is not read as a name or ID column, and fails closed', (header) => {
    const meaning = classifyHeader(header);
    expect(meaning.kind === 'field' && ['name', 'given', 'family', 'id_number'].includes(meaning.field)).toBe(false);
    const unmapped = meaning.kind === 'field' && meaning.field === 'anonymous';
    if (!unmapped) expect(unreadAnonymityColumns([{ index: 5, header, field: null, match: null }] as never)).toEqual([header]);
  });

  it.each([
    ['Surname', 'family'], ['Last name', 'family'], ['Apellido', 'family'], ['NIE', 'id_number'],
    ['Número NIE', 'id_number'], ['Full name', 'name'], ['Family name (optional)', 'family'],
  ])('"%s" is still the %s column', (header, field) => {
    const meaning = classifyHeader(header);
    expect(meaning.kind === 'field' ? meaning.field : meaning.kind).toBe(field);
  });

  it('says why it did not read it', () => {
    expect(classifyHeader('Hide surname')).toEqual({ kind: 'ignored', reason: UNCLEAR_NAME_DISPLAY });
  });
});
