import { describe, expect, it } from '@jest/globals';
import { createCityMemo } from '../../src/normalize/city-memo.js';
import { splitCity } from '../../src/normalize/split-city.js';

describe('splitCity', () => {
  it.each([
    // city cell, region cell, postcode cell, country → city, region, postcode
    ['Woodstock IL 60098', '', '', 'US', 'Woodstock', 'IL', '60098'],
    ['Woodstock, IL 60098', '', '', 'US', 'Woodstock', 'IL', '60098'],
    ['Woodstock, IL, 60098-1234', '', '', 'US', 'Woodstock', 'IL', '60098-1234'],
    ['Woodstock IL 60098', '', '', 'unknown', 'Woodstock', 'IL', '60098'],
    ['New York NY 10001', 'New York', '10001', 'US', 'New York', 'New York', '10001'],
    ['Kansas City MO', '', '', 'US', 'Kansas City', 'MO', ''],
    ['Woodstock 60098', '', '', 'US', 'Woodstock', '', '60098'],
    ['75001 Paris', '', '', 'FR', 'Paris', '', '75001'],
    ['10115 Berlin', '', '10117', 'DE', 'Berlin', '', '10117'],
    ['São Paulo', '', '', 'BR', 'São Paulo', '', ''],
    ['New York', 'NY', '', 'US', 'New York', 'NY', ''],
  ])('%j (%j, %j, %s) → %j, %j, %j', (city, region, postcode, country, outCity, outRegion, outPostcode) => {
    expect(splitCity(city, region, postcode, country)).toEqual({ city: outCity, region: outRegion, postcode: outPostcode });
  });

  it.each([
    ['Hamburg DE', 'unknown'], // DE may be Germany, not Delaware
    ['Woodstock XX 60098', 'unknown'], // XX is no state
    ['Seoul 04524', 'KR'],
    ['District 9', 'ZA'],
    ['Berlin', 'DE'],
  ])('leaves %j (%s) alone', (city, country) => {
    expect(splitCity(city, '', '', country)).toEqual({ city, region: '', postcode: '' });
  });
});

describe('createCityMemo', () => {
  it('reads a cell once per country and gives the same answer from memory', () => {
    const readCity = createCityMemo(2);
    const us = { city: 'Woodstock', cityKey: 'woodstock', region: '', postcode: '60098' };
    expect(readCity('Woodstock 60098', 'US')).toEqual(us);
    expect(readCity(' Woodstock 60098', 'FR')).toEqual({ city: 'Woodstock 60098', cityKey: 'woodstock', region: '', postcode: '' });
    expect(readCity('São Paulo', 'BR')).toEqual({ city: 'São Paulo', cityKey: 'sao paulo', region: '', postcode: '' });
    expect(readCity('Woodstock 60098', 'US')).toEqual(us);
    expect(readCity(undefined, 'US')).toEqual({ city: '', cityKey: '', region: '', postcode: '' });
  });
});
