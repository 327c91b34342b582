import { describe, expect, it } from '@jest/globals';
import { heapToAsk, type HeapFacts } from '../../src/cli/heap-room.js';

const GB = 2 ** 30;
const MB = 2 ** 20;

function facts(argv: string[], sizes: Record<string, number>, more: Partial<HeapFacts> = {}): HeapFacts {
  return { argv, nodeFlags: [], heapLimit: 4 * GB, totalMemory: 24 * GB, fileSize: (token) => sizes[token], ...more };
}

describe('heapToAsk: room for a default run', () => {
  it('asks for more heap for a 1.5 GB export counted with fuzzy matching, up to 80 % of the machine', () => {
    const asked = heapToAsk(facts(['count', '--json', 'big.csv'], { 'big.csv': 1.5 * GB }));
    expect(asked).toBe(Math.floor((24 * GB * 0.8) / MB));
  });

  it('asks for one and a half times what the files need when the machine has more', () => {
    const asked = heapToAsk(facts(['dedupe', 'a.csv', 'b.csv', '-o', 'm.csv'], { 'a.csv': 300 * MB, 'b.csv': 100 * MB }));
    expect(asked).toBe(Math.floor(((128 * MB + 400 * MB * 12) * 1.5) / MB));
  });

  it('leaves a run alone that fits: a 74 MB export (a million rows) under a 4 GB heap', () => {
    expect(heapToAsk(facts(['count', 'a.csv'], { 'a.csv': 74 * MB }))).toBeUndefined();
  });

  it('leaves --exact alone, whose memory is flat at any size', () => {
    expect(heapToAsk(facts(['count', '--exact', 'big.csv'], { 'big.csv': 1.5 * GB }))).toBeUndefined();
  });

  it('keeps a heap size the user gave on the command line or in NODE_OPTIONS', () => {
    expect(heapToAsk(facts(['count', 'big.csv'], { 'big.csv': 1.5 * GB }, { nodeFlags: ['--max-old-space-size=8192'] }))).toBeUndefined();
    expect(heapToAsk(facts(['count', 'big.csv'], { 'big.csv': 1.5 * GB }, { nodeFlags: ['--max_old_space_size=8192'] }))).toBeUndefined();
  });

  it('asks nothing where the machine has no more to give than the heap already has', () => {
    expect(heapToAsk(facts(['count', 'big.csv'], { 'big.csv': 1.5 * GB }, { totalMemory: 4 * GB }))).toBeUndefined();
  });

  it('counts only the files the command line names (not flags, not standard input)', () => {
    expect(heapToAsk(facts(['count', '-', '--tz', 'Asia/Seoul'], {}))).toBeUndefined();
  });
});
