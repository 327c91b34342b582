import { describe, expect, it } from '@jest/globals';
import { canonicalEmail } from '../../src/normalize/canonical-email.js';

describe('canonicalEmail', () => {
  it.each([
    ['trimmed and lower-cased', '  Anna.Kim@Example.ORG ', 'anna.kim@example.org', 'anna.kim@example.org'],
    ['dots count outside Gmail', 'anna.kim@example.org', 'anna.kim@example.org', 'anna.kim@example.org'],
    ['+tag counts outside Gmail', 'anna+petition@example.org', 'anna+petition@example.org', 'anna+petition@example.org'],
    ['Gmail dots removed', 'Anna.Kim@gmail.com', 'anna.kim@gmail.com', 'annakim@gmail.com'],
    ['Gmail +tag removed', 'annakim+petition@gmail.com', 'annakim+petition@gmail.com', 'annakim@gmail.com'],
    ['Gmail dots and +tag removed', 'a.n.n.a.kim+x.y@gmail.com', 'a.n.n.a.kim+x.y@gmail.com', 'annakim@gmail.com'],
    ['googlemail.com is gmail.com', 'Anna.Kim@GoogleMail.com', 'anna.kim@googlemail.com', 'annakim@gmail.com'],
    ['full-width characters folded', 'ａｎｎａ＠ｇｍａｉｌ．ｃｏｍ', 'anna@gmail.com', 'anna@gmail.com'],
    ['invisible characters removed', 'anna\u200B@example.org', 'anna@example.org', 'anna@example.org'],
    ['mailto: prefix dropped', 'mailto:anna@example.org', 'anna@example.org', 'anna@example.org'],
    ['MAILTO: in capitals dropped', 'MAILTO:Anna@Example.org', 'anna@example.org', 'anna@example.org'],
    ['a mail client\'s display name dropped', 'Person5 A <p5@ex.example>', 'p5@ex.example', 'p5@ex.example'],
    ['a quoted display name dropped', '"Kim, Anna" <Anna.Kim@gmail.com>', 'anna.kim@gmail.com', 'annakim@gmail.com'],
    ['the address alone in angle brackets', '<anna@example.org>', 'anna@example.org', 'anna@example.org'],
    ['mailto: inside the brackets', 'Anna <mailto:anna@example.org>', 'anna@example.org', 'anna@example.org'],
    // The key holds the domain in punycode, so kim@한국.kr and kim@xn--3e0b707e.kr are one mailbox.
    ['international domain', 'kim@한국.kr', 'kim@한국.kr', 'kim@xn--3e0b707e.kr'],
    ['punycode domain', 'kim@xn--3e0b707e.xn--3e0b707e', 'kim@xn--3e0b707e.xn--3e0b707e', 'kim@xn--3e0b707e.xn--3e0b707e'],
  ])('%s', (_label, input, email, key) => {
    expect(canonicalEmail(input)).toEqual({ email, key, valid: true });
  });

  it('makes two spellings of one Gmail mailbox equal and keeps other mailboxes apart', () => {
    expect(canonicalEmail('John.Smith+petition@googlemail.com').key).toBe(canonicalEmail('johnsmith@gmail.com').key);
    expect(canonicalEmail('john.smith@example.org').key).not.toBe(canonicalEmail('johnsmith@example.org').key);
  });

  it('matches an international domain with its punycode spelling', () => {
    expect(canonicalEmail('user@bücher.de').key).toBe(canonicalEmail('user@xn--bcher-kva.de').key);
  });

  it.each([
    'not-an-email', 'anna@', '@example.org', 'anna@example', 'anna kim@example.org', 'anna@@example.org',
    'anna..kim@example.org', '.anna@example.org', 'anna.@example.org', 'anna@-example.org', 'anna@example.c',
    'Anna Kim <anna kim@example.org>', 'Anna <not-an-email>', '+@gmail.com', `${'a'.repeat(65)}@example.org`,
  ])('%s is invalid: kept as written, kept out of matching', (input) => {
    const result = canonicalEmail(input);
    expect(result.valid).toBe(false);
    expect(result.key).toBe('');
    expect(result.email).toBe(input.trim().toLowerCase());
  });

  it.each([[''], ['   '], [undefined]])('%j is no email, which is not invalid', (input) => {
    expect(canonicalEmail(input)).toEqual({ email: '', key: '', valid: true });
  });
});
