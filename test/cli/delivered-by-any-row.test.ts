// A delivered signer is found again by any of their rows, not only by the one the list was made from. Łukasz signed on
// Change.org (no email) and on openPetition (with his email); the list printed his Change.org row. When the Change.org
// export later lost that row, the follow-up took him for someone new: listed again, and its letter said "one more
// person" (outside tester, F2). The ledger now also records the keys of each listed signer's other rows.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { followUpCampaign } from '../helpers/tiny-campaign.js';

const CHANGE_HEADER = 'Name,City,Postal Code,Country,Signed On';
const LUKASZ_ON_CHANGE = 'Łukasz Wałęsa,Gdańsk,80-001,Poland,2025-11-02 10:00:00';
const OTHERS_ON_CHANGE = ['Anna Kowalska,Kraków,30-001,Poland,2025-11-03 10:00:00', 'Jan Nowak,Warszawa,00-001,Poland,2025-11-04 10:00:00'];
const OPENPETITION = ['Vorname;Nachname;PLZ;Ort;Land;E-Mail;Unterschrieben am', 'Łukasz;Wałęsa;80-001;Gdańsk;Polen;lukasz.walesa@example.pl;14.11.2025 19:03'];

describe('a follow-up after an export lost the row a delivered signer was listed by', () => {
  it('still finds him delivered by his other row: no new signers, no packet without --allow-empty', async () => {
    const { root, campaign: file } = followUpCampaign({
      'change.csv': [CHANGE_HEADER, LUKASZ_ON_CHANGE, ...OTHERS_ON_CHANGE].join('\n') + '\n',
      'openpetition.csv': OPENPETITION.join('\r\n') + '\r\n',
    });
    const first = await runMain(['packet', '--campaign', file, '--delivery', 'first', '-o', join(root, 'first'), '--mark-delivered', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).signers).toBe(3);
    const ledger = readFileSync(join(root, '.petition', 'ledger.jsonl'), 'utf8');
    expect(JSON.parse(ledger.trim().split('\n').at(-1)!).rowKeys).toHaveLength(1);

    writeFileSync(join(root, 'change.csv'), [CHANGE_HEADER, ...OTHERS_ON_CHANGE].join('\n') + '\n');
    const second = await runMain(['packet', '--campaign', file, '--delivery', 'second', '-o', join(root, 'second'), '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    expect(second.stderr).toMatch(/no new signers/);
    expect(second.code).toBe(1);
    const counted = await runMain(['count', '--campaign', file, '--delivery', 'second', '--json'], { now: new Date('2026-06-19T12:00:00Z') });
    expect(JSON.parse(counted.stdout).followUp).toMatchObject({ newSigners: 0, noLongerCounted: 0 });
  });
});
