// Whether a follow-up's earliest further signature was given on or before the earlier delivery's day: then "signed
// since our delivery" would be untrue (a row an earlier export lacked), and the letters say "not included in" instead.

/** `first`: the earliest dated further signature (ms), or null when none is dated; read in the campaign's time zone. */
export function signedBefore(first: number | null, previousDate: string, timezone: string | undefined): boolean {
  if (first === null) return false;
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(first)) <= previousDate;
}
