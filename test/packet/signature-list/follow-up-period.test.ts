// A follow-up certificate's statement and its period tell one story: when some further signers signed before the
// earlier delivery (a paper sheet typed up late), it does not say they "have signed since" it. Whether they did is
// decided once, for the letters and the certificate alike (build-packet: ListOptions.furtherSignedBefore); the
// packets that show it are in test/cli/late-exported-signer.test.ts.
import { describe, expect, it } from '@jest/globals';
import { certificateFactsFromCounts, certificatePages } from '../../../src/packet/signature-list/certificate-layout.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import { fakeMeasure } from '../pages/fake-measure.js';

function certificateText(first: string, furtherSignedBefore: boolean, language = 'en'): string {
  const facts = certificateFactsFromCounts({ total: 3, anonymous: 0, first: Date.parse(first), last: Date.parse('2026-11-30T12:00:00Z'), countries: new Map([['KR', 3]]) });
  const pages = certificatePages(facts, {
    title: 'T', target: 'O', fingerprint: 'abc', packetFingerprint: '5AFA-EC99-E77B-F783', creationDate: new Date(Date.UTC(2027, 5, 20)),
    language, timezone: 'Asia/Seoul', previousSigners: 37, previousDate: '2026-06-20', furtherSignedBefore,
  }, geometryFor('A4', 'portrait'), fakeMeasure);
  return pages.flatMap((page) => page.texts.map((text) => text.text)).join(' ').replace(/\s+/g, ' ');
}

describe('follow-up certificate', () => {
  it('says "have signed since" when every further signer signed after the earlier delivery', () => {
    expect(certificateText('2026-07-01T12:00:00Z', false)).toContain('have signed since the delivery of 20 June 2026');
  });

  it('says the further signers were not included in the earlier delivery when one signed before it', () => {
    const text = certificateText('2026-05-01T12:00:00Z', true);
    expect(text).not.toContain('signed since');
    expect(text).toContain('not included in the delivery of 20 June 2026');
    expect(text).toContain('between 1 May 2026 and 30 November 2026');
    expect(certificateText('2026-05-01T12:00:00Z', true, 'ko')).not.toContain('이후 3명이 추가로 서명');
  });
});
