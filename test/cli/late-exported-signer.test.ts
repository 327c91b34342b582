// A follow-up's letter says its further signers "signed since our delivery" only when they did. A row an earlier
// export lacked (a Google Form re-downloaded later, a platform's late sync) can carry a date before that delivery: the
// letter then said "3 people have signed since our delivery of 10 December 2025" over a list whose first entry signed
// on 20 November (outside tester C, F7). Such a follow-up now says they were "not included in" that delivery, in every
// letter language, the covering letter and the press release.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { followUpCampaign } from '../helpers/tiny-campaign.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const campaign = (languages: string) => `petition:
  languages: [${languages}]
  title: { en: Stop the forced return of North Korean refugees, ko: 탈북민 강제북송을 중단하라, es: Detengan la repatriación forzosa de refugiados norcoreanos }
  text: { en: We call on China to stop returning North Koreans against their will., ko: 중국은 탈북민 강제북송을 중단하라., es: Pedimos a China que deje de devolver a los norcoreanos contra su voluntad. }
organizer: { name: Min-ji Park, organization: Safe Passage Coalition, address: [1200 Example Avenue NW], contact: petition@example.org, signatory: Min-ji Park }
sources:
  - path: form.csv
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, names: { ko: 안토니우 구테흐스, es: António Guterres }, gender: male }
deliveries:
  - { id: first, target: un, date: 2025-12-10, place: New York, places: { ko: 뉴욕, es: Nueva York }, privacy: recipient }
  - { id: second, target: un, date: 2026-06-20, place: New York, places: { ko: 뉴욕, es: Nueva York }, privacy: recipient, since: first }
`;
const FORM = ['name,email,country,date', 'Anna Kowalska,anna@example.pl,PL,2025-11-03', 'Jan Nowak,jan@example.pl,PL,2025-11-04'];

async function followUp(languages: string, late: string[], withPress = false): Promise<{ letter: string; release: string; code: number }> {
  const root = tempDir();
  const file = join(root, 'campaign.yaml');
  writeFileSync(file, campaign(languages));
  writeFileSync(join(root, 'form.csv'), FORM.join('\n') + '\n');
  const first = await runMain(['packet', '--campaign', file, '--delivery', 'first', '-o', join(root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  appendFileSync(join(root, 'form.csv'), late.join('\n') + '\n');
  const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', join(root, 'second')], { now: new Date('2026-06-19T12:00:00Z') });
  const letter = (await readPdfText(readFileSync(join(root, 'second', 'letter.pdf')))).text.replace(/\s+/g, ' ');
  if (!withPress) return { letter, release: '', code: second.code };
  const press = await runMain(['press', '--campaign', file, '--delivery', 'second', '-o', join(root, 'press')], { now: new Date('2026-06-19T12:00:00Z') });
  expect(press.code).toBeLessThan(2);
  const release = readFileSync(join(root, 'press', `press-release-${languages}.txt`), 'utf8').replace(/\s+/g, ' ');
  return { letter, release, code: second.code };
}

describe('a follow-up whose further signers include one who signed before the earlier delivery', () => {
  it('says they were not included in that delivery, not that they signed since it', async () => {
    const { letter, release } = await followUp('en', ['Late Exported,late@example.no,NO,2025-11-20', 'Kari Nordmann,kari@example.no,NO,2026-02-01'], true);
    expect(letter).toContain('A further 2 people, not included in our delivery of 10 December 2025, have signed');
    expect(letter).not.toContain('signed since our delivery');
    expect(release).toContain('A further 2 people, not included in the delivery of 10 December 2025, have signed');
  });

  it('says so in Korean and Spanish letters too', async () => {
    const korean = await followUp('ko', ['Late Exported,late@example.no,NO,2025-11-20']);
    expect(korean.letter).toContain('전달에 포함되지 않은 1명의 서명이 추가되어');
    expect(korean.letter).not.toContain('전달 이후 1명이 추가로 서명하여');
    const spanish = await followUp('es', ['Late Exported,late@example.no,NO,2025-11-20']);
    expect(spanish.letter).toContain('Ha firmado una persona más que no figuraba en nuestra entrega del 10 de diciembre de 2025');
  });

  it('says it too when a further signer has no date at all (outside tester E, F5)', async () => {
    const { letter } = await followUp('en', ['Undated Person,undated@example.no,NO,', 'Kari Nordmann,kari@example.no,NO,2026-02-01']);
    expect(letter).toContain('A further 2 people, not included in our delivery of 10 December 2025, have signed');
  });

  it('still says "signed since" when every further signer signed after the delivery', async () => {
    const { letter, release } = await followUp('en', ['Kari Nordmann,kari@example.no,NO,2026-02-01'], true);
    expect(letter).toContain('One more person has signed since our delivery of 10 December 2025');
    expect(release).toContain('One more person has signed since the delivery of 10 December 2025');
  });
});

// The count-only packet's certificate tells the letter's story: the packet decides once whether every further signer
// signed after the earlier delivery, and both say it.
async function countOnlyFollowUp(late: string[]): Promise<{ letter: string; certificate: string }> {
  const { root, campaign } = followUpCampaign({ 'form.csv': FORM.join('\n') + '\n' }, 'count-only');
  const first = await runMain(['packet', '--campaign', campaign, '--delivery', 'first', '-o', join(root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
  expect(first.code).toBe(0);
  appendFileSync(join(root, 'form.csv'), late.join('\n') + '\n');
  const second = await runMain(['packet', '--campaign', campaign, '--delivery', 'second', '-o', join(root, 'second')], { now: new Date('2026-06-19T12:00:00Z') });
  expect(second.code).toBeLessThan(2);
  const text = async (file: string) => (await readPdfText(readFileSync(join(root, 'second', file)))).text.replace(/\s+/g, ' ');
  return { letter: await text('letter.pdf'), certificate: await text('signatures.pdf') };
}

describe('a count-only follow-up certificate', () => {
  it('says the further signers were not included in that delivery when one has no date, as the letter does', async () => {
    const { letter, certificate } = await countOnlyFollowUp(['Undated Person,undated@example.no,NO,', 'Kari Nordmann,kari@example.no,NO,2026-02-01']);
    expect(letter).toContain('A further 2 people, not included in our delivery of 10 December 2025, have signed');
    expect(certificate).toContain('A further 2 people, not included in the delivery of 10 December 2025, are counted here');
    expect(certificate).not.toContain('signed since');
  });

  it('says they signed since it when every further signer did', async () => {
    const { letter, certificate } = await countOnlyFollowUp(['Kari Nordmann,kari@example.no,NO,2026-02-01']);
    expect(letter).toContain('One more person has signed since our delivery of 10 December 2025');
    expect(certificate).toContain('signed since the delivery of 10 December 2025');
    expect(certificate).not.toContain('not included in');
  });
});
