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
