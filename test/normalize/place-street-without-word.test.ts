// Place cells print a place, never a street (issue 11, names17; outside tester G, F2 and F3). A street written without
// a street word ("Ερμού 15", "Тверская 7", "Damrak 1", "Storgata 1") has the shape of a town and its district ("Dublin
// 8"), so the recipient list printed it as a region; "Москва, Тверская ул., 7" kept the street and lost the town;
// "c/o Jane Smith" printed a third person; "12 rue de Rivoli" in a postcode cell kept "12"; "Kraków ul.Floriańska 3" lost
// Kraków. A word and a one- or two-digit number is a district only after a town known to number its districts.
import { describe, expect, it } from '@jest/globals';
import { screenCity, screenPostcode, screenRegion } from '../../src/normalize/contact-in-place.js';
import { placesAfterDedupe } from '../helpers/places-after-dedupe.js';

describe('a street without a street word in a region cell', () => {
  it.each(['Ερμού 15', 'Τσιμισκή 20', 'Storgata 1', 'Тверская 7', 'Хрещатик 22', 'Damrak 1', 'Marszałkowska 10', 'Unter den Linden 1',
    'Andrássy út 1', 'Václavské náměstí 1', 'Mannerheimintie 5 A 3', 'c/o Jane Smith'])('%s is no region: nothing is printed', (cell) => {
    expect(screenRegion(cell)).toEqual({ kind: 'street', town: '' });
  });

  it.each(['MA', 'NRW', 'Grand Est', 'Somme', 'Makedonia', 'Dublin 8', 'Sankt Augustin'])('%s stays a region', (cell) => {
    expect(screenRegion(cell)).toEqual({ kind: 'clean' });
  });
});

describe('a city cell with a street beside the town', () => {
  it.each([
    ['Москва, Тверская ул., 7', 'Москва'], ['Kraków ul.Floriańska 3', 'Kraków'], ['Göteborg Kungsgatan 5', 'Göteborg'],
    ['Αθήνα Ερμού 15', 'Αθήνα'], ['Lisboa Rua Augusta 10', 'Lisboa'], ['London c/o Flat 3', 'London'], ['Damrak 1', ''],
  ])('%s keeps %j', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'street', town });
  });

  it.each(['Dublin 8', 'Praha 1', 'Marseille 13', 'Paris 15e', 'Lyon 3e', 'Seoul 2', '100 Mile House', 'Twentynine Palms', 'Wien 1010',
    'Stockholm 111 22', 'Sankt Augustin', 'Castrop-Rauxel', 'Rio de Janeiro'])('%s stays a town', (cell) => {
    expect(screenCity(cell)).toEqual({ kind: 'clean' });
  });
});

describe('a postcode cell holding a street', () => {
  it.each([['12 rue de Rivoli', ''], ['Calle Mayor 5 2B', ''], ['PO Box 123', ''], ['10001 Apt 4B', '10001'], ['D02 XY45 12 Main St', 'D02 XY45'],
    ['02108 Apt 5 12 Main St', '02108'], ['12 rue de Rivoli 75001', '75001']])('%s keeps only %j', (cell, postcode) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'street', town: postcode });
  });
});

describe('dedupe of the tester\'s place cells', () => {
  it('prints the town, region and postcode only, never a street or a third person', async () => {
    const result = await placesAfterDedupe('name,email,city,region,postcode,country\n'
      + 'A A,a@x.example,Αθήνα,Ερμού 15,10563,GR\nB B,b@x.example,Oslo,Storgata 1,0155,NO\nC C,c@x.example,Amsterdam,Damrak 1,1012 LG,NL\n'
      + 'D D,d@x.example,"Москва, Тверская ул., 7",,125009,RU\nE E,e@x.example,London,c/o Jane Smith,SW1A 1AA,GB\n'
      + 'F F,f@x.example,Paris,,12 rue de Rivoli,FR\nG G,g@x.example,Kraków ul.Floriańska 3,,31-019,PL\nH H,h@x.example,Dublin 8,Leinster,,IE\n');
    expect(result.code).toBe(1);
    expect(result.places).toEqual([['Αθήνα', '', '10563'], ['Oslo', '', '0155'], ['Amsterdam', '', '1012 LG'], ['Москва', '', '125009'],
      ['London', '', 'SW1A 1AA'], ['Paris', '', ''], ['Kraków', '', '31-019'], ['Dublin 8', 'Leinster', '']]);
    expect(result.stderr).toMatch(/column "region": 4 region cells hold a street address .*\(rows 1, 2, 3, 5\)/);
    expect(result.stderr).toMatch(/2 city cells hold a street address .*\(rows 4, 7\)/);
    expect(result.stderr).toMatch(/column "postcode": 1 postcode cell holds a street address .*\(rows 6\)/);
  });
});
