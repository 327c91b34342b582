// A decision whose file changed since (its recorded hash matches no source, so its row numbers may name others now)
// is not applied when the two rows no longer hold alike people: never silently, the decisions-file row is named.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('a decision that is not applied', () => {
  it('is warned about, naming the decisions-file row and why', async () => {
    const dir = tempDir();
    const signers = join(dir, 'signers.csv');
    writeFileSync(signers, 'name,email,country\nAda Lovelace,ada@example.org,GB\nBo Park,bo@example.org,KR\n');
    const decisions = join(dir, 'decisions.csv');
    writeFileSync(decisions, `source_a,row_a,source_b,row_b,decision,sha256_a,sha256_b\nsigners.csv,1,signers.csv,2,same,${'e'.repeat(64)},${'e'.repeat(64)}\n`);
    const run = await runMain(['count', signers, '--decisions', decisions]);
    expect(run.stderr).toMatch(/decisions\.csv.*row 2|row 2.*decisions\.csv/);
    expect(run.stderr).toMatch(/not applied/);
    expect(run.code).toBe(1);
  });
});
