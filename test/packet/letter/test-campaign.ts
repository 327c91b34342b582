// Builds Campaign objects for letter tests: a valid base with one target and one delivery, changed per test.
import type { Campaign, Delivery, Target } from '../../../src/campaign/campaign-schema.js';

export function testCampaign(changes: { target?: Partial<Target>; delivery?: Partial<Delivery>; campaign?: Partial<Campaign> } = {}): Campaign {
  const target: Target = { id: 'official', preset: 'un-secretary-general', name: 'António Guterres', gender: 'male', ...changes.target };
  const delivery: Delivery = {
    id: 'first', target: 'official', date: '2013-12-10', place: 'New York', places: { ko: '뉴욕', zh: '纽约' }, occasion: 'Human Rights Day', privacy: 'recipient',
    ...changes.delivery,
  };
  return {
    file: 'campaign.yaml',
    petition: {
      title: { en: 'Stop the forced return of North Korean refugees', ko: '탈북 난민 강제북송을 중단하십시오', es: 'Detengan la devolución forzosa', zh: '停止强制遣返朝鲜难民' },
      text: { en: 'Text', ko: '본문', es: 'Texto' },
      languages: ['en', 'ko', 'es'],
    },
    organizer: {
      name: 'Ana Kim', organization: 'Example Coalition', address: ['1 Example Road', 'Seoul'], contact: 'info@example.org', signatory: 'Ana Kim', role: 'Coordinator',
      roles: { ko: '코디네이터', zh: '协调人', es: 'Coordinadora' },
    },
    sources: [{ path: '/tmp/a.csv', pathAsWritten: 'a.csv' }],
    targets: [target],
    deliveries: [delivery],
    ...changes.campaign,
  };
}

export const FACTS = { signers: 191329, countries: 42, firstSigned: '2013-03-01', lastSigned: '2013-11-30' };
