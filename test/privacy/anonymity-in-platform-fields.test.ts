// A signer who asks for anonymity in a platform's free field: one choice of a Google Forms checkbox answer
// ("Send me updates, Don't show my name publicly"), one of Action Network's tags ("volunteer, anonymous"), a
// SpeakOut or openPetition custom field. Before, only a whole cell that was the request hid the name; a list of
// choices or tags holding it left the name printed in the signature list.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

afterAll(removeTestTempDirs);

const GOOGLE_FORMS = `Timestamp,Full name,Email address,Country,Options (check all that apply)
11/3/2025 9:15:22,Eleanor Whitfield,eleanor@example.org,USA,"Send me updates, Anonymous"
11/3/2025 10:02:07,박지호,jiho@example.kr,대한민국,"소식 받기, 이름 비공개"
11/3/2025 10:05:07,Lucía Gómez,lucia@example.es,España,"Recibir novedades, Anónimo"
11/3/2025 10:07:07,Marc Dubois,marc@example.fr,France,Send me updates
`;
const ACTION_NETWORK = `uuid,first_name,last_name,email,zip_code,can2_user_city,can2_state_abbreviated,can2_user_tags,can2_subscription_status
5f0c0001-1d2e-4a6b-9c3d-abc00100aa,Eleanor,Whitfield,eleanor@example.org,60614,Chicago,IL,"volunteer, anonymous, nk-refugees",subscribed
5f0c0002-1d2e-4a6b-9c3d-abc00200aa,Jiho,Park,jiho@example.net,60601,Chicago,IL,"donor,keep-name-private",subscribed
5f0c0003-1d2e-4a6b-9c3d-abc00300aa,Lucía,Gómez,lucia@example.net,60602,Chicago,IL,"Anonymous Signer; church",subscribed
5f0c0004-1d2e-4a6b-9c3d-abc00400aa,Marc,Dubois,marc@example.net,60603,Chicago,IL,nk-refugees,subscribed
`;
const SPEAKOUT_HEADER = ['First Name', 'Last Name', 'Email Address', 'City', 'Country', 'Custom Field', 'Date Signed', 'Petition ID', 'Email Opt-in', 'Language'];
const speakoutRow = (given: string, family: string, email: string, city: string, custom: string) =>
  [given, family, email, city, 'US', custom, '2025-11-03 10:40:02', '7', '1', 'en_US'];
const SPEAKOUT = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([
  SPEAKOUT_HEADER, speakoutRow('Eleanor', 'Whitfield', 'eleanor@example.org', 'Chicago', 'Newsletter | Keep my name private'),
  speakoutRow('Jiho', 'Park', 'jiho@example.net', 'Chicago', 'Member; anonym'),
  speakoutRow('Lucía', 'Gómez', 'lucia@example.net', 'Chicago', 'Iglesia, No mostrar mi nombre'),
  speakoutRow('Marc', 'Dubois', 'marc@example.net', 'Chicago', 'Member'),
].map((cells) => cells.map((cell) => `"${cell}"`).join('\t')).join('\r\n') + '\r\n', 'utf16le')]);
const OPENPETITION = `Vorname;Nachname;PLZ;Ort;Land;E-Mail;Unterschrieben am;Zusatzfeld
Eleanor;Whitfield;50667;Köln;Deutschland;eleanor@example.org;02.11.2025 19:03;Newsletter, Name nicht veröffentlichen
Jiho;Park;10117;Berlin;Deutschland;jiho@example.de;03.11.2025 08:12;Mitglied / nicht öffentlich
Lucía;Gómez;10115;Berlin;Deutschland;lucia@example.de;03.11.2025 08:14;Verein, Anonym
Marc;Dubois;10119;Berlin;Deutschland;marc@example.de;03.11.2025 08:16;Mitglied
`;

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return pdfsUnder(path);
    return entry.endsWith('.pdf') ? [path] : [];
  });
}

describe('anonymity asked in a platform\'s free field', () => {
  it.each([
    ['Google Forms checkbox answers', GOOGLE_FORMS, ['Eleanor Whitfield', '박지호', 'Lucía Gómez']],
    ['Action Network tags', ACTION_NETWORK, ['Whitfield', 'Park', 'Gómez']],
    ['a SpeakOut custom field', SPEAKOUT, ['Whitfield', 'Park', 'Gómez']],
    ['an openPetition extra column', OPENPETITION, ['Whitfield', 'Park', 'Gómez']],
  ])('%s: the names are in no document of the packet or the press kit, and a warning names the column', async (_label, data, hidden) => {
    const campaign = tinyCampaign('');
    writeFileSync(join(dirname(campaign), 'signers.csv'), data);
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('privacy: public }', 'privacy: public, press: true }'));
    const packetDir = join(dirname(campaign), 'packet');
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', packetDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/3 values ask for the signer's name to be hidden/);
    const pdfs = pdfsUnder(packetDir);
    expect(pdfs.some((path) => path.includes(`${join('packet', 'press')}`))).toBe(true);
    const texts = await Promise.all(pdfs.map(async (path) => (await readPdfText(readFileSync(path))).text));
    const all = texts.join('\n');
    expect(all).toContain('Dubois');
    for (const name of hidden) expect(all).not.toContain(name);
  });
});
