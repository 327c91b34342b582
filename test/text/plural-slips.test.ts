// English plurals by rule, not by hand: no "page(s)" and no "${n} pages" that prints "1 pages".
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { counted, pluralForm } from '../../src/text/counted.js';
import { translator } from '../../src/i18n/translator.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const NOUNS = 'rows|signers|files|dates|lines|pairs|pages|bytes|fields|countries|people|exports|values|signatures|records|columns|errors|warnings|decisions|days|rules|volumes|seconds|entries|differences|items|targets|deliveries';
/** A number spliced in before a plural noun, in a template literal: "1 pages" once the number is 1. */
const SPLICED = new RegExp(`\\$\\{[^}]+\\}\\)? (${NOUNS})\\b`);
/** "page(s)" inside a string. */
const HAND_PLURAL = /[a-z]\((s|es)\)/;
const STRINGS = /'[^']*'|"[^"]*"|`[^`]*`/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory()
    ? sources(join(dir, entry.name))
    : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

describe('English plurals', () => {
  it('say "1 page" and "2 pages"', () => {
    expect(counted(1, 'page')).toBe('1 page');
    expect(counted(2, 'page')).toBe('2 pages');
    expect(counted(1204, 'entry', 'entries')).toBe('1,204 entries');
    expect(pluralForm({ one: 'is', other: 'are' }, 1)).toBe('is');
  });

  it('are never made by hand in the source', () => {
    const slips = sources(SRC).flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line, i) => ({ file, line: i + 1, text: line }))
      .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text) && (SPLICED.test(text) || HAND_PLURAL.test((text.match(STRINGS) ?? []).join(' ')))))
      .map(({ file, line, text }) => `${file.slice(SRC.length)}:${line}: ${text.trim()}`);
    expect(slips).toEqual([]);
  });

  it('in the message catalog come from its ICU plural rules, never from a number spliced before a noun', () => {
    const english = JSON.parse(readFileSync(fileURLToPath(new URL('../../locales/en.json', import.meta.url)), 'utf8')) as Record<string, string>;
    /** "{count} rows", "{pages, number} pages" outside a plural: "1 rows" once the number is 1. */
    const spliced = new RegExp(`\\{[a-zA-Z]+(, number)?\\} (${NOUNS})\\b`);
    expect(spliced.test('{count, number} rows')).toBe(true);
    expect(Object.entries(english).filter(([, message]) => spliced.test(message)).map(([key]) => key)).toEqual([]);
    expect(translator('en').t('dedupe.wrote', { unique: 1, file: 'm.csv' })).toBe('Wrote 1 unique signer to m.csv');
    expect(translator('en').t('init.preamble', { count: 2 })).toBe('2 lines before the header');
  });
});

describe('Spanish plurals', () => {
  const spanish = JSON.parse(readFileSync(fileURLToPath(new URL('../../locales/es.json', import.meta.url)), 'utf8')) as Record<string, string>;

  it('in the message catalog agree with the number by the ICU plural rule: no "1 firmaron", "1 nuevos" (adv-s9 N5)', () => {
    /** A number outside a plural before a plural verb or noun: "{count, number} firmaron" says "1 firmaron". */
    const spliced = /\{[a-zA-Z]+, number\} (?!más\b)\p{L}*(aron|ieron|os|as|es)\b/u;
    // The subject of "pasaron" is the pairs, not the threshold before it.
    const subjectElsewhere = new Set(['weights.thresholds']);
    expect(Object.entries(spanish).filter(([key, message]) => spliced.test(message) && !subjectElsewhere.has(key)).map(([key]) => key)).toEqual([]);
  });

  it('are never made by hand in the catalog: no "anónima(s)" (verifyH F5)', () => {
    expect(Object.entries(spanish).filter(([, message]) => /\p{L}\((s|es|as|os)\)/u.test(message)).map(([key]) => key)).toEqual([]);
  });

  it('say one signer after a delivery date in the singular', () => {
    const es = translator('es');
    expect(es.t('status.signed-after', { count: 1, date: '2026-06-20' })).toBe('1 firmó después del 2026-06-20, no contado para esta entrega');
    expect(es.t('status.signed-after', { count: 2, date: '2026-06-20' })).toBe('2 firmaron después del 2026-06-20, no contados para esta entrega');
    expect(es.t('status.follows-no-longer', { before: 35, gone: 1, newSigners: '1', newCount: 1, all: 35 })).toBe('35 entregados entonces, 1 ya no contado, 1 nuevo en esta entrega, 35 en total');
    expect(translator('en').t('status.follows', { before: 35, newSigners: '2', newCount: 2, all: 37 })).toBe('35 delivered then, 2 new to this delivery, 37 in all');
  });
});
