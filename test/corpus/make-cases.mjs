// Writes the hostile-input corpus files under test/corpus/cases/ (small files only; the big ones are made by the test).
// Run: node test/corpus/make-cases.mjs — deterministic, so the committed files never drift from this script.
import { Buffer } from 'node:buffer';
import { URL } from 'node:url';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const DIR = fileURLToPath(new URL('./cases/', import.meta.url));
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

const write = (name, content) => writeFileSync(join(DIR, name), typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const H = 'name,email,country\n';

// A small deterministic generator, so "random" bytes are the same on every machine.
function pseudoRandomBytes(length, seed) {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

// --- empty and nearly empty
write('empty.csv', '');
write('blank-lines-only.csv', '\n\r\n  \n\n');
write('bom-only.csv', bytes([0xef, 0xbb, 0xbf]));
write('header-only.csv', H);
write('header-only-no-newline.csv', 'name,email,country');
write('header-and-blank-rows.csv', H + ',,\n  , ,\n\n;;\n'.replace(';;\n', ''));

// --- not text at all
write('pdf-renamed.csv', bytes('%PDF-1.4\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
write('zip-renamed.csv', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], pseudoRandomBytes(200, 7)));
write('xls-renamed.csv', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], pseudoRandomBytes(200, 8)));
write('gzip-renamed.csv', bytes([0x1f, 0x8b, 0x08, 0x00], pseudoRandomBytes(200, 9)));
write('random-bytes.csv', pseudoRandomBytes(4096, 42));
write('png-renamed.csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], pseudoRandomBytes(300, 11)));

// --- encodings
const utf16Text = 'name\temail\tcountry\r\nAda Lovelace\tada@example.com\tGB\r\n김민준\tminjun@example.kr\tKR\r\n';
write('utf16le-no-bom.csv', iconv.encode(utf16Text, 'utf-16le', { addBOM: false }));
write('utf16be-no-bom.csv', iconv.encode(utf16Text, 'utf-16be', { addBOM: false }));
write('utf16le-bom.csv', bytes([0xff, 0xfe], iconv.encode(utf16Text, 'utf-16le', { addBOM: false })));
write('bom-inside-quoted-first-field.csv', bytes('"', [0xef, 0xbb, 0xbf], 'name",email,country\nAda Lovelace,ada@example.com,GB\n'));
write('bom-twice.csv', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'name,email,country\nAda Lovelace,ada@example.com,GB\n'));
write('bom-in-middle-of-row.csv', bytes(H, 'Ada ', [0xef, 0xbb, 0xbf], 'Lovelace,ada@example.com,GB\nAda Lovelace,ada@example.com,GB\n'));
write('invalid-utf8-stray-bytes.csv', bytes(H, 'Jürgen Müller,jm@example.de,DE\nBob', [0xff], ' Smith,bob@example.com,US\nZoë Éclair,zoe@example.fr,FR\nChloé Martin,chloe@example.fr,FR\n'));
write('invalid-utf8-overlong.csv', bytes(H, 'Ada Lovelace,ada@example.com,GB\nBob ', [0xc0, 0xaf], ' Smith,bob@example.com,US\nJürgen Müller,jm@example.de,DE\nZoë Éclair,zoe@example.fr,FR\n'));
write('invalid-utf8-truncated-at-end.csv', bytes(H, 'Jürgen Müller,jm@example.de,DE\nZoë Éclair,zoe@example.fr,FR\nÉmile Zola,emile@example.fr,FR\nBob Smith,bob@example.com,US', [0xe2, 0x82]));
const cp949 = iconv.encode('name,email,city\r\nAda Lovelace,ada@example.com,London\r\n박지호,jiho@example.kr,서울\r\n김민준,minjun@example.kr,부산\r\n', 'cp949');
write('cp949.csv', cp949);
write('cp949-forced-utf8.csv', cp949);
// Rows pasted from files in two encodings (issue 11): garbled silently before; now each bad line is named, exit 1.
write('mixed-utf8-and-cp949.csv', bytes('name,email,city\r\nJürgen Müller,jm@example.de,Berlin\r\nZoë Éclair,zoe@example.fr,Paris\r\n', iconv.encode('김민준,minjun@example.kr,서울\r\n', 'cp949')));
write('utf8-rows-in-cp949.csv', bytes('name,email,city\r\nJürgen Müller,jm@example.de,Berlin\r\nZoë Éclair,zoe@example.fr,Paris\r\n', iconv.encode('김민준,minjun@example.kr,서울\r\n박지호,jiho@example.kr,부산\r\n이수진,soojin@example.kr,인천\r\n', 'cp949')));
// East-Asian legacy files and rows typed on a PC with another code page (#11 D6): each is read as the encoding most
// rows decode cleanly in, and a row that does not fit is named.
const kr = (text) => iconv.encode(text, 'cp949');
const latin = (text) => iconv.encode(text, 'windows-1252');
write('latin1-row-in-cp949.csv', bytes('name,email,city,country\n', kr('김민준,k@example.kr,서울,KR\n박지호,p@example.kr,부산,KR\n이수진,l@example.kr,인천,KR\n'), latin('Jürgen Müller,j@example.de,München,DE\n')));
write('cp949-row-in-latin1.csv', bytes('name,email,city,country\n', latin('Jürgen Müller,j@example.de,München,DE\nFrançois Lefèvre,f@example.fr,Besançon,FR\nJosé Núñez,jn@example.es,Málaga,ES\n'), kr('김민준,k@example.kr,서울,KR\n')));
const sjis = (text) => iconv.encode(text, 'shift_jis');
// Four encodings in one file (issue 11, left27): mostly CP949, read as Big5 before (every Korean row garbled, unnamed);
// mostly Windows-1252, read as ISO-8859-2 before (no row named).
write('four-encodings-mostly-cp949.csv', bytes('name,email,city,country\n', kr('김민수,minsu@example.kr,서울,KR\n박지영,jiyoung@example.kr,부산,KR\n최유리,yuri@example.kr,대구,KR\n'),
  'Jürgen Müller,jm@example.de,Köln,DE\n', latin('François Dupré,francois@example.fr,Besançon,FR\n'), sjis('山田太郎,yamada@example.jp,東京,JP\n')));
write('four-encodings-mostly-1252.csv', bytes('name,email,city,country\n', kr('김민수,minsu@example.kr,서울,KR\n'), 'Ana Núñez,ana@example.es,León,ES\n',
  latin('José Peña,jose@example.es,Cádiz,ES\nSøren Ærø,soren@example.dk,Århus,DK\nJürgen Weiß,juergen@example.de,München,DE\nFrançois Dupré,francois@example.fr,Besançon,FR\n')));
// A start in UTF-8 over rows in another encoding (verifyR1 F-M1, F-M2): a header typed in UTF-8 over Korean Excel's
// CP949 rows, a UTF-8 mark before CP949 or Windows-1252 text. Refused before ("binary data", a --map hint of "�씠由�").
const koreanRows = '김민준,k0@example.kr,서울\r\n이지수,k1@example.kr,부산\r\n박서연,k2@example.kr,대구\r\n최하은,k3@example.kr,인천\r\n';
write('utf8-header-over-cp949.csv', bytes('이름,이메일,주소\r\n', kr(koreanRows)));
write('utf8-header-over-cp949-forced.csv', bytes('이름,이메일,주소\r\n', kr(koreanRows)));
write('utf8-preamble-over-cp949.csv', bytes('서명 명단: 강제북송 반대\r\n\r\n이름,이메일,주소\r\n', kr(koreanRows)));
write('utf8-header-over-latin1.csv', bytes('Prénom et nom,Adresse électronique,Ville\r\n', latin('René Noël,r@example.fr,Besançon\r\nZoé Brontë,z@example.fr,Orléans\r\nHélène Dubois,h@example.fr,Lyon\r\n')));
write('utf8-mark-over-cp949.csv', bytes([0xef, 0xbb, 0xbf], kr(`이름,이메일,주소\r\n${koreanRows}`)));
write('utf8-mark-over-latin1.csv', bytes([0xef, 0xbb, 0xbf], latin('name,email,city\r\nRené Noël,r@example.fr,Besançon\r\nZoé Brontë,z@example.fr,Orléans\r\nHélène Dubois,h@example.fr,Lyon\r\n')));
// The same header with a byte of it lost: no reading makes it text, and no --map of its garbage is offered.
write('broken-utf8-header-over-cp949.csv', bytes(Buffer.from('이름,이메일,주소\r\n').subarray(1), kr(koreanRows)));
write('shift-jis.csv', iconv.encode('name,email,city,country\r\n山田太郎,y@example.jp,東京,JP\r\n佐藤花子,s@example.jp,大阪,JP\r\n', 'shift_jis'));
write('shift-jis-row-among-ascii.csv', bytes('name,email,city,country\n', 'Person Lee,p0@example.kr,Seoul,KR\nOther Lee,p1@example.kr,Seoul,KR\n', iconv.encode('山田太郎,y@example.jp,東京,JP\n', 'shift_jis'), 'Third Lee,p2@example.kr,Seoul,KR\n'));
write('gbk.csv', iconv.encode('name,email,city,country\r\n王小明,w@example.cn,北京,CN\r\n张伟,z@example.cn,上海,CN\r\n', 'gbk'));
write('big5.csv', iconv.encode('name,email,city,country\r\n陳美玲,c@example.tw,臺北,TW\r\n張偉,z@example.tw,高雄,TW\r\n', 'big5'));
write('one-syllable-two-readings.csv', kr('name,city\r\nAnna,Berlin\r\n이,Seoul\r\n'));
write('mixed-windows-1252-in-utf8.csv', bytes('name,email,city\r\nJürgen Müller,jm@example.de,Berlin\r\n박지호,jiho@example.kr,부산\r\n', iconv.encode('Amélie Cœurdevey,amelie@example.fr,Paris\r\n', 'windows-1252'), 'Zoë Éclair,zoe@example.fr,Paris\r\n'));
write('windows-1252.csv', iconv.encode('Nom;Prénom;Courriel;Pays\r\nCœurdevey;Amélie;amelie@example.fr;FR\r\nMüller;Jürgen;jm@example.de;DE\r\n', 'windows-1252'));
write('unknown-encoding-flag.csv', H + 'Ada Lovelace,ada@example.com,GB\n');

// --- line ends and quoting
write('mixed-line-endings.csv', H + 'Ada Lovelace,ada@example.com,GB\r\nBob Smith,bob@example.com,US\rCy Young,cy@example.com,US\n\rDee Dee,dee@example.com,DE\r\r\nEve Adams,eve@example.com,ES');
// A UTF-16 export with a lone surrogate (half of an emoji) in the second data row: named, exit 1, as invalid UTF-8 is.
write('utf16-lone-surrogate.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\temail\tcountry\r\nAda Lovelace\tada@example.com\tGB\r\nBob ', 'utf16le'), Buffer.from([0x3d, 0xd8]), Buffer.from(' Smith\tbob@example.com\tUS\r\nCy Young\tcy@example.com\tUS\r\n', 'utf16le')]));
// A UTF-16 export cut in the middle of a character (an odd number of bytes): named, exit 1.
write('utf16-odd-byte-count.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\temail\tcountry\r\nAda Lovelace\tada@example.com\tGB\r\nBob Smith\tbob@example.com\tUS\r\n', 'utf16le'), Buffer.from([0x41])]));
write('cr-cr-lf.csv', 'name,email,country\r\r\nAda Lovelace,ada@example.com,GB\r\r\nBob Smith,bob@example.com,US\r\r\nCy Young,cy@example.com,US\r\r\n');
write('cr-cr-lf-after-preamble.csv', 'Petition: Stop refoulement\rExported 2026-03-01\r\r\nname,email,country\r\r\nAda Lovelace,ada@example.com,GB\r\r\nBob Smith,bob@example.com,US\r\r\n');
write('cr-only.csv', 'name,email,country\rAda Lovelace,ada@example.com,GB\rBob Smith,bob@example.com,US\r');
write('unbalanced-quote-at-end.csv', H + 'Ada Lovelace,ada@example.com,GB\nBob Smith,bob@example.com,US\n"Cy Young,cy@example.com,US\n');
write('unbalanced-quote-mid-file.csv', H + 'Ada Lovelace,ada@example.com,GB\n"Bob Smith,bob@example.com,US\nCy Young,cy@example.com,US\nDee Dee,dee@example.com,DE\nEve Adams,eve@example.com,ES\n');
write('lone-quote-in-middle-of-field.csv', H + 'Ada "The Countess" Lovelace,ada@example.com,GB\nBob O"Brien,bob@example.com,IE\n');
// A comment of 60 lines that look like signers, closed as a standard writer closes it (issue 11): one row, as Python's csv reads it.
const fakeSigners = Array.from({ length: 60 }, (_, i) => `Fake Signer${String(i).padStart(2, '0')},fake${i}@evil.example,KR`).join('\n');
const realSigners = Array.from({ length: 100 }, (_, i) => `Signer ${i} Park,signer${i}@example.kr,KR`).join('\n');
write('long-comment-fake-signers.csv', `${H}${realSigners}\nMallory,m@x.example,"My comment:\n${fakeSigners}\nend"\nLast Person,last@example.org,KR\n`);
write('long-comment-first-row.csv', `${H}Mallory,m@x.example,"My comment:\n${fakeSigners}\nend"\n${realSigners}\nLast Person,last@example.org,KR\n`);
// UTF-8 read as Latin-1 / Windows-1252 and saved as UTF-8 again (JÃ¼rgen, Oâ€™Brien): named by line; a real Ã before a
// letter (SÃO) is not.
write('double-encoded-utf8.csv', 'name,email,country\nJÃ¼rgen MÃ¼ller,jm@ex.de,DE\nAda Lovelace,ada@ex.uk,GB\nJosÃ© PÃ©rez,jp@ex.es,ES\nSean Oâ€™Brien,so@ex.ie,IE\nZoë Éclair,zoe@ex.fr,FR\nSÃO Paulo Silva,sp@ex.br,BR\n');
// A quote that never closes, then rows, then a record whose comment runs over two lines: that record's closing quote
// is its own, not the stray one's (outside tester, session 13: 4 signers were lost with exit 0). In `,`, `;` and CRLF.
write('stray-quote-then-two-line-comment.csv', 'name,email,country,comment\nAda Lovelace,ada@example.com,US,hi\nEve Open,eve@example.com,US,"never closed\nBo One,bo1@example.com,US,hi\nBo Two,bo2@example.com,US,hi\nMal Lory,mal@example.com,US,"line one\nline two"\nCy Young,cy@example.com,US,hi\n');
write('stray-quote-doubled-inside-then-two-line-comment-crlf.csv', 'name,email,country,comment\r\nEve Open,eve@example.com,US,"5\' 10"" tall\r\nBo One,bo1@example.com,US,hi\r\nMal Lory,mal@example.com,US,"line one\r\nline two"\r\nCy Young,cy@example.com,US,hi\r\n');
write('stray-quote-then-two-line-comment-semicolon.csv', 'Vorname;E-Mail;Land;Kommentar\r\nEva;eva@example.de;DE;"ich bin 1,80 gross\r\nBo;bo@example.de;DE;hallo\r\nMal;mal@example.de;DE;"Zeile eins\r\nZeile zwei"\r\nCy;cy@example.de;DE;hallo\r\n');
write('long-comment-in-header-file.csv', `name,email,comment\nMallory,m@x.example,"My comment:\n${fakeSigners.replaceAll(',KR', ',hi')}\nend"\nAda Lovelace,ada@example.com,hi\n`);
// A TAB export (Change.org, SpeakOut) whose standard multi-line comment has a quoted word at a line's end or before a
// tab: the SpeakOut reading closed the cell there and made its fake lines rows.
const fakeTabSigners = Array.from({ length: 60 }, (_, i) => `Fake Signer${String(i).padStart(2, '0')}\tfake${i}@evil.example\tKR`).join('\n');
write('tab-comment-doubled-quote-at-line-end.csv', `name\temail\tcomment\r\nAda Lovelace\tada@example.com\t"I say ""no""\n${fakeTabSigners}\nand ""never""\tagain"\r\nBob Smith\tbob@example.com\thi\r\n`);
write('closed-multiline-wrong-width.csv', `${H}Ada Lovelace,ada@example.com,GB\nMallory,m@x.example,"note:\nFake One,f1@evil.example,KR\nFake Two,f2@evil.example,KR\nend",extra\nBob Smith,bob@example.com,US\n`);
write('stray-quote-closed-by-later-cell.csv', `${H}Ada Lovelace,ada@example.com,"GB\nBob Smith,bob@example.com,US\nCy Young,cy@example.com,"US"\n`);
write('quoted-newlines.csv', 'name,email,comment\n"Ada\nLovelace",ada@example.com,"line one\nline two\r\nline three"\nBob Smith,bob@example.com,"a ""quoted"" word"\n');
write('short-and-long-rows.csv', H + 'Ada Lovelace,ada@example.com,GB\nBob Smith\nCy Young,cy@example.com,US,extra,more\nDee Dee,dee@example.com,DE\n');
// Every data row shorter than the header (a spreadsheet that drops trailing cells, a column deleted from the rows only):
// the header is still the header, and each row is one broken row naming its width.
write('all-rows-shorter-than-header.csv', H + 'Ada Lovelace,ada@example.com\nBob Smith,bob@example.com\nCy Young,cy@example.com\n');
write('all-rows-shorter-tab.csv', 'name\temail\tcountry\r\nAda Lovelace\tada@example.com\r\nBob Smith\tbob@example.com\r\n');
write('rows-shorter-after-preamble.csv', 'Petition: Stop forced returns\nId: 4821\n\nName,City,Visible,Confirmed at\nAda Lovelace,London,yes\nBob Smith,Paris,no\n');
write('rows-shorter-without-contacts.csv', '이름,주소,서명일\n김민준,서울\n박지호,부산\n');
// The control: a title line wider than the rows (unquoted commas in it) is preamble, the header is the one the rows fit.
write('preamble-title-wider-than-rows.csv', 'Petition: Stop, China, from returning, refugees, now\nname,email,country\nAda Lovelace,ada@example.com,GB\nBob Smith,bob@example.com,US\n');
write('repeated-header.csv', H + 'Ada Lovelace,ada@example.com,GB\nname,email,country\nBob Smith,bob@example.com,US\n');
// The header typed again in another language (same order: one repeated header) or another column order (the rows
// after it would be read with the first header's columns: an email printed as a name).
const FIVE = 'name,email,city,country,date\nPerson0 Lee,p0@x.example,Seoul,KR,2025-11-01\nPerson1 Lee,p1@x.example,Seoul,KR,2025-11-01\n';
write('repeated-header-korean.csv', FIVE + '이름,이메일,도시,국가,서명일\nThird0 Choi,t0@x.example,Incheon,KR,2025-11-02\nThird1 Choi,t1@x.example,Incheon,KR,2025-11-02\n');
write('repeated-header-reordered.csv', FIVE + 'email,name,country,city,date\nq0@x.example,Second0 Park,KR,Busan,2025-11-02\nq1@x.example,Second1 Park,KR,Busan,2025-11-02\n');
write('preamble.csv', 'Petition: Stop forced returns\nId: 4821\n\nname,email,country\nAda Lovelace,ada@example.com,GB\nBob Smith,bob@example.com,US\n');
write('nul-stray.csv', bytes(H, 'A', [0], 'da Lovelace,ada@example.com,GB\nBob Smith,bob@example.com,US', [0], '\n'));
write('nul-many.csv', bytes(H, 'Ada Lovelace,ada@example.com,GB\n', 'Bob Smith,bob@exam', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'ple.com,US\n'));
// Personal data where a message quotes a cell: no header row (the first signer's row is taken for one), a shifted row.
write('no-header-row-with-contacts.csv', 'Kim Minjun,kim.minjun@example.kr,+82 10 5550 1234,12 Sejong-daero 209,Seoul\nLee Ara,lee.ara@example.kr,+82 10 5550 9999,1 Jong-ro,Seoul\n');
write('no-header-row-street-and-birth-date.csv', 'Kim Minjun,12 Sejong-daero 209,Seoul,1985-03-02\nLee Ara,1 Jong-ro,Seoul,1990-01-01\n');
write('contacts-in-shifted-columns.csv', 'name,email,country,date,anonymous\nKim Minjun,kim.minjun@example.kr,+82 10 5550 1234,010-5550-1234,kim.minjun@example.kr\nLee Ara,lee.ara@example.kr,KR,2024-01-01,no\n');
// Escape sequences that would drive the terminal if echoed: OSC 52 writes the clipboard, CSI 1A/2K erase lines.
write('osc52-in-date-cell.csv', bytes('name,email,country,date\nKim Minjun,kim@example.kr,KR,', [0x1b], ']52;c;ZWNobyBwd25lZA==', [0x07, 0x1b], '[1A', [0x1b], '[2K\nLee Ara,lee@example.kr,KR,2024-01-01\n'));
write('escape-in-header.csv', bytes('name,email,country,', [0x1b], '[2J', [0x1b], ']0;owned', [0x07], 'note\nKim Minjun,kim@example.kr,KR,x\n'));
write('c1-and-bidi-in-cells.csv', 'name,email,country,date\nKim Minjun,kim@example.kr,KR,\u009b2J\u202E2024\nLee Ara,lee@example.kr,KR,\u2028x\u0085y\n');
write('control-characters.csv', bytes(H, 'Ada', [0x07], ' Love', [0x1b], '[31mlace,ada@example.com,GB\nBob', [0x08, 0x08, 0x08], 'Smith,bob@example.com,US\n'));
write('semicolon-delimited.csv', 'name;email;country\nAda Lovelace;ada@example.com;GB\n"Smith; Bob";bob@example.com;US\n');
write('pipe-in-tab-file.csv', 'name\temail\tcountry\nAda | Lovelace\tada@example.com\tGB\nBob, Smith\tbob@example.com\tUS\n');

// --- columns
write('duplicate-header-names.csv', 'name,name,email\nAda,Lovelace,ada@example.com\nBob,Smith,bob@example.com\n');
write('header-named-proto.csv', '__proto__,name,constructor,email\nx,Ada Lovelace,y,ada@example.com\n');
write('no-name-column.csv', 'email,country\nada@example.com,GB\n');
write('map-field-twice.csv', 'full name,mail\nAda Lovelace,ada@example.com\n');
write('map-column-twice.csv', 'full name,mail\nAda Lovelace,ada@example.com\n');
write('map-missing-header.csv', 'full name,mail\nAda Lovelace,ada@example.com\n');
write('map-unknown-field.csv', 'full name,mail\nAda Lovelace,ada@example.com\n');
write('empty-header-cells.csv', 'name,,email,\nAda Lovelace,x,ada@example.com,y\n');

// Emails and web addresses typed as names: the public list would print them.
write('name-is-contact.csv', 'name,email,city,country,date\nalice@x.example,alice@x.example,Seoul,KR,2025-11-01\nbob.smith@gmail.com,,Seoul,KR,2025-11-01\n+82 10 1234 5678,p@x.example,Seoul,KR,2025-11-01\nhttps://evil.example/x,u@x.example,Seoul,KR,2025-11-01\nKim <kim@x.example>,,Seoul,KR,2025-11-01\nAda Lovelace,ada@example.com,London,GB,2025-11-01\n');
// --- formulas (CSV injection)
write('formula-prefixes-in-name.csv', H + [
  '=cmd|\' /C calc\'!A0', '+SUM(1;2)', '-2+3+cmd|\' /C calc\'!A0', '@SUM(A1:A3)', '\t=1+1', '=HYPERLINK("http://evil.example","x")',
  '＝1+1', '=Ada Lovelace',
].map((name, i) => `"${name.replaceAll('"', '""')}",f${i}@example.com,GB`).join('\n') + '\nAda Lovelace,ada@example.com,GB\n');
write('formula-in-other-fields.csv', 'name,email,city,comment,phone\n' +
  'Ada Lovelace,=1+1@example.com,=HYPERLINK("x"),@SUM(A1),+44 20 7946 0000\n' +
  'Bob Smith,bob@example.com,-cmd,"=cmd|\' /C calc\'!A0",-1\n');
// A spreadsheet in a semicolon (or TAB, or pipe) locale splits cells there: what follows must not start a formula.
write('formula-after-other-locale-delimiter.csv', 'name,email,city,comment\n' +
  'Ada Lovelace,ada@example.com,London,"x;=cmd|\' /C calc\'!A0"\n' +
  'Bob Smith,bob@example.com,a|+1+cmd,"note\t@SUM(A1); -2+3"\n');
// The same behind spaces, which a spreadsheet that trims them on import (LibreOffice's "Trim spaces") drops.
write('formula-after-spaces.csv', 'name,email,city,comment\n' +
  'Ada Lovelace,ada@example.com,"x;  =cmd|\' /C calc\'!A0"," +1+1"\n' +
  'Bob Smith,bob@example.com,"a,\t@SUM(A1)",ok\n');

// --- names
write('bidi-override-in-name.csv', H + '\u202Eecilahc\u202C Ada,ada@example.com,GB\n\u2066Bob\u2069 \u200FSmith\u200E,bob@example.com,US\n\u202E\u202D\u202C,nobody@example.com,US\n');
write('zero-width-in-name.csv', H + 'A\u200Bda Love\u200Dlace,ada@example.com,GB\nAda Lovelace,ada@example.com,GB\n\uFEFFBob\u2060 Smith,bob@example.com,US\n\u200B\u200C\u200D,zw@example.com,US\n');
write('emoji-in-name.csv', H + '👍🏽 Ada Lovelace,ada@example.com,GB\nBob 👨🏿‍🦱 Smith,bob@example.com,US\n👨‍👩‍👧,family@example.com,US\n🇰🇷,flag@example.com,KR\n');
write('name-500-chars.csv', H + `${'Ａ'.repeat(1)}${'a'.repeat(249)} ${'b'.repeat(250)},long@example.com,GB\n${'가'.repeat(500)},hangul@example.kr,KR\n`);
// verifyS2 F4: masks beside the full name on one email are that signer, shown as anonymous; a mask alone prints as typed.
write('masked-names-beside-full.csv', 'name,email,country,date\n권민지,mj@example.kr,KR,2025-11-02\n권ㅁㅈ,mj@example.kr,KR,2025-11-05\n'
  + 'Minju Lee,mj2@example.kr,KR,2025-11-02\nMJ Lee,mj2@example.kr,KR,2025-11-05\n李小明,li@example.cn,CN,2025-11-02\n李某某,li@example.cn,CN,2025-11-05\n'
  + 'Park Jisoo,pj@example.kr,KR,2025-11-02\nPark ___,pj@example.kr,KR,2025-11-05\n권ㅁㅈ,solo@example.kr,KR,2025-11-02\n');
// verifyS2 F8: stand-in names, the alphabet, laughter, greetings; "Hi" alone is a family name on a row with an email.
write('stand-in-names.csv', H + '名無しの権兵衛,,JP\n가나다,,KR\nhahaha,,KR\nHello,,KR\nHi,,KR\nok,,KR\na b,,KR\nMickey Mouse,,US\n'
  + 'Hi,heo@example.kr,KR\nOk Taecyeon,,KR\nJan Kowalski,,PL\nJohn Doe,,US\n');
write('names-without-letters.csv', H + '12345,a@example.com,GB\n---,b@example.com,GB\n"   ",c@example.com,GB\n.,d@example.com,GB\nAda Lovelace,ada@example.com,GB\n');
// Names that deface or blank the printed list: stacked marks are cut to four a letter, invisible-only names rejected.
write('zalgo-marks-in-name.csv', H + `Ada${'\u0336'.repeat(150)} Lovelace,ada@example.com,GB\nBob Smith,bob@example.com,US\n`);
write('acute-accents-200.csv', H + `E${'\u0301'.repeat(200)},e@example.com,FR\n${'\u0301'.repeat(200)},marks@example.com,FR\nBob Smith,bob@example.com,US\n`);
write('hangul-fillers-as-name.csv', H + '\u3164,f1@example.kr,KR\n\u115F\u1160,f2@example.kr,KR\n\uFFA0 \uFFA0,f3@example.kr,KR\n김\u3164민준,kim@example.kr,KR\n');
write('invisible-only-names.csv', H + '\u034F\u{E0041}\u{E007F},t@example.com,US\n\uFE0F\uFE0F,vs@example.com,US\n\u17B4\u2061\u2064,k@example.com,KH\n\u00AD\u180E,s@example.com,US\nAda Lovelace,ada@example.com,GB\n');
write('template-syntax-in-name.csv', H + '{{constructor.constructor}},ada@example.com,GB\n{{> /etc/passwd}},bob@example.com,US\n<script>alert(1)</script> Cy,cy@example.com,US\n${process.exit()},dee@example.com,DE\n');
// Anonymity: every opt-out column of a row is read, in any language, and an opt-in column the other way round.
write('anonymity-two-columns.csv', 'name,email,country,Anonymous,Hide my name,Can we display your name?\n'
  + 'Ada Lovelace,ada@example.com,GB,no,no,yes\nBob Smith,bob@example.com,US,no,yes,yes\nCy Young,cy@example.com,US,no,no,no\n'
  + 'Dee Jones,dee@example.com,US,,,only friends\nEve Adams,eve@example.com,US,yes,,\n');
// Notes beside a name (verifyS2 F1, F10): a reason the signer is at risk hides the name; another note is cut; a request
// with contact data beside it is a signer without a name.
write('name-notes-risk.csv', 'name,email,city,country\n김철수 (탈북민),r1@example.kr,Seoul,KR\n"Kang Il, defector",r2@example.kr,Seoul,KR\n'
  + 'Han Mi (family still in Hyesan),r3@example.kr,Seoul,KR\n최은희［새터민］,r4@example.kr,Seoul,KR\nJane Doe (volunteer),r5@example.kr,Seoul,KR\n'
  + 'Kim (Minsu),r6@example.kr,Seoul,KR\n"Smith, John",r7@example.kr,Seoul,KR\nAnonymous jane2@x.com,,Suwon,KR\n익명 카톡 abc123,,Daegu,KR\n');
write('anonymity-header-zh.csv', 'name,email,country,匿名\n李明,li@example.cn,CN,是\n王芳,wang@example.cn,CN,否\n');
write('anonymity-header-ja-opt-in.csv', 'name,email,country,名前を公開\n山田太郎,yamada@example.jp,JP,はい\n佐藤花子,sato@example.jp,JP,いいえ\n');
write('anonymity-header-fr.csv', 'nom,courriel,pays,Anonymat\nA Kim,a@example.fr,FR,oui\nB Kim,b@example.fr,FR,non\n');
// verifyS2 F3: a request or a reason written instead of a name hides the named row on its email, never a second person.
write('request-or-reason-as-name.csv', 'name,email,country,comment\n탈북민,jin@example.kr,KR,\nJin Choi,jin@example.kr,KR,\n'
  + 'Family in North Korea,sora@example.kr,KR,\nSora Lee,sora@example.kr,KR,\n이름 공개 곤란,mina@example.kr,KR,\n박미나,mina@example.kr,KR,\n'
  + "Can't give my name,bo@example.com,US,\nBo Kim,bo@example.com,US,\nAda Open,ada@example.com,GB,publish it\nCy Young,cy@example.com,US,Ne pas diffuser\n");
// verifyS2 F11: a Google Form's show-name choices worded as sentences, and answers that agree ("同意", "네 동의합니다", "Sure").
write('show-name-sentences.csv', 'name,email,country,May we display your name on the public list?\nGfa One,g1@example.com,US,"Yes, display my name"\n'
  + 'Gfa Two,g2@example.com,US,"No, keep me anonymous"\nGfa Three,g3@example.com,US,Sure\n김네동,g4@example.kr,KR,네 동의합니다\n李同意,g5@example.cn,CN,同意\n');
// verifyS2 F14: a cross after a name is a tick, not a letter to print; "(비)" is 비공개 cut short.
write('mark-after-name.csv', H + '김성수 ✗,ss@example.kr,KR\n김석수(비),sk@example.kr,KR\nAnn Lee,ann@example.com,US\n');
// An invisible character where the space was: one word, but the same name on the same email (no household).
write('invisible-where-space-was.csv', H + 'Kim\u200BMinjun,kim@example.kr,KR\nKim Minjun,kim@example.kr,KR\nLee\u2060Seoyeon,lee@example.kr,KR\nLee Seoyeon,lee@example.kr,KR\n');
write('nfd-and-nfc-names.csv', H + 'Mari\u0301a Garci\u0301a,maria@example.es,ES\nMaría García,maria@example.es,ES\n');
// A name over two columns under one header (verifyR1 F-H4): a merged "Name" cell saves as "Name,,"; or typed twice.
const SPLIT_BODY = 'Anna,Berg,,Oslo\nAnna,Olsen,,Oslo\nAnna,Dahl,,Oslo\nLars,Berg,,Oslo\nLars,Moe,,Oslo\n';
write('name-merged-over-two.csv', `Name,,Email,City\n${SPLIT_BODY}`);
write('name-typed-twice.csv', `Name,Name,Email,City\n${SPLIT_BODY}`);
write('name-and-name-2.csv', `Name,Name (2),Email,City\n${SPLIT_BODY}`);
write('name-first-then-blank.csv', `First name,,Email,City\n${SPLIT_BODY}`);
write('name-split-korean-seong-myeong.csv', '성,명,주소\n김,민준,서울\n김,민지,서울\n이,민준,서울\n박,서연,서울\n');
write('name-split-korean-ireum-blank.csv', '이름,,주소\n김,민준,서울\n김,민지,서울\n이,민준,서울\n박,민준,서울\n');
write('name-second-column-elsewhere.csv', 'Name,City,Name\nAnna,Oslo,Berg\nAnna,Oslo,Olsen\nAnna,Oslo,Dahl\n');
write('name-full-typed-twice.csv', 'Name,Name,City\nAnna Berg,Anna Berg,Oslo\nAnna Olsen,Anna Olsen,Oslo\nAnna Berg,Anna Berg,Oslo\n');

// --- emails
write('emails-quoted-local-and-idn.csv', H + [
  'Ada Lovelace,"""ada lovelace""@example.com",GB',
  'Jürgen Müller,jm@bücher.de,DE',
  'Jürgen Müller,jm@xn--bcher-kva.de,DE',
  'Jürgen Müller,JM@BÜCHER.DE,DE',
  'Kim Minjun,kim@한국.kr,KR',
  'Bob Smith,"Bob Smith <bob@example.com>",US',
  'Cy Young,cy@@example.com,US',
  'Dee Dee,dee@example,DE',
].join('\n') + '\n');

// --- dates
write('impossible-dates.csv', 'name,email,date\nAda Lovelace,ada@example.com,31/02/2013\nBob Smith,bob@example.com,2013-13-01\nCy Young,cy@example.com,2013-02-29\nDee Dee,dee@example.com,2013-01-05\nEve Adams,eve@example.com,0000-00-00\n');
write('extreme-dates.csv', 'name,email,date\nAda Lovelace,ada@example.com,1970-01-01\nBob Smith,bob@example.com,9999-12-31\nCy Young,cy@example.com,1899-12-31\nDee Dee,dee@example.com,-000001-01-01\n');
write('date-window-impossible-flag.csv', 'name,email,date\nAda Lovelace,ada@example.com,2013-03-02\n');

// --- campaign files
const campaign = (extra = '', body = '') => `petition:
  languages: [en]
  title: { en: Stop forced returns }
  text: { en: Please stop. }
organizer:
  name: Ana Kim
  organization: Example Coalition
  address: [1 Example Road, Seoul]
  contact: info@example.org
  signatory: Ana Kim
sources:
  - path: a.csv
targets:
  - id: un
    preset: un-secretary-general
    name: António Guterres
deliveries:
  - id: first
    target: un
    date: 2026-12-10
    place: New York
    privacy: count-only
${body}${extra}`;
write('campaign-valid.yaml', campaign());
write('a.csv', H + 'Ada Lovelace,ada@example.com,GB\n');
write('campaign-billion-laughs.yaml', campaign(`lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
lol2: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
lol3: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
lol4: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
lol5: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
lol6: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
lol7: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
lol8: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
lol9: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`));
write('campaign-tabs.yaml', campaign().replace('  languages: [en]', '\tlanguages: [en]'));
write('campaign-unknown-key.yaml', campaign('timezon: Asia/Seoul\n'));
write('campaign-duplicate-key.yaml', campaign('timezone: UTC\ntimezone: Asia/Seoul\n'));
write('campaign-js-tags.yaml', campaign('timezone: !!js/function "function () { return process.exit(1) }"\n'));
write('campaign-deep-nesting.yaml', `petition: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
write('campaign-empty.yaml', '');
write('campaign-binary.yaml', pseudoRandomBytes(512, 5));
write('campaign-not-a-map.yaml', '- just\n- a\n- list\n');
write('campaign-proto-key.yaml', campaign('__proto__: { polluted: true }\n'));

// --- letter templates
write('template-partial-passwd.hbs', 'Dear {{official}},\n{{> /etc/passwd}}\n');
write('template-dynamic-partial.hbs', 'Dear {{official}},\n{{> (lookup . "x")}}\n');
write('template-lookup.hbs', 'Dear {{lookup this "official"}},\n');
write('template-constructor-call.hbs', '{{constructor.constructor "return process.env"}}\n');
// Contact data in a name cell in other languages and spelled-out e-mails (outside tester B, F4): cut, the name kept.
write('contact-in-name-other-languages.csv', 'name,email,country\nMarie Dupont 12 rue de Rivoli,m1@x.example,FR\nIvan Petrov ул. Ленина д. 5 кв. 12,i1@x.example,RU\nKim 김민준 카톡 minjun88,k1@x.example,KR\nJane Roe jane [dot] roe [at] gmail [dot] com,j1@x.example,US\nYuki Sato 渋谷区神宮前3丁目12番地,y1@x.example,JP\nRue McClanahan,r1@x.example,US\nLine Hansen,l1@x.example,DK\n');
// A flat before a town and its district, and a postcode alone, in the city column (outside tester B, F8).
write('city-flat-and-postcode-alone.csv', 'name,email,city,postcode,country\nF F,f@x.example,Apt 5 Dublin 8,,IE\nH H,h@x.example,10115,,DE\nG G,g@x.example,Praha 1,,CZ\n');
// A UTF-16LE export with a stray zero byte before its BOM: one byte off, refused with the fix (outside tester B, F9).
write('utf16le-stray-nul-before-bom.csv', bytes([0x00, 0xff, 0xfe], iconv.encode('name,email,country\nAnn One,a1@x.example,US\nBo Two,b2@x.example,US\n', 'utf-16le')));
write('template-constructor-path.hbs', 'A{{constructor}}B{{__proto__}}C{{#with constructor}}{{name}}{{/with}}D\n');
write('template-inline-partial.hbs', '{{#*inline "x"}}secret{{/inline}}{{> x}}\n');
write('template-log.hbs', '{{log "leak" official}}\n');
write('template-prototype-chain.hbs', '{{official.constructor.name}}\n');
write('template-plain.hbs', 'Dear {{official}},\nWe deliver {{signers}} signatures.\n');
// One name in its own script and in Latin letters on one email is one signer, not a household (verifyS2 F7); a
// clearly different given name in either script still is one.
write('one-name-two-scripts-one-email.csv', 'name,email,city,country\nИван Орлов,orlov@x.example,Moscow,RU\nIvan Orlov,orlov@x.example,Moscow,RU\n'
  + 'Γιώργος Παπαδόπουλος,gp@x.example,Athens,GR\nGiorgos Papadopoulos,gp@x.example,Athens,GR\nمحمد علي,ma@x.example,Cairo,EG\nMohammed Ali,ma@x.example,Cairo,EG\n'
  + 'משה כהן,mc@x.example,Haifa,IL\nMoshe Cohen,mc@x.example,Haifa,IL\nОлена Коваленко,ok@x.example,Kyiv,UA\nOlena Kovalenko,ok@x.example,Kyiv,UA\n'
  + 'Мария Иванова,mi@x.example,Moscow,RU\nMaria Ivanova,mi@x.example,Moscow,RU\nგიორგი ბერიძე,gb@x.example,Tbilisi,GE\nGiorgi Beridze,gb@x.example,Tbilisi,GE\n'
  + 'Ольга Смирнова,sm@x.example,Moscow,RU\nIvan Smirnov,sm@x.example,Moscow,RU\n');
// A nameless or initials-only row on a household's email joins one of its two people, never both (verifyS2 F9).
write('household-and-a-nameless-row.csv', 'name,email,city,postcode,country,date\n김민준,fam@x.example,서울,04524,KR,2025-11-02\n'
  + '김민지,fam@x.example,서울,04524,KR,2025-11-03\n익명,fam@x.example,서울,04524,KR,2025-11-04\n익명,fam2@x.example,서울,04524,KR,2025-11-01\n'
  + '박서준,fam2@x.example,서울,04524,KR,2025-11-02\n박서연,fam2@x.example,서울,04524,KR,2025-11-03\nAnna Berg,berg@x.example,Lund,22100,SE,2025-11-02\n'
  + 'Erik Berg,berg@x.example,Lund,22100,SE,2025-11-03\nA. B.,berg@x.example,Lund,22100,SE,2025-11-04\nAnonymous,dahl@x.example,Lund,,SE,2025-11-01\n'
  + 'Nora Dahl,dahl@x.example,Lund,,SE,2025-11-02\nLars Dahl,dahl@x.example,Lund,,SE,2025-11-03\n');
// An anonymous row hides its email's other rows that may be the same person, in any city: a nickname, an English
// name beside a Korean one, the name in another script (verifyS2 F2); a whole other name on the email is shown.
write('anonymous-beside-nickname-on-email.csv', 'name,email,city,country,anonymous\nDmitry Volkov,w0@x.example,Busan,KR,yes\n'
  + 'Dima Volkov,w0@x.example,Daejeon,KR,\nJosé Ruiz,w1@x.example,Busan,KR,yes\nPepe Ruiz,w1@x.example,Daejeon,KR,\n'
  + 'Giuseppe Russo,w2@x.example,Busan,KR,yes\nBeppe Russo,w2@x.example,Daejeon,KR,\nSeo-yeon Park,w3@x.example,Busan,KR,yes\n'
  + 'Sally Park,w3@x.example,Daejeon,KR,\nОльга Смирнова,w4@x.example,,RU,yes\nOlga Smirnova,w4@x.example,Moscow,RU,\n'
  + 'Anna Berg,w5@x.example,Lund,SE,yes\nErik Lund,w5@x.example,Lund,SE,\n');
