// Personal data goes only where the privacy profile allows: packets under every profile are read back (PDF text, CSV,
// JSON) and searched for the emails, phones and streets of the inputs; files with personal data are owner-only; --json
// and logs never print an email.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allExports, exportPath, tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { emailsIn } from '../corpus/check-outcome.js';

const CONTACTS = [
  { name: 'Hye-jin Choi', email: 'hyejin.choi@example.kr', phone: '+82 10 5550 1234', street: '12 Sejong-daero 209', city: 'Seoul', postcode: '03171', country: 'KR' },
  { name: 'Marek Nowak', email: 'marek.nowak@example.pl', phone: '+48 22 555 0199', street: 'ul. Marszałkowska 104/122', city: 'Warszawa', postcode: '00-017', country: 'PL' },
  { name: 'Lucía Fernández', email: 'lucia.fernandez@example.es', phone: '+34 915 550 123', street: 'Calle de Alcalá 45', city: 'Madrid', postcode: '28014', country: 'ES' },
];

const PAPER = { name: 'Seo-yeon Han', email: 'seoyeon.han@example.kr', phone: '+82 10 5550 8765' };

const PROFILES = ['public', 'recipient', 'count-only'] as const;

function campaignYaml(): string {
  const deliveries = PROFILES.map((privacy) => `  - id: d-${privacy}
    target: un
    date: 2026-12-10
    place: New York
    privacy: ${privacy}`).join('\n');
  return `petition:
  languages: [en]
  title: { en: Stop forced returns }
  text: { en: Please stop forced returns. }
organizer:
  name: Ana Kim
  organization: Example Coalition
  address: [1 Example Road, Seoul]
  contact: info@example.org
  signatory: Ana Kim
sources:
  - path: contacts.csv
  - path: action-network.csv
  - path: eff-raw.csv
  - path: formula-values.csv
  - path: typed.csv
targets:
  - id: un
    preset: un-secretary-general
    name: António Guterres
deliveries:
${deliveries}
`;
}

/** Everything a reader of the folder would see: PDF text, CSV and JSON text. */
async function readableText(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    texts.set(name, name.endsWith('.pdf') ? (await readPdfText(bytes)).text.normalize('NFC') : bytes.toString('utf8'));
  }
  return texts;
}

/** The text also with spaces removed: a PDF may break a run of text where the eye sees none. */
function found(text: string, needle: string): boolean {
  const squeeze = (s: string): string => s.replace(/\s+/g, '').toLowerCase();
  return text.toLowerCase().includes(needle.toLowerCase()) || squeeze(text).includes(squeeze(needle));
}

describe('privacy of packets, under every profile', () => {
  let root: string;
  const emails: string[] = [];
  const phones: string[] = [];
  const streets: string[] = [];

  beforeAll(() => {
    root = tempDir();
    const rows = CONTACTS.map((c) => [c.name, c.email, c.phone, c.street, c.city, c.postcode, c.country].join(','));
    writeFileSync(join(root, 'contacts.csv'), ['name,email,phone,street,city,postcode,country', ...rows].join('\n') + '\n');
    for (const name of ['action-network.csv', 'eff-raw.csv', 'formula-values.csv']) copyFileSync(exportPath(name), join(root, name));
    writeFileSync(join(root, 'campaign.yaml'), campaignYaml());
    // A paper sheet typed up: the printed sheet promised its signers that their email is never printed.
    writeFileSync(join(root, 'typed.csv'), `sheet,line,name,city,country,email,phone\nNKR-01-001-E,1,${PAPER.name},Seoul,KR,${PAPER.email},${PAPER.phone}\n`);
    emails.push(PAPER.email, ...CONTACTS.map((c) => c.email), ...['action-network.csv', 'eff-raw.csv', 'formula-values.csv'].flatMap((n) => emailsIn(readFileSync(exportPath(n)))));
    phones.push(...CONTACTS.map((c) => c.phone), '+1 312 555 0142');
    streets.push(...CONTACTS.map((c) => c.street), '1200 N Lake Shore Dr');
    expect(emails.length).toBeGreaterThan(10);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const privacy of PROFILES) {
    it(`${privacy}: no email, phone or street anywhere in the packet${privacy === 'count-only' ? ', and no signer name' : ''}`, async () => {
      const out = join(root, `packet-${privacy}`);
      const result = await runMain(['packet', '--campaign', join(root, 'campaign.yaml'), '--delivery', `d-${privacy}`, '-o', out, '--json']);
      expect(result.stderr).not.toMatch(/unexpected error/);
      expect(result.code).toBeLessThan(2);
      const texts = await readableText(out);
      expect([...texts.keys()]).toContain('signatures.pdf');
      for (const [file, text] of texts) {
        for (const value of [...emails, ...phones, ...streets]) expect({ file, value, found: found(text, value) }).toEqual({ file, value, found: false });
        if (privacy === 'count-only') for (const { name } of CONTACTS) expect({ file, name, found: found(text, name) }).toEqual({ file, name, found: false });
      }
      // The names are there when the profile allows them: the search above can see what it looks for.
      if (privacy !== 'count-only') expect(found(texts.get('signatures.pdf')!, 'Marek Nowak')).toBe(true);
      for (const value of emails) {
        expect({ value, stdout: found(result.stdout, value), stderr: found(result.stderr, value) }).toEqual({ value, stdout: false, stderr: false });
      }
      for (const name of ['signatures.pdf', 'packet.pdf']) expect((statSync(join(out, name)).mode & 0o777).toString(8)).toBe('600');
    });
  }

  it('count-only: asking for contact columns still prints no contact and no name', async () => {
    const out = join(root, 'packet-count-only-include');
    const result = await runMain(['packet', '--campaign', join(root, 'campaign.yaml'), '--delivery', 'd-count-only', '-o', out, '--include', 'email,phone,street']);
    expect(result.code).toBeLessThan(2);
    const texts = await readableText(out);
    for (const [file, text] of texts) {
      for (const value of [...emails, ...phones, ...streets, ...CONTACTS.map((c) => c.name)]) {
        expect({ file, value, found: found(text, value) }).toEqual({ file, value, found: false });
      }
    }
  });

  it('recipient with --include email: the emails do appear, only in the signature list and the whole packet (the control)', async () => {
    const out = join(root, 'packet-recipient-include');
    const result = await runMain(['packet', '--campaign', join(root, 'campaign.yaml'), '--delivery', 'd-recipient', '-o', out, '--include', 'email']);
    expect(result.code).toBeLessThan(2);
    const texts = await readableText(out);
    expect(found(texts.get('signatures.pdf')!, 'marek.nowak@example.pl')).toBe(true);
    for (const file of ['letter.pdf', 'summary.pdf', 'petition-text.pdf', 'manifest.json']) {
      for (const value of emails) expect({ file, value, found: found(texts.get(file)!, value) }).toEqual({ file, value, found: false });
    }
    for (const value of [...phones, ...streets]) for (const [file, text] of texts) expect({ file, value, found: found(text, value) }).toEqual({ file, value, found: false });
    expect(result.stderr).not.toContain('public list');
  });

  it('public with --include email: printed as asked, but the organizer is warned that the list may be published (exit 1)', async () => {
    const out = join(root, 'packet-public-include');
    const result = await runMain(['packet', '--campaign', join(root, 'campaign.yaml'), '--delivery', 'd-public', '-o', out, '--include', 'email']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--include email: delivery d-public has a public list (privacy: public), which may be published');
    expect(result.stderr).toContain('privacy: recipient');
    expect(found((await readableText(out)).get('signatures.pdf')!, 'marek.nowak@example.pl')).toBe(true);
  });
});

describe('paper signers under --include', () => {
  it('a paper signer\'s email and phone are not printed even with --include, and the organizer is told why', async () => {
    const root = tempDir();
    try {
      writeFileSync(join(root, 'contacts.csv'), `name,email,city,country\n${CONTACTS[1].name},${CONTACTS[1].email},Warszawa,PL\n`);
      writeFileSync(join(root, 'typed.csv'), `sheet,line,name,city,country,email,phone\nNKR-01-001-E,1,${PAPER.name},Seoul,KR,${PAPER.email},${PAPER.phone}\n`);
      writeFileSync(join(root, 'campaign.yaml'), campaignYaml().replace(/sources:\n(?: {2}- path: .*\n)+/, 'sources:\n  - path: contacts.csv\n  - path: typed.csv\n'));
      const out = join(root, 'packet');
      const result = await runMain(['packet', '--campaign', join(root, 'campaign.yaml'), '--delivery', 'd-recipient', '-o', out, '--include', 'email,phone']);
      expect(result.code).toBeLessThan(2);
      const list = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text.normalize('NFC');
      expect(found(list, PAPER.name)).toBe(true);
      expect(found(list, CONTACTS[1].email)).toBe(true);
      expect(found(list, PAPER.email)).toBe(false);
      expect(found(list, PAPER.phone)).toBe(false);
      expect(result.stderr).toContain('paper sheets');
      expect(result.stderr).toContain('never printed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('count, dedupe and inspect never print an email in --json or in logs', () => {
  const exports = allExports();
  const emails = exports.flatMap((path) => emailsIn(readFileSync(path)));
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectClean = (label: string, output: string): void => {
    for (const email of emails) expect({ label, email, found: output.toLowerCase().includes(email) }).toEqual({ label, email, found: false });
  };

  it('the fixtures hold emails to look for', () => {
    expect(emails.length).toBeGreaterThan(20);
  });

  it('count --json and its warnings', async () => {
    const result = await runMain(['count', '--json', ...exports]);
    expect(result.code).toBeLessThan(2);
    expectClean('stdout', result.stdout);
    expectClean('stderr', result.stderr);
  });

  it('dedupe --json and its warnings; merged.csv, clusters.csv, rejects.csv and review.csv are owner-only', async () => {
    const files = ['merged.csv', 'clusters.csv', 'rejects.csv', 'review.csv'].map((name) => join(dir, name));
    const result = await runMain(['dedupe', '--json', ...exports, '-o', files[0], '--clusters', files[1], '--rejects', files[2], '--review', files[3]]);
    expect(result.code).toBeLessThan(2);
    expectClean('stdout', result.stdout);
    expectClean('stderr', result.stderr);
    for (const file of files) expect({ file, mode: (statSync(file).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
    // merged.csv does hold the emails (the search can find them): that is why it is owner-only.
    expect(emails.some((email) => readFileSync(files[0], 'utf8').toLowerCase().includes(email))).toBe(true);
  });

  it('inspect, as text and as --json, masks every email', async () => {
    for (const path of exports) {
      for (const json of [true, false]) {
        const result = await runMain(['inspect', path, '--rows', '50', ...(json ? ['--json'] : [])]);
        expectClean(`${path} stdout`, result.stdout);
        expectClean(`${path} stderr`, result.stderr);
      }
    }
  });

  it('the logs of a run on hostile emails (quoted, invalid, formula) do not print them', async () => {
    const hostile = join(dir, 'hostile.csv');
    mkdirSync(dir, { recursive: true });
    writeFileSync(hostile, 'name,email\nAda,"""ada lovelace""@example.com"\nBob,bob.smith@@example.org\nCy,=cy.young@example.org\nDee,dee dee@example.org\n');
    const result = await runMain(['count', '--json', hostile]);
    for (const email of ['ada lovelace', 'bob.smith@@example.org', 'cy.young@example.org', 'dee dee@example.org']) {
      expect({ email, stdout: result.stdout.includes(email), stderr: result.stderr.includes(email) }).toEqual({ email, stdout: false, stderr: false });
    }
  });
});
