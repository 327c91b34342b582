import { describe, expect, it } from '@jest/globals';
import { privacyNotice, SHEET_LABELS } from '../../src/sheets/sheet-labels.js';

const names = { target: 'the Secretary-General', organizer: 'Safe Passage', contact: 'info@example.org', url: '' };

describe('the privacy notice on a printed sheet', () => {
  it('names only the columns the sheet collects (--columns)', () => {
    const nameOnly = privacyNotice(SHEET_LABELS.en, ['name'], 'en', names);
    expect(nameOnly).toContain('We collect your name, only to deliver this petition.');
    expect(nameOnly).not.toMatch(/country|city|email/);
    const nameCity = privacyNotice(SHEET_LABELS.en, ['name', 'city'], 'en', names);
    expect(nameCity).toContain('We collect your name and city, only');
    expect(nameCity).not.toMatch(/country|email/);
    const all = privacyNotice(SHEET_LABELS.en, ['name', 'city', 'country', 'email'], 'en', names);
    expect(all).toContain('name, city, country, and email (if you give it)');
    expect(all).toContain('your email is never printed in it');
  });

  it('does the same in Korean and Spanish', () => {
    const ko = privacyNotice(SHEET_LABELS.ko, ['name', 'city'], 'ko', names);
    expect(ko).toContain('이름');
    expect(ko).toContain('도시');
    expect(ko).not.toMatch(/국가|이메일/);
    const es = privacyNotice(SHEET_LABELS.es, ['name'], 'es', names);
    expect(es).toContain('Recogemos su nombre solo para entregar esta petición.');
    expect(es).not.toMatch(/ciudad|país|correo/);
    expect(privacyNotice(SHEET_LABELS.es, ['name', 'email'], 'es', names)).toContain('su correo nunca se imprime');
  });
});
