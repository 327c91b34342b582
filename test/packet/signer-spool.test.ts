import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SignerSpool } from '../../src/packet/signer-spool.js';
import { orderEntries } from '../../src/packet/signature-list/order-entries.js';
import { planList } from '../../src/packet/signature-list/plan-list.js';
import { certificateFacts } from '../../src/packet/signature-list/certificate-layout.js';
import type { ListEntry, ListOptions } from '../../src/packet/signature-list/list-types.js';

const entry = fc.record({
  name: fc.constantFrom('박지호', 'Jürgen Müller', 'Ana Silva', 'ana silva', 'Zoë', '王伟', 'Олег'),
  city: fc.constantFrom('', 'Seoul', 'Köln'),
  region: fc.constant(''),
  postcode: fc.constantFrom('', '04524'),
  country: fc.constantFrom('KR', 'DE', 'US', 'unknown', 'GB'),
  signedAt: fc.option(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_100_000 }), { nil: null }),
  anonymous: fc.boolean(),
});
const options = fc.record({
  order: fc.constantFrom<ListOptions['order']>('time', 'country', 'name'),
  anonymous: fc.constantFrom<ListOptions['anonymous']>('show', 'omit'),
  split: fc.constantFrom<ListOptions['split']>(undefined, { by: 'country' }, { every: 3 }),
});

async function readAll(rows: AsyncIterator<ListEntry>): Promise<ListEntry[]> {
  const out: ListEntry[] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) out.push(next.value);
  return out;
}

describe('SignerSpool', () => {
  it('gives the print order, volumes and certificate an in-memory list would, without holding the rows', async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 40 }), options, async (entries, opts) => {
      const spool = new SignerSpool(opts.order);
      try {
        entries.forEach((e, i) => spool.add(e, `key${i}`, i));
        const signers = spool.ordered(opts);
        const ordered = orderEntries(entries, opts);
        const plan = planList(ordered, entries.length - ordered.length, { ...opts, title: 't' }, { rowsPerPage: 45 }, { first: 20, next: 40 });
        const expected = plan.volumes.flatMap((v) => [...v.entries]);
        expect(await readAll(signers.rows())).toEqual(expected);
        // Read twice (signatures.pdf and packet.pdf): the same rows again.
        expect(await readAll(signers.rows())).toEqual(expected);
        expect({ listed: signers.listed, omitted: signers.omitted }).toEqual({ listed: ordered.length, omitted: entries.length - ordered.length });
        expect(signers.certificate).toEqual(certificateFacts(entries));
      } finally {
        spool.close();
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 150) });
  });

  it('leaves out the signers a follow-up delivery excludes', async () => {
    const spool = new SignerSpool('time');
    const make = (name: string, t: number): ListEntry => ({ name, city: '', region: '', postcode: '', country: 'KR', signedAt: t, anonymous: false });
    spool.add(make('A', 3), 'a', 0);
    spool.add(make('B', 1), 'b', 1);
    spool.add(make('C', 2), 'c', 2);
    const signers = spool.ordered({ order: 'time', anonymous: 'show' }, (i) => i !== 2);
    expect((await readAll(signers.rows())).map((e) => e.name)).toEqual(['B', 'A']);
    spool.close();
  });
});
