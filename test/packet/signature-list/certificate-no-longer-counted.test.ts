// A follow-up's count-only certificate says what its letters say of signers the earlier delivery counted and the tally
// no longer counts (a signature withdrawn, or decided on review to be the same person as another signer).
import { describe, expect, it } from '@jest/globals';
import { certificateFactsFromCounts, certificatePages } from '../../../src/packet/signature-list/certificate-layout.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import { fakeMeasure } from '../pages/fake-measure.js';

function certificateText(noLongerCounted: number | undefined, language = 'en'): string {
  const facts = certificateFactsFromCounts({ total: 14, anonymous: 0, first: Date.parse('2026-07-01T12:00:00Z'), last: Date.parse('2026-11-30T12:00:00Z'), countries: new Map([['KR', 9], ['DE', 5]]) });
  const pages = certificatePages(facts, {
    title: 'T', target: 'O', fingerprint: 'abc', packetFingerprint: '5AFA-EC99-E77B-F783', creationDate: new Date(Date.UTC(2027, 5, 20)),
    language, timezone: 'Asia/Seoul', previousSigners: 35, previousDate: '2026-06-20',
    ...(noLongerCounted === undefined ? {} : { previousNoLongerCounted: noLongerCounted }),
  }, geometryFor('A4', 'portrait'), fakeMeasure);
  return pages.flatMap((page) => page.texts.map((text) => text.text)).join(' ').replace(/\s+/g, ' ');
}

describe('a follow-up certificate and signers no longer counted', () => {
  it('says how many of the earlier delivery\'s signers are no longer counted, and why, in the letters\' terms', () => {
    expect(certificateText(2)).toContain('Of the people counted in the delivery of 20 June 2026, 2 are no longer counted: their signatures were withdrawn, or found on review to be the same people as other signers.');
    expect(certificateText(1)).toContain('One person counted in the delivery of 20 June 2026 is no longer counted');
    expect(certificateText(2, 'ko')).toContain('2026년 6월 20일 전달 때 집계된 서명자 중 2명은 더 이상 집계되지 않습니다.');
    expect(certificateText(1, 'es')).toContain('Una persona contada en la entrega del 20 de junio de 2026 ya no se cuenta');
    expect(certificateText(3, 'es')).toContain('De las personas contadas en la entrega del 20 de junio de 2026, 3 ya no se cuentan');
  });

  it('says nothing of it when every earlier signer is still counted', () => {
    expect(certificateText(0)).not.toContain('no longer counted');
    expect(certificateText(undefined)).not.toContain('no longer counted');
  });
});
