// House numbers spelled in more languages and orders (issue 11, names22; outside tester verifyN, F3 and F9). The list
// printed "Nguyễn Văn Long hẻm mười hai", "Kim Minho 세종대로 열두", "Suresh Kumar அண்ணா சாலை பன்னிரண்டு", "Mary Sue Twelve
// Elm Street", "Hans Otto zwölf" (of "Hans Otto zwölf Hauptstraße") and "Raj Bose बारह": number words were known in
// sixteen European languages only, and only after a street word. Vietnamese, Korean, Thai, Hindi, Tamil, Bengali,
// Swahili and Tagalog number words now count, after a street word or a number's label ("PO Box", "nambari", "bilang",
// "मकान नंबर", "บ้านเลขที่"), before a street ("twelve Baker Street", "douze rue de la Paix"), and alone at the end in
// another script than the name's. "Raj Das MG Road twelve" printed "Raj": a capitalised "Das" is a name, no street's article.
import { describe, expect, it } from '@jest/globals';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyN's cells (p3, p7, p8, p12, p13) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Nguyễn Văn Bình đường Lê Lợi số mười hai', 'Nguyễn Văn Bình'], ['Nguyễn Văn Long hẻm mười hai', 'Nguyễn Văn Long'],
  ['Trần Văn Nam ngõ năm', 'Trần Văn Nam'], ['Kim Minho 세종대로 열두', 'Kim Minho'], ['Kim Minho 세종대로 십이', 'Kim Minho'],
  ['Somsak Dee บ้านเลขที่ สิบสอง', 'Somsak Dee'], ['Amit Jain मकान नंबर बारह', 'Amit Jain'],
  ['Suresh Kumar அண்ணா சாலை பன்னிரண்டு', 'Suresh Kumar'], ['Suman Das রবীন্দ্র সরণি বারো', 'Suman Das'],
  ['Juma Ali Barabara ya Moi nambari kumi', 'Juma Ali'], ['Juan Reyes Kalye Rizal bilang labindalawa', 'Juan Reyes'],
  ['Kasia Wrona skrytka pocztowa dwanaście', 'Kasia Wrona'], ['Jane Doe PO Box twelve', 'Jane Doe'], ['Ann Lee Postfach zwölf', 'Ann Lee'],
  ['Mary Sue Twelve Elm Street', 'Mary Sue'], ['John Brown twelve Baker Street', 'John Brown'],
  ['Mary Kay one hundred Elm Street', 'Mary Kay'], ['Hans Otto zwölf Hauptstraße', 'Hans Otto'],
  ['Pierre Paul douze rue de la Paix', 'Pierre Paul'], ['Ana Lia doce calle Mayor', 'Ana Lia'], ['Raj Bose बारह', 'Raj Bose'],
  ['Raj Das MG Road twelve', 'Raj Das'], ['Mary Ann Elm Street twelve', 'Mary Ann'], ['Ana Ruiz Avenida Reforma doce', 'Ana Ruiz'],
];

/** Names with number words or street articles in them: nothing is cut. */
const NAMES = ['Kim Lee two hundred', 'Ann One', 'Trần Văn Nam', 'Nguyễn Thị Năm', 'Ana Dos Santos', 'Maria Sol Dos Santos Street',
  'José Carlos Dos Santos', 'Hans Elf', 'Raj Das', 'Suman Das', 'Lee Hana', '이 오 한', 'Siti Lima', 'Juan Dela Cruz'];

describe('house numbers spelled in more languages, and before the street', () => {
  it.each(TESTER)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it('prints only the names in the merged list, and counts the same people as with the address in its own column', async () => {
    expect(await expectNamesCutAsIfInOwnColumn(TESTER)).not.toMatch(/mười|열두|பன்னிரண்டு|Twelve|zwölf|बारह/u);
  });
});
