// A phone number in one form for comparison: its international digits ("+82 10-1234-5678" and "010-1234-5678" from
// Korea are both 821012345678). The number as typed is what the lists keep.

/** Country calling codes of the countries petitions come from, and whether a national number starts with a trunk 0. */
const CALLING_CODES: Record<string, { code: string; trunkZero: boolean }> = {
  KR: { code: '82', trunkZero: true }, JP: { code: '81', trunkZero: true }, TW: { code: '886', trunkZero: true },
  CN: { code: '86', trunkZero: true }, HK: { code: '852', trunkZero: false }, MO: { code: '853', trunkZero: false },
  SG: { code: '65', trunkZero: false }, US: { code: '1', trunkZero: false }, CA: { code: '1', trunkZero: false },
  GB: { code: '44', trunkZero: true }, IE: { code: '353', trunkZero: true }, DE: { code: '49', trunkZero: true },
  AT: { code: '43', trunkZero: true }, CH: { code: '41', trunkZero: true }, FR: { code: '33', trunkZero: true },
  BE: { code: '32', trunkZero: true }, NL: { code: '31', trunkZero: true }, ES: { code: '34', trunkZero: false },
  PT: { code: '351', trunkZero: false }, IT: { code: '39', trunkZero: false }, SE: { code: '46', trunkZero: true },
  NO: { code: '47', trunkZero: false }, DK: { code: '45', trunkZero: false }, FI: { code: '358', trunkZero: true },
  PL: { code: '48', trunkZero: false }, AU: { code: '61', trunkZero: true }, NZ: { code: '64', trunkZero: true },
  MX: { code: '52', trunkZero: false }, BR: { code: '55', trunkZero: true }, IN: { code: '91', trunkZero: true },
};

/** Fewer digits than this are not a reachable number (an extension, a typo). */
const MIN_DIGITS = 7;
/** E.164 allows 15 digits; a longer run is not one phone number. */
const MAX_DIGITS = 15;
const NOT_DIGIT = /\D/g;
const CONTACT_NUMBER = /^[\s\d()+\-./]+$/;
/** A country code whose numbers drop a trunk 0, followed by that 0. */
const TRUNK_AFTER_CODE = /^(886|44|49|33|61|81|82|86|43|41|31|32|46|358|353|64|91)0/;

/**
 * The number's international digits (country code first, no "+"), or '' when the cell holds no number that can be
 * read so: a national number of a country not listed here, or text that isn't a phone number.
 */
export function canonicalPhone(cell: string, country: string): string {
  const text = cell.trim();
  if (text === '' || !CONTACT_NUMBER.test(text)) return '';
  let digits = text.replace(NOT_DIGIT, '');
  let international = text.startsWith('+');
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (!international) {
    const plan = CALLING_CODES[country];
    if (!plan) return '';
    // North America: "1 312 555 0100" and "(312) 555-0100" are one number.
    if (plan.code === '1' && digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
    else if (plan.trunkZero && digits.startsWith('0')) digits = digits.slice(1);
    digits = plan.code + digits;
  } else {
    // "+44 (0)20 …", "+49 (0)30 …": the national trunk 0 written inside an international number (Italy keeps its 0).
    const trunk = TRUNK_AFTER_CODE.exec(digits);
    if (trunk) digits = trunk[1] + digits.slice(trunk[1].length + 1);
  }
  return digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS ? digits : '';
}
