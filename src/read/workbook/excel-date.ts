// Excel's day numbers as the date a person sees in the cell, including the two ways Excel counts days.

const DAY_MS = 86_400_000;
/** Day 1 of the 1904 system is 1904-01-02; day 0 is 1904-01-01. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** From day 61 on, the 1900 system counts from 1899-12-30: Excel keeps Lotus 1-2-3's 29 February 1900. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Exceljs turns a date-formatted cell into a Date by this rule, which we undo to get Excel's own number back. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/**
 * "2024-03-05" for a whole day, "2024-03-05 14:30:00" with a time: the wall time Excel shows, with no time zone
 * (the normalizer applies --tz). Day 60 of the 1900 system is 29 February 1900, which never was; it comes back
 * as that text and the date check says so. Days before 1 March 1900 are one day later than the plain count.
 */
export function excelSerialToText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_466) return String(serial);
  let ms: number;
  if (date1904) ms = EPOCH_1904 + Math.round(serial * DAY_MS);
  else if (serial >= 61) ms = EPOCH_1900 + Math.round(serial * DAY_MS);
  else if (serial >= 60) return '1900-02-29';
  else ms = EPOCH_1900 + DAY_MS + Math.round(serial * DAY_MS);
  const seconds = Math.round(ms / 1000) * 1000;
  const iso = new Date(seconds).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** Excel's day number back from the Date exceljs made of a date-formatted cell. */
export function serialOfExceljsDate(date: Date, date1904: boolean): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1900_TO_1904 : 0);
}
