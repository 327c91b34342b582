// Which writing systems the characters no font has belong to, named in the reader's language: "𠀀 𠀁" alone does not
// tell an organizer what to change, "Han (CJK Extension B)" does.

// ISO 15924 codes of the scripts in Unicode 15; JavaScript's \p{Script=…} takes them as the property's short names,
// and Intl.DisplayNames names them in any language.
const SCRIPT_CODES = (
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Bopo Brah Brai Bugi Buhd Cakm Cans Cari Cham Cher Chrs '
  + 'Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Geor Glag Gong Gonm Goth Gran Grek Gujr Guru Hang '
  + 'Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Kthi Lana Laoo Latn '
  + 'Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Mlym Modi Mong Mroo Mtei Mult Mymr '
  + 'Nagm Nand Narb Nbat Newa Nkoo Nshu Ogam Olck Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti '
  + 'Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sind Sinh Sogd Sogo Sora Soyo Sund Sylo Syrc Tagb Takr Tale Talu '
  + 'Taml Tang Tavt Telu Tfng Tglg Thaa Thai Tibt Tirh Tnsa Toto Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb'
).split(' ').map((code) => ({ code, pattern: new RegExp(`\\p{Script=${code}}`, 'u') }));

/** The Han blocks beyond the CJK fonts' repertoire, by their Unicode names (not translated: the standard's terms). */
const HAN_EXTENSIONS: Array<[first: number, last: number, name: string]> = [
  [0x3400, 0x4dbf, 'CJK Extension A'], [0x20000, 0x2a6df, 'CJK Extension B'], [0x2a700, 0x2b73f, 'CJK Extension C'],
  [0x2b740, 0x2b81f, 'CJK Extension D'], [0x2b820, 0x2ceaf, 'CJK Extension E'], [0x2ceb0, 0x2ebef, 'CJK Extension F'],
  [0x2ebf0, 0x2ee5f, 'CJK Extension I'], [0x30000, 0x3134f, 'CJK Extension G'], [0x31350, 0x323af, 'CJK Extension H'],
];

function scriptName(ch: string, names: Intl.DisplayNames): string | undefined {
  const script = SCRIPT_CODES.find(({ pattern }) => pattern.test(ch));
  if (!script) return undefined;
  const name = names.of(script.code) ?? script.code;
  if (script.code !== 'Hani') return name;
  const cp = ch.codePointAt(0)!;
  const block = HAN_EXTENSIONS.find(([first, last]) => cp >= first && cp <= last);
  return block ? `${name} (${block[2]})` : name;
}

/** The scripts of these characters, each once, in the order met, named in `language`; symbols of no script are left out. */
export function missingScripts(characters: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'script', fallback: 'code' });
  const seen = new Set<string>();
  for (const ch of characters) {
    const name = scriptName(ch, names);
    if (name) seen.add(name);
  }
  return [...seen].join(', ');
}
