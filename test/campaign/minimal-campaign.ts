// A small valid campaign.yaml for tests, built line by line so a test can change one line and know its number.

export const MINIMAL_CAMPAIGN_LINES = [
  'petition:',                                   // 1
  '  title: { en: Free them, ko: 자유를, es: Libertad }', // 2
  '  text: { en: Text, ko: 본문, es: Texto }',    // 3
  'organizer:',                                  // 4
  '  name: Ana Kim',                             // 5
  '  organization: Example Coalition',           // 6
  '  address: [1 Example Road, Seoul]',          // 7
  '  contact: info@example.org',                 // 8
  '  signatory: Ana Kim',                        // 9
  'sources:',                                    // 10
  '  - path: ../exports/a.csv',                  // 11
  '    country: KR',                             // 12
  'targets:',                                    // 13
  '  - id: un-sg',                               // 14
  '    preset: un-secretary-general',            // 15
  '    name: António Guterres',                  // 16
  '    gender: male',                            // 17
  'deliveries:',                                 // 18
  '  - id: first',                               // 19
  '    target: un-sg',                           // 20
  '    date: 2013-12-10',                        // 21
  '    place: New York',                         // 22
  '    occasion: Human Rights Day',              // 23
  '    privacy: recipient',                      // 24
];

export function minimalCampaign(edit: (lines: string[]) => void = () => undefined): string {
  const lines = [...MINIMAL_CAMPAIGN_LINES];
  edit(lines);
  return lines.join('\n') + '\n';
}
