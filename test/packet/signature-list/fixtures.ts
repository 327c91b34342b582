// Signer rows for the signature-list tests: every script the list must print, and plain generated rows.
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1);

export const EVERY_SCRIPT: ListEntry[] = [
  ['김정은', 'Seoul', 'KR'],
  ['张伟国', '北京', 'CN'],
  ['張偉國', '臺北', 'TW'],
  ['山田たろう', '東京', 'JP'],
  ['Иван Петров', 'Москва', 'RU'],
  ['Γιώργος Παπαδόπουλος', 'Αθήνα', 'GR'],
  ['José María Ordóñez', 'Sevilla', 'ES'],
  // Decomposed accents, as some exports write them.
  ['Zoe\u0308 Mu\u0308ller', 'Mu\u0308nchen', 'DE'],
  ['محمد علي', 'القاهرة', 'EG'],
  ['דוד כהן', 'חיפה', 'IL'],
].map(([name, city, country], i) => ({ name, city, region: '', postcode: '', country, signedAt: START + i * DAY, anonymous: false }));

export function generated(count: number, extra?: Partial<ListEntry>): ListEntry[] {
  const out: ListEntry[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      name: `Signer ${i + 1}`, city: `City ${i % 7}`, region: `Region ${i % 3}`, postcode: `${10000 + i}`,
      country: ['KR', 'DE', 'US'][i % 3], signedAt: START + i * 60_000, anonymous: false, ...extra,
    });
  }
  return out;
}

export function listOptions(entries: readonly ListEntry[], overrides: Partial<ListOptions> = {}): ListOptions {
  return {
    title: 'Stop the forced repatriation of North Korean refugees',
    target: 'H.E. the Ambassador of the People’s Republic of China',
    profile: 'public', anonymous: 'show', paper: 'A4', orientation: 'portrait', order: 'time',
    creationDate: new Date(Date.UTC(2026, 11, 10)), fingerprint: '3f9a1c2e7b', totalSigners: entries.length,
    compress: false, ...overrides,
  };
}
