// The organizer's language: --lang, then PETITION_LANG, then the locale, then English; and how it reads.
import { describe, expect, it } from '@jest/globals';
import { chooseLanguage, langFlag } from '../../src/i18n/language.js';
import { translator } from '../../src/i18n/translator.js';
import { UserError } from '../../src/errors.js';
import { msg } from '../../src/i18n/message.js';

describe('the language of messages', () => {
  it('is --lang first, then PETITION_LANG, then LC_ALL, LC_MESSAGES, LANG, then English', () => {
    expect(chooseLanguage('es', { PETITION_LANG: 'ko', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(chooseLanguage(undefined, { PETITION_LANG: 'ko', LC_ALL: 'es_ES.UTF-8' })).toBe('ko');
    expect(chooseLanguage(undefined, { LC_ALL: 'es_MX.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('es');
    expect(chooseLanguage(undefined, { LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'es_ES' })).toBe('ko');
    expect(chooseLanguage(undefined, { LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(chooseLanguage(undefined, {})).toBe('en');
  });

  it('follows POSIX: the first locale variable that is set decides, so LC_ALL=C is English whatever LANG says', () => {
    expect(chooseLanguage(undefined, { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(chooseLanguage(undefined, { LC_ALL: '', LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(chooseLanguage(undefined, { PETITION_LANG: 'fr', LANG: 'es_ES.UTF-8' })).toBe('es');
  });

  it('reads --lang before commander, in both spellings, and not after --', () => {
    expect(langFlag(['count', '--lang', 'ko', 'a.csv'])).toBe('ko');
    expect(langFlag(['--lang=es', 'status'])).toBe('es');
    expect(langFlag(['count', '--', '--lang', 'ko'])).toBeUndefined();
  });

  it('makes plurals, numbers and dates by the rules of each language', () => {
    expect(translator('en').t('packet.pages', { pages: 1 })).toBe('1 page');
    expect(translator('en').t('packet.pages', { pages: 1204 })).toBe('1,204 pages');
    expect(translator('es').t('packet.pages', { pages: 1 })).toBe('1 página');
    expect(translator('es').t('packet.pages', { pages: 12345 })).toBe('12.345 páginas');
    expect(translator('ko').t('packet.pages', { pages: 12345 })).toBe('12,345쪽');
    const today = new Date('2026-12-10T00:00:00Z');
    expect(translator('ko').t('status.today', { today, timezone: 'Asia/Seoul' })).toBe('오늘은 2026년 12월 10일입니다(Asia/Seoul)');
    expect(translator('es').t('status.today', { today, timezone: 'UTC' })).toBe('hoy es 10 de diciembre de 2026 (UTC)');
  });

  it('describes a user error in the language asked for, and keeps its English as the message', () => {
    const error = new UserError(msg('packet.no-such-delivery', { id: 'un', deliveries: 'a, b' }), { file: 'campaign.yaml', line: 3 });
    expect(error.message).toBe('no delivery has the id "un"; deliveries: a, b');
    expect(error.describe()).toBe('campaign.yaml, line 3: no delivery has the id "un"; deliveries: a, b');
    expect(error.describe(translator('ko'))).toBe('campaign.yaml, 3번째 줄: ID가 "un"인 전달이 없습니다. 있는 전달: a, b');
    expect(error.describe(translator('es'))).toBe('campaign.yaml, línea 3: ninguna entrega tiene el identificador «un»; entregas: a, b');
  });
});
