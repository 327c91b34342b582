// Writes fixtures/exports/libreoffice-calc.xlsx with LibreOffice itself: a flat OpenDocument spreadsheet (.fods, plain
// XML written here) is converted by `soffice --headless --convert-to xlsx`, so the fixture carries what LibreOffice
// Calc really writes, not an imitation. Run: node scripts/make-libreoffice-fixture.mjs  (needs soffice on the PATH;
// on Debian: apt-get install --no-install-recommends libreoffice-calc-nogui). Without soffice it says so and writes
// nothing. LibreOffice stamps the time of conversion in the zip entries, so a new run gives a file equal in content,
// not in bytes; the quirks the tests rely on are listed in fixtures/exports/README.md.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exit, stderr, stdout } from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'exports', 'libreoffice-calc.xlsx');

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (value, attributes = '') => `<table:table-cell office:value-type="string"${attributes}><text:p>${escape(value)}</text:p></table:table-cell>`;
const empty = '<table:table-cell/>';
const date = (iso) => {
  const [y, m, d] = iso.split('-');
  return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${iso}"><text:p>${d}/${m}/${y}</text:p></table:table-cell>`;
};
const row = (cells, attributes = '') => `<table:table-row${attributes}>${cells.join('')}</table:table-row>`;

// Feuille1: a French partner's list, dates formatted DD/MM/YYYY. 서명: a Korean rally sheet typed in LibreOffice, the
// country typed once and merged down over the three signers, one name typed as a formula, a hidden row.
const french = [
  ['Amélie Lefèvre', 'amelie.lefevre@orange.fr', 'Paris', 'FR', '2025-11-06'],
  ['Hélène Dubois', 'helene.dubois@free.fr', 'Lyon', 'FR', '2025-11-06'],
  ['François Béranger', 'f.beranger@laposte.net', 'Besançon', 'FR', '2025-11-07'],
  ['Joëlle Cœurdevey', '', 'Strasbourg', 'FR', '2025-11-07'],
];
const feuille = [
  row(['Nom', 'Courriel', 'Ville', 'Pays', 'Date'].map((h) => text(h))),
  ...french.map(([name, email, city, country, day]) => row([text(name), email ? text(email) : empty, text(city), text(country), date(day)])),
].join('\n');
const korean = [
  row(['이름', '도시', '국가', '서명일'].map((h) => text(h))),
  row([text('한가을'), text('서울'), text('KR', ' table:number-rows-spanned="3" table:number-columns-spanned="1"'), date('2025-11-08')]),
  row([`<table:table-cell table:formula="of:=&quot;서&quot;&amp;&quot;도현&quot;" office:value-type="string" office:string-value="서도현"><text:p>서도현</text:p></table:table-cell>`, text('수원'), '<table:covered-table-cell/>', date('2025-11-08')]),
  row([text('남궁민'), text('대전'), '<table:covered-table-cell/>', date('2025-11-08')], ' table:visibility="collapse"'),
].join('\n');

const fods = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:creation-date>2025-11-20T09:00:00</meta:creation-date><meta:generator>petition-courier fixture</meta:generator></office:meta>
<office:automatic-styles>
<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Feuille1">
<table:table-column table:number-columns-repeated="5"/>
${feuille}
</table:table>
<table:table table:name="서명">
<table:table-column table:number-columns-repeated="4"/>
${korean}
</table:table>
</office:spreadsheet></office:body>
</office:document>
`;

const which = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
if (which.status !== 0) {
  stderr.write('soffice (LibreOffice) is not installed: libreoffice-calc.xlsx was left as it is\n');
  exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'petition-libreoffice-'));
try {
  const source = join(work, 'libreoffice-calc.fods');
  writeFileSync(source, fods);
  const profile = pathToFileURL(join(work, 'profile')).href;
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, source], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
  copyFileSync(join(work, 'libreoffice-calc.xlsx'), OUT);
  stdout.write(`wrote ${OUT} with ${which.stdout.trim()}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
