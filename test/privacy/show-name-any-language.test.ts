// A show-name column in any language is never ignored (outside tester J, F9, issue #11). Before: "Zgoda na publikację
// nazwiska", "Név nyilvános", "İsmim görünsün", "Zobrazit jméno", "Εμφάνιση ονόματος", "แสดงชื่อ", "नाम दिखाएं" were
// "ignored (unknown header)", and the signer who answered "no" was printed by name. Now a header holding a name word
// with a show word, or a publish word, of any language of the one table (normalize/anonymity-words.ts,
// SHOW_NAME_WORDS), or a name word over yes/no answers, is reported with the file, the column and how to map it, every
// name of the file is hidden until it is mapped, and the run exits 1. Mapped, its answers are read in its language.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Runs dedupe on a list of two signers with one more column, and returns who is shown, with the run's output. */
async function dedupe(header: string, answers: [string, string], args: string[] = []) {
  const input = join(dir, `show-${++files}.csv`);
  writeFileSync(input, `name,email,city,country,"${header}"\nHedda Person,h@x.example,Berlin,DE,${answers[0]}\nShown Person,s@x.example,Berlin,DE,${answers[1]}\n`);
  const merged = join(dir, `show-${files}-merged.csv`);
  const result = await runMain(['dedupe', input, '-o', merged, ...args]);
  return { result, input, shown: readCsv(merged).map((row) => [row.name, row.anonymous]) };
}

/** [header, its "no", its "yes"]: a yes shows the name. */
const SHOW_NAME: Array<[string, string, string]> = [
  ['Zgoda na publikację nazwiska', 'nie', 'tak'], ['Név nyilvános', 'nem', 'igen'], ['İsmim görünsün', 'hayır', 'evet'],
  ['Zobrazit jméno', 'ne', 'ano'], ['Zveřejnit jméno na seznamu', 'ne', 'ano'], ['Εμφάνιση ονόματος', 'όχι', 'ναι'],
  ['แสดงชื่อ', 'ไม่', 'ใช่'], ['नाम दिखाएं', 'नहीं', 'हाँ'], ['Показувати ім\'я', 'ні', 'так'], ['הצג את השם', 'לא', 'כן'],
  ['Tampilkan nama', 'tidak', 'ya'], ['Visa mitt namn', 'nej', 'ja'], ['Afișează numele', 'nu', 'da'], ['Näytä nimi', 'ei', 'kyllä'],
  ['نمایش نام', 'نه', 'بله'], ['নাম প্রকাশ', 'না', 'হ্যাঁ'], ['Onyesha jina langu', 'hapana', 'ndiyo'], ['სახელის ჩვენება', 'არა', 'დიახ'],
  ['Անունը ցույց տալ', 'ոչ', 'այո'], ['ስም አሳይ', 'አይ', 'አዎ'], ['Ipakita ang pangalan', 'hindi', 'oo'],
  // A name word alone, over yes/no answers: the values say it is a question.
  ['İsmim', 'hayır', 'evet'], ['Το όνομά μου', 'όχι', 'ναι'], ['Nama', '0', '1'],
  // Outside tester K, F1: Hebrew "my name" (שמי), sharing a signature, and "Consent" alone beside the name column.
  ['להציג את שמי', 'לא', 'כן'], ['שמי יופיע ברשימה', 'לא', 'כן'], ['Can we share your signature?', 'no', 'yes'], ['Consent', 'No', 'Yes'],
];

describe('a show-name column in a language the reader does not read', () => {
  it.each(SHOW_NAME)('%j hides every name of the file until mapped, names file and column, and exits 1', async (header, no, yes) => {
    const { result, input, shown } = await dedupe(header, [no, yes]);
    expect(shown).toEqual([['Hedda Person', 'yes'], ['Shown Person', 'yes']]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/unique signers\s+2\b/);
    expect(result.stderr).toContain(`warning: ${input}, column "${header}"`);
    expect(result.stderr).toContain(`--map anonymous="!${header}"`);
  });

  it.each(SHOW_NAME)('%j mapped with --map anonymous="!…" reads its own no and yes', async (header, no, yes) => {
    const { result, shown } = await dedupe(header, [no, yes], ['--map', `anonymous=!${header}`]);
    expect(shown).toEqual([['Hedda Person', 'yes'], ['Shown Person', 'no']]);
    expect(result.code).toBe(0);
  });

  it('is shown by inspect as a column read fail-closed, not as an unknown header', async () => {
    const input = join(dir, 'inspect.csv');
    writeFileSync(input, 'name,email,city,country,Zobrazit jméno\nHedda Person,h@x.example,Berlin,DE,ne\n');
    const result = await runMain(['inspect', input]);
    expect(result.stdout).toMatch(/Zobrazit jméno → not read as a yes or no: .* every signer of the file is shown as anonymous/);
    expect(result.stdout).not.toContain('unknown header');
  });
});

describe('a Chinese show-name question asked with "whether" (是否, 要不要)', () => {
  // Before: the 否 of 是否 was read as a negation, the column as "a yes hides the name", and 否 printed the name.
  it.each([['是否公开姓名'], ['要不要公開姓名'], ['姓名是否公开']])('%j shows the name on 是 and hides it on 否', async (header) => {
    const { shown } = await dedupe(header, ['否', '是']);
    expect(shown).toEqual([['Hedda Person', 'yes'], ['Shown Person', 'no']]);
  });

  it('"是否不公开姓名" (whether not to publish) still hides on 是', async () => {
    const { shown } = await dedupe('是否不公开姓名', ['是', '否']);
    expect(shown).toEqual([['Hedda Person', 'yes'], ['Shown Person', 'no']]);
  });
});

describe('ordinary columns beside the name', () => {
  it.each([
    ['Comment', 'no', 'yes'], ['City of birth', 'Paris', 'Rome'], ['Country', 'FR', 'IT'], ['Date', '2025-11-02', '2025-11-03'],
    ['Email me updates', 'no', 'yes'], ['Newsletter', 'nein', 'ja'], ['Zgoda na newsletter', 'nie', 'tak'], ['Company name', 'Acme', 'Globex'],
    ['Souhlas se zpracováním osobních údajů', 'ne', 'ano'], ['I accept the privacy policy', 'no', 'yes'], ['Share with friends?', 'no', 'yes'],
  ])('%j leaves the names printed, with no warning', async (header, first, second) => {
    const { result, shown } = await dedupe(header, [first, second]);
    expect(shown).toEqual([['Hedda Person', 'no'], ['Shown Person', 'no']]);
    expect(result.stderr).not.toContain(`column "${header}"`);
  });
});
