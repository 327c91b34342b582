// The list's header prints the addressee in full when the line has room: the summary on its right ("35 signers")
// takes only its own width. With a fixed share the Spanish UN style was cut: "Destinatario: Su Excelencia el señor
// António Guterres, Secretario General de las Naciones…" beside a short summary (outside tester C, F10).
import { describe, expect, it } from '@jest/globals';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import { MemoryOut } from '../fonts/pdf-text.js';
import { readPdfText } from '../../helpers/pdf-text.js';
import { generated, listOptions } from './fixtures.js';

const TARGET = 'Su Excelencia el señor António Guterres, Secretario General de las Naciones Unidas';

async function listText(target: string, count: number): Promise<string> {
  const entries = generated(count, { name: 'Ana Ruiz', city: 'Madrid', region: '', postcode: '' });
  let bytes: Buffer = Buffer.alloc(0);
  await writeSignatureList(entries, listOptions(entries, { title: 'Detengan la repatriación forzosa', target, language: 'es' }), async (_volume, fill) => {
    const out = new MemoryOut();
    await fill(out);
    bytes = out.bytes();
  });
  return (await readPdfText(bytes)).pageTexts[0].replace(/\s+/g, ' ');
}

describe('the addressee in the list header', () => {
  it('is printed whole beside a short summary', async () => {
    const text = await listText(TARGET, 35);
    expect(text).toContain('Secretario General de las Naciones Unidas');
    expect(text).not.toContain('Naciones…');
    expect(text).toContain('35 firmantes');
  });

  it('is still cut with "…" when even the whole line cannot hold it, and the summary stays whole', async () => {
    const text = await listText(`${TARGET}, ${'Oficina de las Naciones Unidas en Ginebra, '.repeat(4)}Suiza`, 35);
    expect(text).toContain('…');
    expect(text).toContain('35 firmantes');
  });
});
