// Excel stores characters XML cannot hold (a carriage return pasted with a CRLF line, other control characters) as
// `_xHHHH_` in cell text (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and a literal `_x` followed by four hex digits as
// `_x005F_xHHHH_`. Read undecoded, `mina.cho@example.org_x000D_` is no email and `박_x000D_지호` is printed as a name.

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Cell text with its `_xHHHH_` escapes decoded; a control character among them reads as a space, like any other whitespace. */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => {
    const code = parseInt(hex, 16);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    return control ? ' ' : String.fromCharCode(code);
  });
}
