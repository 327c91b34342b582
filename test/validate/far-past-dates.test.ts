import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('a signing date before any online petition could exist', () => {
  it('is rejected as an impossible date, with the reason, and never reaches "first signature"', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'old.csv');
      writeFileSync(file, 'name,email,date\nMina Cho,mina@example.org,1899-12-31\nTom Lee,tom@example.org,1970-01-01\nAna Ruiz,ana@example.org,2025-11-01\n');
      const result = await runMain(['count', '--json', file]);
      const json = JSON.parse(result.stdout) as { rejectReasons: Record<string, number>; accepted: number };
      expect(json.rejectReasons).toMatchObject({ impossible_date: 2 });
      expect(json.accepted).toBe(1);
      const rejects = join(dir, 'rejects.csv');
      await runMain(['dedupe', file, '-o', join(dir, 'merged.csv'), '--rejects', rejects]);
      expect(readFileSync(rejects, 'utf8')).toMatch(/1899-12-31[^\n]*2000-01-01/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
