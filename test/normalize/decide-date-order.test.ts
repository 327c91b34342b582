import { describe, expect, it } from '@jest/globals';
import { decideDateOrder } from '../../src/normalize/decide-date-order.js';
import { english } from '../../src/i18n/translator.js';

describe('decideDateOrder', () => {
  it.each([
    ['a day above 12 first proves day/month', ['03/04/2025', '25/12/2025', '01/02/2025'], 'DMY', false, '"25/12/2025"'],
    ['a day above 12 second proves month/day', ['3/4/2025 9:00:00', '12/25/2025 10:11:12'], 'MDY', false, '"12/25/2025 10:11:12"'],
    ['German dots with a day above 12', ['13.05.2025 14:30', '01.02.2025 09:00'], 'DMY', false, '"13.05.2025 14:30"'],
    ['ISO needs no decision', ['2025-12-10', '2025-12-10T09:00:00Z'], 'YMD', false, 'year first'],
    ['Korean needs no decision', ['2025. 12. 10.', '2025. 1. 3. 오후 3:04:05'], 'YMD', false, 'year first'],
    ['no samples', [], 'YMD', false, 'no dates'],
    ['unprovable dots read day first', ['01.02.2025', '03.04.2025'], 'DMY', true, 'DD.MM.YYYY'],
    ['unprovable unpadded with time read month first (Google Forms)', ['3/4/2025 9:05:00', '1/2/2025 10:00:00'], 'MDY', true, 'Google Forms'],
    ['unprovable padded slashes read day first', ['03/04/2025', '01/02/2025'], 'DMY', true, 'DD/MM/YYYY'],
    ['contradicting values: the majority wins, flagged', ['25/12/2025', '26/12/2025', '12/25/2025'], 'DMY', true, 'disagree'],
    // A date that is no date in either order proves nothing (an outside tester's 31/02 turned a Google Form's
    // 11/3/2025 into 11 March, and moved a signer of 11 December into the delivery of the 10th).
    ['an impossible date among Google Forms dates', ['11/3/2025 9:15:22', '11/4/2025 10:02:11', '31/02/2025', '12/11/2025 8:00:00'], 'MDY', true, 'Google Forms'],
    ['30 February and 31 November prove nothing', ['30/02/2025', '31/11/2025', '03/04/2025'], 'DMY', true, 'DD/MM/YYYY'],
    ['a real day above 12 still proves day first', ['13/02/2025', '11/3/2025'], 'DMY', false, '"13/02/2025"'],
  ])('%s', (_label, samples, order, ambiguous, evidence) => {
    const decision = decideDateOrder(samples);
    expect(decision.order).toBe(order);
    expect(decision.ambiguous).toBe(ambiguous);
    expect(english().say(decision.evidence)).toContain(evidence);
  });

  it('ignores empty and unreadable samples', () => {
    expect(decideDateOrder(['', 'soon', '   ', '14/02/2025']).order).toBe('DMY');
  });
});
