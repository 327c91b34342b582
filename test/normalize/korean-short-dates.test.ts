import { describe, expect, it } from '@jest/globals';
import { createDateParser } from '../../src/normalize/date-parser.js';
import { decideDateOrder } from '../../src/normalize/decide-date-order.js';
import { createTzClock } from '../../src/normalize/tz-clock.js';

const day = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe('Korean short dates (yy.mm.dd)', () => {
  it('reads 25.11.03 as 3 November 2025 in a column whose other dates are year-first', () => {
    const column = ['2025.11.01', '2025.11.02', '25.11.03', '25.11.04', '25. 11. 5.'];
    const decision = decideDateOrder(column);
    expect(decision.order).toBe('YMD');
    expect(decision.ambiguous).toBe(false);
    const parser = createDateParser({ order: decision.order, clock: createTzClock('UTC') });
    expect(column.map((text) => day(parser.parse(text)))).toEqual(['2025-11-01', '2025-11-02', '2025-11-03', '2025-11-04', '2025-11-05']);
  });

  it('reads Korean Excel\'s own short form "25. 11. 5." as year first', () => {
    const parser = createDateParser({ order: decideDateOrder(['25. 11. 5.']).order, clock: createTzClock('UTC') });
    expect(day(parser.parse('25. 11. 5.'))).toBe('2025-11-05');
  });

  it('still reads German dd.mm.yy day first when no value in the column is year-first', () => {
    const column = ['25.11.03', '01.12.03'];
    const decision = decideDateOrder(column);
    expect(decision.order).toBe('DMY');
    const parser = createDateParser({ order: decision.order, clock: createTzClock('UTC') });
    expect(column.map((text) => day(parser.parse(text)))).toEqual(['2003-11-25', '2003-12-01']);
  });
});
