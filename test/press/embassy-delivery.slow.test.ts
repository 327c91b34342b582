// A petition handed to an embassy (head-of-state-via-embassy) is not "delivered to" the head of state: the release,
// poster and cards say it was delivered to the embassy, in the delivery's place, addressed to the official — in every
// language of the kit. A delivery to the official's own office still says "delivered to".
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('the press kit of a delivery through an embassy', () => {
  it('says in en, ko and es that the petition went to the Embassy in Washington, addressed to Xi Jinping', async () => {
    const dir = join(tempDir(), 'press');
    const result = await runMain(['press', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir]);
    expect(result.code).toBe(1);
    const release = (language: string) => readFileSync(join(dir, `press-release-${language}.txt`), 'utf8');

    expect(release('en')).toContain("Petition to Xi Jinping, President of the People's Republic of China, delivered to the Embassy of the People's Republic of China in Washington, D.C., on Human Rights Day");
    expect(release('en')).toContain("today delivered the petition “Stop the forced return of North Korean refugees” to the Embassy of the People's Republic of China in Washington, D.C., addressed to Xi Jinping, President of the People's Republic of China.");
    expect(release('en')).not.toMatch(/delivered (the petition “[^”]*” )?to Xi Jinping/);

    expect(release('ko')).toContain('시진핑 중화인민공화국 주석에게 보내는 “탈북 난민 강제북송을 중단하십시오” 청원을 워싱턴의 주미 중화인민공화국 대사관에 전달했다.');
    expect(release('ko')).not.toContain('주석에게 전달');

    expect(release('es')).toContain('entregó hoy a la Embajada de la República Popular China en Washington, D.C., la petición «Detengan la devolución forzosa de los refugiados norcoreanos», dirigida a Xi Jinping, presidente de la República Popular China.');
    expect(release('es')).toContain('Petición dirigida a Xi Jinping, presidente de la República Popular China, entregada a la Embajada de la República Popular China en Washington, D.C.');
    expect(release('es')).not.toMatch(/entregada a Xi Jinping|la petición «[^»]+» a Xi Jinping/);

    const poster = (await readPdfText(readFileSync(join(dir, 'poster-en.pdf')))).text.replace(/\s+/g, ' ');
    expect(poster).toContain('Addressed to');
    expect(poster).toContain("Delivered to the Embassy of the People's Republic of China, Washington, D.C.");
    expect(poster).not.toContain('Delivered to Xi Jinping');
    const posterEs = (await readPdfText(readFileSync(join(dir, 'poster-es.pdf')))).text.replace(/\s+/g, ' ');
    expect(posterEs).toContain('Dirigida a');
    expect(posterEs).toContain('Entregada en la Embajada de la República Popular China');
  });

  it('a delivery to the official\'s own office still says it was delivered to them', async () => {
    const dir = join(tempDir(), 'press');
    await runMain(['press', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '--language', 'en', '-o', dir]);
    const release = readFileSync(join(dir, 'press-release-en.txt'), 'utf8');
    expect(release).toContain('today delivered the petition “Stop the forced return of North Korean refugees” to António Guterres, Secretary-General of the United Nations.');
    expect(release).not.toContain('Embassy');
  });
});
