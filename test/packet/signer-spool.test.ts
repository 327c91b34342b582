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
  // Countries sort by their name in the list's language: 독일 (DE) before 미국 (US) before 영국 (GB) in Korean.
  language: fc.constantFrom('en', 'ko'),
});

/** A key shaped like signerKey's: 16 lower-case hex digits. */
const hexKey = (i: number) => i.toString(16).padStart(16, '0');

async function readAll(rows: AsyncIterator<ListEntry>): Promise<ListEntry[]> {
  const out: ListEntry[] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) out.push(next.value);
  return out;
}

describe('SignerSpool', () => {
  it('gives the print order, volumes and certificate an in-memory list would, without holding the rows', async () => {
    // A small starting capacity makes the spool's columns grow while rows come in.
    // Small read windows and blocks make rows out of spool order come back over many windows and reads.
    const reading = fc.record({ windowBytes: fc.integer({ min: 1, max: 2000 }), blockBytes: fc.integer({ min: 1, max: 800 }) });
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 40 }), options, fc.integer({ min: 1, max: 50 }), reading, async (entries, opts, capacity, sizes) => {
      const spool = new SignerSpool(opts.order, capacity, sizes);
      try {
        entries.forEach((e, i) => spool.add(e, hexKey(i), i));
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

  it('reads back a row longer than its write buffer between ordinary rows', async () => {
    const spool = new SignerSpool('time', 2);
    const make = (name: string, t: number): ListEntry => ({ name, city: 'Köln', region: '', postcode: '', country: 'DE', signedAt: t, anonymous: false });
    const rows = [make('Zoë', 1), make('박'.repeat(400_000), 2), make('Ana', 3)];
    rows.forEach((row, i) => spool.add(row, hexKey(i), i));
    try {
      expect(await readAll(spool.ordered({ order: 'time', anonymous: 'show' }).rows())).toEqual(rows);
    } finally {
      spool.close();
    }
  });

  it('leaves out the signers a follow-up delivery excludes, from the list and from the keys', async () => {
    const spool = new SignerSpool('time');
    const make = (name: string, t: number): ListEntry => ({ name, city: '', region: '', postcode: '', country: 'KR', signedAt: t, anonymous: false });
    spool.add(make('A', 3), hexKey(10), 0);
    spool.add(make('B', 1), hexKey(11), 1);
    spool.add(make('C', 2), hexKey(12), 2);
    const include = (i: number) => spool.clusterOf(i) !== 2;
    expect([...spool.takeKeys(include).strings()]).toEqual([hexKey(10), hexKey(11)]);
    const signers = spool.ordered({ order: 'time', anonymous: 'show' }, include);
    expect((await readAll(signers.rows())).map((e) => e.name)).toEqual(['B', 'A']);
    spool.close();
  });

  it('reads a list already in print order straight through (across read blocks), twice, and lets go of what ordering needed', async () => {
    const spool = new SignerSpool('time', 1);
    const rows = Array.from({ length: 15_000 }, (_, i): ListEntry => ({ name: `Signer ${i} 김`, city: 'Seoul', region: '', postcode: '', country: i % 3 ? 'KR' : 'JP', signedAt: 1_700_000_000_000 + i, anonymous: false }));
    rows.forEach((row, i) => spool.add(row, hexKey(i), i));
    try {
      const signers = spool.ordered({ order: 'time', anonymous: 'show' });
      expect(await readAll(signers.rows())).toEqual(rows);
      expect(await readAll(signers.rows())).toEqual(rows);
      expect(() => spool.clusterOf(0)).toThrow(/released/u);
      expect(() => spool.ordered({ order: 'time', anonymous: 'show' })).toThrow(/once/u);
      expect(() => spool.add(rows[0], hexKey(0), 0)).toThrow(/print order/u);
    } finally {
      spool.close();
    }
  });

  it('reads a list out of spool order back in print order, over many read windows and blocks, twice', async () => {
    const spool = new SignerSpool('name', 1, { windowBytes: 64 << 10, blockBytes: 8 << 10 });
    const names = ['Ana', 'Zoë', '박지호', 'Олег', '王伟', 'Jürgen'];
    const rows = Array.from({ length: 12_000 }, (_, i): ListEntry => ({
      // Every 997th name is long, longer than a read block.
      name: `${names[(i * 7) % names.length]} ${(i * 7919) % 12_000}${i % 997 === 0 ? ' x'.repeat(6000) : ''}`,
      city: 'Seoul', region: '', postcode: '', country: i % 3 ? 'KR' : 'JP', signedAt: 1_700_000_000_000 - i, anonymous: i % 11 === 0,
    }));
    rows.forEach((row, i) => spool.add(row, hexKey(i), i));
    try {
      const expected = orderEntries(rows, { order: 'name', anonymous: 'show' });
      const signers = spool.ordered({ order: 'name', anonymous: 'show' });
      expect(await readAll(signers.rows())).toEqual(expected);
      expect(await readAll(signers.rows())).toEqual(expected);
    } finally {
      spool.close();
    }
  });
});
