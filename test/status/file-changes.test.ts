import { describe, expect, it } from '@jest/globals';
import { fileChanges } from '../../src/status/file-changes.js';

const d = (sha: string) => ({ bytes: 10, sha256: sha.repeat(64) });

describe('fileChanges', () => {
  it('says which exports changed, appeared, disappeared or cannot be read', () => {
    const now = new Map([['a.csv', d('a')], ['b.csv', d('c')], ['new.csv', d('n')], ['gone-now.csv', null]]);
    const before = { 'a.csv': d('a'), 'b.csv': d('b'), 'removed.csv': d('r') };
    expect(fileChanges(now, before).map((l) => [l.path, l.change])).toEqual([
      ['a.csv', 'unchanged'], ['b.csv', 'changed'], ['new.csv', 'new'], ['gone-now.csv', 'unreadable'], ['removed.csv', 'removed'],
    ]);
  });

  it('calls every export new on the first run', () => {
    expect(fileChanges(new Map([['a.csv', d('a')]]), null).map((l) => l.change)).toEqual(['new']);
  });
});
