// Every catalog message with a count agrees with it in Spanish: "1 rechazada", "1 decidido", never "1 rechazadas".
import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/i18n/catalog.js';
import { translator } from '../../src/i18n/translator.js';

/** Placeholder names and what to give them: 1 for counts, a day for dates, a word for the rest. */
function valuesFor(source: string, count: number): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [, name, type] of source.matchAll(/\{(\w+)(?:, (\w+))?/g)) {
    if (name in values && values[name] !== 'X') continue;
    values[name] = type === 'number' || type === 'plural' ? count : type === 'date' || type === 'time' ? new Date(Date.UTC(2026, 11, 10)) : 'X';
  }
  return values;
}

/** Spanish words that end like a plural but are not one ("más", "mes"), or are plural whatever the count. */
const NOT_PLURAL = new Set(['más', 'veces', 'bits', 'pares']);

describe('the Spanish catalog says one as one', () => {
  const english = loadCatalog('en');
  const spanish = loadCatalog('es');
  const words = translator('es');
  const counted = Object.keys(spanish).filter((key) => /\{\w+, (number|plural)/.test(english[key]));

  it('has counted messages to check', () => expect(counted.length).toBeGreaterThan(20));

  it('puts no plural word right after the number 1', () => {
    const wrong = new Set<string>();
    for (const key of counted) {
      const text = words.t(key, valuesFor(spanish[key] + english[key], 1));
      for (const [, word] of text.matchAll(/(?<![\d.,])\b1 (?:de )?(\p{L}+)/gu)) {
        if (/(os|as|es)$/.test(word) && !NOT_PLURAL.has(word)) wrong.add(`${key}: ${text}`);
      }
      if (/\b(el|la) 1 /.test(text)) wrong.add(`${key}: ${text}`);
    }
    expect([...wrong]).toEqual([]);
  });

  it('says status, review and count with one of each as a Spanish speaker would', () => {
    expect(words.t('status.unique-detail', { rows: 1, rejected: 1, duplicates: 1 })).toBe('1 fila leída, 1 rechazada, 1 duplicado');
    expect(words.t('review.summary', { decided: 1, same: 1, different: 0, open: 1 })).toBe('1 decidido (1 igual, 0 distintos), 1 pendiente');
    expect(words.t('counts.range', { low: 3, high: 4, pairs: 1 })).toBe('entre 3 y 4 hasta que se decida el par por revisar');
  });
});
