import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { withBaseText } from '../../../src/read/workbook/base-text.js';

async function flattened(xml: string, item: 'si' | 'is', chunkBytes: number): Promise<string> {
  const bytes = Buffer.from(xml);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) pieces.push(bytes.subarray(at, at + chunkBytes));
  let out = '';
  for await (const chunk of withBaseText(Readable.from(pieces), item)) out += String(chunk);
  return out;
}

describe('the base text of a workbook string item', () => {
  const xml = '<sst><si><t>佐藤 陽翔</t><rPh sb="0" eb="2"><t>サトウ</t></rPh></si><si><r><rPr><i/></rPr><t>김</t></r><r><t>민준</t></r></si>'
    + '<si><t/></si><sst-other><isx>kept</isx></sst-other></sst>';
  const expected = '<sst><si><t xml:space="preserve">佐藤 陽翔</t></si><si><t xml:space="preserve">김민준</t></si>'
    + '<si><t xml:space="preserve"></t></si><sst-other><isx>kept</isx></sst-other></sst>';

  it('keeps every run and drops phonetic readings, however the part is cut into chunks (a Hangul letter split included)', async () => {
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) expect(await flattened(xml, 'si', size)).toBe(expected);
  });

  it('leaves everything but the named item as it is', async () => {
    const sheet = '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Rich </t></r><r><t>Inline</t></r></is></c><c r="B2"><v>1</v></c><c r="C2" t="inlineStr"><is/></c></row>';
    expect(await flattened(sheet, 'is', 3)).toBe('<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Rich Inline</t></is></c><c r="B2"><v>1</v></c><c r="C2" t="inlineStr"><is/></c></row>');
  });
});
