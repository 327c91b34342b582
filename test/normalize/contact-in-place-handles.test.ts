// Handles, messenger labels and web addresses in a city or region cell, and streets in a postcode cell, were printed
// in the signature list (outside tester verifyO, F1 and F2): "skype: eva.s", "@eva", "fb.com/eva.s" as the city,
// "Storgata 5", "Gran Vía 1", "Teheran-ro 123" as the postcode. The contact part is never printed, a town before it
// is kept; a postcode cell keeps only what reads as a postcode, in any language and script.
import { describe, expect, it } from '@jest/globals';
import { screenCity, screenPostcode, screenRegion } from '../../src/normalize/contact-in-place.js';

describe('a city cell holding a handle, a messenger label or a web address', () => {
  it.each([
    'skype: eva.s', '@eva', 'eva.s on telegram', 'eva on telegram', 'fb.com/eva.s', 'facebook eva.sand', 'x.com/eva', 'https://t.me/eva',
    'eva@', '@eva_tg_handle', 't.me/evahandle', 'tg: eva_handle', 'telegram evahandle', 'LINE ID abc123', 'eva_sand99', 'Discord eva#1234',
    'wa.me/4791234567', 'instagram.com/eva', 'www.eva.no', '@Oslo', 'tg @eva', 'insta @ana.lopez', 'ana.lopez',
    // Other languages and scripts the name screens know.
    '텔레그램 @eva', 'カカオ kakao ID: fa6', 'WhatsApp: +47 912 34 567', 'вайбер ivan_88',
  ])('%s is contact data, and nothing of it is kept', (cell) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact' });
  });

  it.each([
    ['Oslo @eva', 'Oslo'], ['Oslo @eva_tg', 'Oslo'], ['Oslo, tg: @eva', 'Oslo'], ['Oslo (WhatsApp 912 34 567)', 'Oslo'],
    ['Oslo eva on telegram', 'Oslo'], ['Oslo sara@x.example', 'Oslo'], ['Oslo ana.lopez', 'Oslo'], ['서울 카톡 minji88', '서울'],
    ['Москва телеграм @ivan', 'Москва'], ['Bergen x.com/eva', 'Bergen'],
  ])('%s keeps the town %j before it', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact', town });
  });

  it('reads a region cell alike', () => {
    expect(screenRegion('@eva_region')).toEqual({ kind: 'contact' });
    expect(screenRegion('Oslo @evareg')).toEqual({ kind: 'contact', town: 'Oslo' });
    expect(screenRegion('skype: eva.s')).toEqual({ kind: 'contact' });
  });

  it.each(['St. Gallen', 'st.gallen', 'Line', 'Signal Hill', 'Line Creek', 'Signal Mountain', 'Telegraph Creek', 'Snapfinger', 'Oslo',
    'Washington D.C.', 'Frankfurt a.M.', 'Halle (Saale)', 'Saint-Jean-sur-Richelieu', 'Ste. Marie'])('%s stays a town', (cell) => {
    expect(screenCity(cell)).toEqual({ kind: 'clean' });
  });
});

describe('a postcode cell is printed only when what is left reads as a postcode', () => {
  it.each([
    'Storgata 5', 'Kirkeveien 12', 'Gran Vía 1', 'Teheran-ro 123', 'Nowy Świat 15', 'Karl Johans gate 1', 'Via 1', 'Wien 1010',
    // Siblings in other languages and scripts.
    'Národní 12', 'Atatürk Cd. 5', '테헤란로 123', '銀座1-2-3', 'Тверская 7', 'Ερμού 15', 'Damrak 1', 'Kungsgatan 44',
  ])('%s is a street: nothing of it is kept', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'street', town: '' });
  });

  it.each([['0150 Storgata 1', '0150'], ['1010 Wien', '1010'], ['B-1000 Bruxelles', 'B-1000']])('%s keeps only %j', (cell, postcode) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'street', town: postcode });
  });

  it.each(['SW1A 1AA', 'H3Z 2Y7', '100-0001', '〒100-0001', '06236', 'D02 X285', '75011', 'KY1-1104', 'VLT 1117', '02108-1234', '1234 AB',
    'D-10115', 'SE-111 22', '00-950', '111 22'])('%s is a postcode, printed as it is', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'clean' });
  });

  it.each(['@eva', 't.me/eva', 'skype: eva.s'])('%s in a postcode cell is contact data', (cell) => {
    expect(screenPostcode(cell)).toEqual({ kind: 'contact' });
  });
});
