// A list in a message that names the first few of many ("rows 2, 4, 9, …"): the items shown, and "…" when there are more.

/** `shown` joined by commas, ending in ", …" when `total` is more than were shown. */
export function firstOfMany(shown: ReadonlyArray<string | number>, total: number): string {
  return shown.join(', ') + (total > shown.length ? ', …' : '');
}
