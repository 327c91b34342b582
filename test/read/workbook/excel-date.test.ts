import { describe, expect, it } from '@jest/globals';
import { excelSerialToText, serialOfExceljsDate } from '../../../src/read/workbook/excel-date.js';

describe('Excel day numbers', () => {
  it('reads the 1900 system as Excel shows it, 29 February 1900 included', () => {
    expect(excelSerialToText(1, false)).toBe('1900-01-01');
    expect(excelSerialToText(59, false)).toBe('1900-02-28');
    // Excel's inherited leap-year bug: day 60 is a date that never was, and it is not silently moved.
    expect(excelSerialToText(60, false)).toBe('1900-02-29');
    expect(excelSerialToText(61, false)).toBe('1900-03-01');
    expect(excelSerialToText(45962, false)).toBe('2025-11-01');
  });

  it('reads workbooks whose days count from 1904', () => {
    expect(excelSerialToText(0, true)).toBe('1904-01-01');
    expect(excelSerialToText(45962 - 1462, true)).toBe('2025-11-01');
  });

  it('keeps the time of day, rounded to the second, without a time zone', () => {
    expect(excelSerialToText(45963 + 0.5625, false)).toBe('2025-11-02 13:30:00');
    expect(excelSerialToText(45963 + 0.99999999, false)).toBe('2025-11-03');
  });

  it('gives back numbers that are no date as they are', () => {
    expect(excelSerialToText(-3, false)).toBe('-3');
    expect(excelSerialToText(1e9, false)).toBe('1000000000');
  });

  it('undoes the conversion exceljs applies to date-formatted cells', () => {
    const exceljsDate = new Date(Math.round((45962.25 - 25569) * 86_400_000));
    expect(serialOfExceljsDate(exceljsDate, false)).toBeCloseTo(45962.25, 9);
    const in1904 = new Date(Math.round((44500 - 25569 + 1462) * 86_400_000));
    expect(serialOfExceljsDate(in1904, true)).toBeCloseTo(44500, 9);
  });
});
