// A row that gives a postcode but no city (EFF, Action Network) still tells its city: the other rows with that
// postcode name it. Without this, one person's row with only a postcode and their row with only a city share no
// place at all, and their signatures stay two people.

/** A postcode names its city when at least this many rows give the two together … */
const MIN_ROWS = 2;
/** … and at least this share of the rows that give the postcode and a city give that city. */
const MIN_SHARE = 0.8;
const PART = 2 ** 26;

/**
 * Fills the city of every row that has a postcode and no city, where the postcode's rows name one city (see the
 * limits above). `cells` holds rows side by side, `stride` ids a row, -1 for none. Returns, per row, 1 where the
 * city was filled in from the postcode.
 */
export function fillCitiesFromPostcodes(cells: Int32Array, stride: number, postcodeAt: number, cityAt: number): Uint8Array {
  const rows = cells.length / stride;
  const filled = new Uint8Array(rows);
  let both = 0;
  for (let row = 0; row < rows; row++) if (cells[row * stride + postcodeAt] >= 0 && cells[row * stride + cityAt] >= 0) both++;
  if (both === 0) return filled;
  // Postcode and city of every row that gives both, sorted: each postcode's cities are then one run.
  const pairs = new Float64Array(both);
  let at = 0;
  let largestPostcode = -1;
  for (let row = 0; row < rows; row++) {
    const postcode = cells[row * stride + postcodeAt];
    const city = cells[row * stride + cityAt];
    if (postcode >= 0 && city >= 0) {
      pairs[at++] = postcode * PART + city;
      if (postcode > largestPostcode) largestPostcode = postcode;
    }
  }
  pairs.sort();
  const cityOfPostcode = new Int32Array(largestPostcode + 1).fill(-1);
  for (let start = 0; start < both;) {
    const postcode = Math.floor(pairs[start] / PART);
    let end = start;
    let bestCity = -1;
    let bestCount = 0;
    while (end < both && Math.floor(pairs[end] / PART) === postcode) {
      let runEnd = end + 1;
      while (runEnd < both && pairs[runEnd] === pairs[end]) runEnd++;
      if (runEnd - end > bestCount) {
        bestCount = runEnd - end;
        bestCity = pairs[end] - postcode * PART;
      }
      end = runEnd;
    }
    if (bestCount >= MIN_ROWS && bestCount >= MIN_SHARE * (end - start)) cityOfPostcode[postcode] = bestCity;
    start = end;
  }
  for (let row = 0; row < rows; row++) {
    const postcode = cells[row * stride + postcodeAt];
    if (postcode < 0 || postcode > largestPostcode || cells[row * stride + cityAt] >= 0) continue;
    const city = cityOfPostcode[postcode];
    if (city >= 0) {
      cells[row * stride + cityAt] = city;
      filled[row] = 1;
    }
  }
  return filled;
}

/** A postcode's first characters name its city when at least this many rows of the country give both … */
const MIN_PREFIX_ROWS = 5;
/** … and at least this share of them give that city (Seoul's codes all begin 01–09, Daegu's 41–43). */
const MIN_PREFIX_SHARE = 0.9;
/** Prefix lengths tried, the longest first: 3 characters, then 2. */
const PREFIX_LENGTHS = [3, 2];

/**
 * Fills the city of rows still without one whose postcode's first characters, in the same country, are given
 * with one city by the other rows (learned from these files: Korean codes are five digits, rarely repeated, but
 * "05485" and "05069" both lie in Seoul). `postcodes` are the postcodes' texts by id. Marks what it filled in
 * `filled`, as fillCitiesFromPostcodes does.
 */
export function fillCitiesFromPostcodePrefixes(
  cells: Int32Array, stride: number, at: { postcode: number; city: number; country: number }, postcodes: readonly string[], filled: Uint8Array,
): void {
  const rows = cells.length / stride;
  // Prefixes are at most a thousand per country: plain maps stay small whatever the number of rows.
  const citiesOfPrefix = new Map<string, Map<number, number>>();
  const keyOf = (row: number, length: number): string | null => {
    const text = postcodes[cells[row * stride + at.postcode]];
    return text.length > length ? `${cells[row * stride + at.country]}:${text.slice(0, length)}` : null;
  };
  for (let row = 0; row < rows; row++) {
    if (cells[row * stride + at.postcode] < 0 || cells[row * stride + at.city] < 0 || filled[row] === 1) continue;
    for (const length of PREFIX_LENGTHS) {
      const key = keyOf(row, length);
      if (key === null) continue;
      let cities = citiesOfPrefix.get(key);
      if (!cities) citiesOfPrefix.set(key, (cities = new Map()));
      const city = cells[row * stride + at.city];
      cities.set(city, (cities.get(city) ?? 0) + 1);
    }
  }
  const cityOfPrefix = new Map<string, number>();
  for (const [key, cities] of citiesOfPrefix) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [city, count] of cities) {
      total += count;
      if (count > bestCount) [best, bestCount] = [city, count];
    }
    if (bestCount >= MIN_PREFIX_ROWS && bestCount >= MIN_PREFIX_SHARE * total) cityOfPrefix.set(key, best);
  }
  if (cityOfPrefix.size === 0) return;
  for (let row = 0; row < rows; row++) {
    if (cells[row * stride + at.postcode] < 0 || cells[row * stride + at.city] >= 0) continue;
    for (const length of PREFIX_LENGTHS) {
      const key = keyOf(row, length);
      const city = key === null ? undefined : cityOfPrefix.get(key);
      if (city !== undefined) {
        cells[row * stride + at.city] = city;
        filled[row] = 1;
        break;
      }
    }
  }
}
