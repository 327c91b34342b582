// The words signers and volunteers write for "don't show my name", in the languages of this petition's signers, and
// the fold they are compared under. Shared by the name cell (anonymous-name.ts), the comment column
// (comment-asks-anonymity.ts), the placeholder check (validate/placeholder-name.ts) and, with words of its own
// added at the end, the header check (formats/unread-anonymity.ts).
import { foldText } from './fold.js';
import { FIRST_NAME_ONLY } from './first-name-only.js';

/** A combining mark left after NFC (an accent no letter of its own takes): the fold may make a note word of it. */
export const COMBINING_MARK = /\p{M}/u;

/**
 * NFKC (full width, compatibility forms), lower case, accents stripped, curly apostrophes straight, a one-letter
 * slip of a main anonymity word put right ("annonymous", "비공게"), and 🙈 🔒 read as the word "anonymous".
 */
export function foldWords(text: string): string {
  const folded = text.normalize('NFKC').replace(MARKED_VIETNAMESE, ' anonymous ').normalize('NFD').replace(/\p{Mn}+/gu, '').normalize('NFC')
    .toLowerCase().replace(/\u0307/gu, '').replace(/[’‘`´]/gu, "'").replace(EMOJI_MARKS, ' anonymous ');
  return MAY_BE_SLIP.test(folded) ? folded.replace(/[\p{L}]+/gu, (word) => slipOf(word) ?? word) : folded;
}

/** "Ẩn danh", "ẩn tên", "ẩn họ tên" with their marks are no name ("An Danh" without them may be): read before the marks go. */
export const MARKED_VIETNAMESE = /[ẩẨ]n\s*(?:danh|tên|họ\s*(?:và\s*)?tên|DANH|TÊN|HỌ\s*TÊN)|ẨN\s*(?:DANH|TÊN|HỌ\s*TÊN)/gu;
/** The emoji signers put for "hide me". */
export const EMOJI_MARKS = /\u{1F648}|\u{1F512}|\u{1F510}|\u{1F576}\uFE0F?/gu;

/** The main anonymity words a slip of one letter still names (words of 6 letters or more, Hangul of 3 syllables). */
const SLIP_TARGETS = ['anonymous', 'anonymously', 'anonymity', 'publish'];
/** Any one-letter slip of a target keeps one of these runs; most words hold none and are not compared. */
const MAY_BE_SLIP = /an[o0]|nony|onym|nymo|ymous|publ|blish|비공|공개|공게|비.개|익[마-밓]/u;

/** The target a word is one edit (insert, delete, change, swap of neighbours) away from, or null. */
function slipOf(word: string): string | null {
  if (/^\p{Script=Hangul}+$/u.test(word)) return hangulSlipOf(word);
  if (word.length < 6) return null;
  // The first letter stays: "Nonymous" (Anna Nonymous) is a surname, not a slip of "anonymous".
  for (const target of SLIP_TARGETS) if (word !== target && word[0] === target[0] && oneEditApart(word, target)) return target;
  return null;
}

/**
 * 비공개 with one letter (jamo) slipped (비공게, 비곡개), or 익명 with the last vowel slipped (익멍): other slips of a
 * two-syllable word are words of their own (인명, 억명, 일명).
 */
function hangulSlipOf(word: string): string | null {
  const jamo = (text: string): string => text.normalize('NFD');
  // The word may go on with its particles: 익멍으로, 비공게로.
  const three = word.slice(0, 3);
  if (three.length === 3 && three !== '비공개' && oneEditApart(jamo(three), jamo('비공개')) && jamo(three).length === jamo('비공개').length) return `비공개${word.slice(3)}`;
  if (word.length >= 2 && word[0] === '익' && word[1] !== '명') {
    const [lead, , tail] = [...jamo(word[1])];
    if (lead === '\u1106' && tail === '\u11BC') return `익명${word.slice(2)}`;
  }
  return null;
}

/** Whether two words are one insertion, deletion, change or swap of neighbouring letters apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Hangul particles and requests that may follow a Korean anonymity word: 익명으로, 비공개 요청, 익명 부탁드립니다. */
const KO_SUFFIX = '(?:(?:을|를|의|은|는|이|로)(?= |$))?(?: ?(?:원함|원해요|원합니다|요청|희망|원함|처리|부탁|바람|요망|필요|으로|로|해 ?주세요|해 ?주십시오|주세요|주십시오|줘요|줘|부탁해요|부탁합니다|부탁드림|부탁드립니다|요청함|요청합니다|희망함|희망합니다|원해요|원합니다|바랍니다|합니다|함|해요|요))*';
/** 공개 ("public") followed by a negation: 공개X, 공개 안 함, 공개불가, 공개 거부. */
const KO_NOT_PUBLIC = '공개 ?(?:[x×✕✖✗✘╳]+|안 ?함|안 ?해|안 ?됨|안|불가|거부|금지|싫음|원치 ?않음|원하지 ?않음|ㄴㄴ|no|노|하지 ?(?:마세요|마십시오|말아 ?주세요|말아 ?주십시오|말 ?것|말기|않음|않기|않기를 ?원함|말아요|마|말아)?|하지마|말아 ?주세요)';
const KO_NAME = '(?:이름|실명|성명|본명|신원|신상|명의)(?:은|는|을|를)?';
const KOREAN = `(?:${KO_NAME} ?)?(?:비공개|익명|미공개|무기명|${KO_NOT_PUBLIC})${KO_SUFFIX}|${KO_NAME} ?(?:숨김|숨겨|가림|가려|감춤|빼|제외|안 ?밝힘|안 ?밝혀|밝히지 ?않\\p{L}*|미기재)${KO_SUFFIX}`;

/** anonym, anonymous(ly), anonyme, anónimo/a, anonimato, anonymement, anonymity, Anonymität — after foldWords. */
// Any ending, in any language written in Latin letters (outside tester J, F5): anonymně, anonimowo, anonymt, anonyymi,
// anonüümne (folded anonuumne), anonimamente.
export const ANONYM = 'an+on[iyu]+m\\p{L}*';
/** "do not publish", "no publicar", "nicht veröffentlichen", "ne pas publier", "non pubblicare", "não publicar". */
const DONT_SHOW = [
  "(?:(?:please|pls|plz|kindly) )?(?:do not|don't|dont|not to|never) (?:show|publish|display|print|list|share|use|disclose|reveal|release|include|post|give)(?: (?:my|the|full|real))*(?: names?)?",
  '(?:hide|withhold|omit|redact|conceal|mask|remove)(?: (?:my|the|full|real))* names?',
  'names? (?:withheld|hidden|redacted|not (?:shown|published|public|for publication|to be published))',
  'not for publication', 'keep (?:my )?names? (?:private|hidden|secret|confidential|off)', 'no names?,? (?:please|pls|plz)',
  "(?:(?:i )?(?:would|'d) )?(?:prefer|rather) not (?:to )?be (?:named|identified|listed|shown|published)", 'not to be (?:named|identified|listed|published)',
  '(?:por favor )?no (?:publicar|publique|publiquen|mostrar|muestre|muestren|difundir|difunda|poner|ponga|pongan|revelar|incluir|incluya)(?: (?:mi|el))*(?: nombre)?',
  'sin (?:mi )?nombre', 'sin publicar', 'nombre (?:oculto|reservado|privado)', '(?:ocultar|oculten|omitir|omitan) (?:mi |el )?nombre',
  '(?:por favor )?nao (?:publicar|publique|publiquem|mostrar|mostre|mostrem|divulgar|divulgue|divulguem|exibir|exiba|revelar|incluir)(?: (?:o|meu))*(?: nome)?',
  'sem (?:o )?(?:meu )?nome',
  '(?:bitte )?(?:nicht|keinesfalls) (?:veroffentlichen|anzeigen|zeigen|nennen|publizieren|drucken|angeben)',
  'namen? (?:nicht (?:veroffentlichen|anzeigen|zeigen|nennen)|geheim|verbergen|ausblenden)', 'ohne (?:meinen )?namen?',
  '(?:bitte )?(?:meinen )?namen? (?:bitte )?(?:weglassen|streichen|schwarzen|verstecken|nicht drucken|nicht angeben)', '(?:bitte )?nicht offentlich', 'nicht namentlich(?: (?:nennen|erwahnen|auffuhren|zeigen))?',
  '(?:ne )?pas (?:publier|afficher|montrer|divulguer|citer|diffuser|mentionner)(?: (?:mon|le))*(?: nom)?', 'sans (?:mon )?nom',
  'nom (?:cache|masque|confidentiel|prive|secret)', 'nom non (?:publie|affiche|divulgue|diffuse|cite)',
  'non (?:pubblicare|pubblicate|mostrare|mostrate|divulgare|rendere pubblico|citare|indicare)(?: (?:il|mio))*(?: nome)?',
  'senza (?:il )?(?:mio )?nome', 'nome (?:riservato|nascosto|segreto)',
].join('|');
/**
 * Chinese (simplified and traditional) and Japanese: 匿名, "do not publish / show my name", "keep my name secret",
 * "please (sign me) anonymously", as one run of characters ("请勿公开姓名", "名前を公開しないでください").
 */
const ZH_NAME = '(?:我的)?(?:姓名|名字|名)';
const JA_NAME = '(?:名前|氏名|実名|本名)(?:は|を)?';
export const CJK = [
  '(?:请|請)?匿名(?:希望|签名|簽名|处理|處理)?', '(?:请|請)?(?:勿|不要|别|別|不)(?:公开|公開|显示|顯示|透露|发布|發布|刊登)' + `(?:${ZH_NAME})?`,
  `(?:隐藏|隱藏|保密)${ZH_NAME}?`, `${ZH_NAME}(?:请|請)?(?:保密|不公开|不公開|隐藏|隱藏|勿公开|勿公開)`, '非公开|非公開|不公开|不公開',
  `匿名(?:希望|で(?:お願いします|お願い|おねがいします)?|にして(?:ください)?)`, `(?:${JA_NAME})?非公開(?:で|希望|に(?:して(?:ください)?)?)?`,
  `${JA_NAME}(?:公開|掲載|表示|記載)(?:しないで(?:ください)?|不可|なし|ng|はしないで(?:ください)?|しない)`, `${JA_NAME}伏せて(?:ください)?`,
  `(?:名前|氏名|実名|本名)の(?:公開|掲載|表示)(?:は)?(?:ng|不可|なし|禁止|しないで(?:ください)?)`,
  `${JA_NAME}(?:出さないで|載せないで|出せません|出せない|載せられません|載せられない|公開できません|公開できない)(?:ください)?`,
].join('|').normalize('NFD').replace(/\p{Mn}+/gu, '').normalize('NFC'); // as foldWords leaves kana: で is て there
/**
 * A pattern written with its accents and marks, folded as foldWords folds a cell: Thai tone marks and Devanagari
 * vowel signs are marks too, and a pattern that kept them would never meet the folded text.
 */
export function foldedPattern(pattern: string): string {
  return pattern.normalize('NFD').replace(/\p{Mn}+/gu, '').normalize('NFC');
}

/**
 * The one table of "don't show my name" per language (outside tester J, F5/F6/F10): the words a signer writes alone as
 * the name, after the name, in a split column, in a comment or a header. Written as typed (accents kept, folded by
 * foldedPattern); each is a whole note. To support a language, add its row here and its name and negation words to
 * NAME_AND_NEGATION below: name cells, notes, comments and headers all read it.
 */
export const LANGUAGE_NOTES: Record<string, string[]> = {
  pl: ['bez (?:nazwiska|imienia|podpisu)', 'bezimienn\\p{L}*', '(?:proszę )?nie (?:podawać|podawajcie|publikować|publikujcie|ujawniać|ujawniajcie|pokazywać|pokazujcie|umieszczać|umieszczajcie|wymieniać)(?: (?:mojego|mojej|mego|mnie))?(?: (?:nazwiska|imienia|danych))?'],
  cs: ['bez (?:jména|podpisu|mena)', 'nechci být (?:jmenován|jmenována|uveden|uvedena|zveřejněn|zveřejněna)', '(?:prosím )?(?:nezveřejňovat|nezveřejňujte|neuvádět|neuvádějte|nezobrazovat|nezobrazujte|nezverejňovať)(?: (?:mé|moje|mě))?(?: jméno)?'],
  hu: ['névtelen\\p{L}*', 'név nélkül', '(?:kérem )?ne (?:tegyék közzé|közöljék|írják ki|jelenítsék meg)(?: a)?(?: nevem\\p{L}*)?', 'nevem ne (?:szerepeljen|jelenjen meg|legyen)\\p{L}*'],
  el: ['ανώνυμ\\p{L}*', 'χωρίς όνομα', 'όχι όνομα(?: παρακαλώ)?', '(?:παρακαλώ )?μην (?:δημοσιεύσετε|δημοσιεύετε|εμφανίσετε|αναφέρετε|γράψετε)(?: το)?(?: όνομά)?(?: μου)?'],
  uk: ['анонімн\\p{L}*', 'анонім', "без (?:імені|прізвища|підпису)", "не (?:публікуйте|публікувати|показуйте|вказуйте|називайте)(?: (?:моє|мого))?(?: (?:ім'я|імені|прізвище))?"],
  ru: ['без (?:имени|фамилии|подписи)', 'без име'],
  tr: ['(?:ism[iı]m[iı]?|ad[iı]m[iı]?) (?:yay[iı]nlanmas[iı]n|gizli(?: kals[iı]n)?(?: l[uü]tfen)?|g[oö]r[uü]nmesin|yaz[iı]lmas[iı]n|verilmesin)'],
  nl: ['geen naam', 'naamloos'],
  it: ['nome non (?:pubblicato|pubblicare|mostrato|mostrare|indicato|divulgato)'],
  fr: ["pas de nom(?: (?:svp|s'il vous plaît|merci))?"],
  en: ['(?:name )?withheld (?:by|on|upon|at) (?:the )?(?:signer\'s |signers )?request', 'name (?:on|upon) request'],
  sv: ['utan namn', 'publicera inte (?:mitt )?namn', '(?:mitt )?namn ej'],
  da: ['uden navn', 'uten navn', 'navnløs'],
  fi: ['nimettöm\\p{L}*', 'ilman nimeä'],
  ro: ['fără nume'], hr: ['bez imena'], lt: ['be vardo'], lv: ['bez vārda'], et: ['nimeta'], ga: ['gan ainm'],
  id: ['tanpa nama', '(?:tolong |mohon )?jangan (?:cantumkan|tampilkan|sebutkan|publikasikan|tulis|muat)(?: nama(?: saya)?)?'],
  vi: ['(?:xin )?giấu tên', 'không (?:có )?tên', 'vô danh', 'tên tôi không (?:được )?(?:hiển thị|công bố|công khai|nêu)'],
  he: ['אנונימי\\p{L}*', 'בעילום שם', 'ללא שם', 'בלי שם', 'אל תפרסמו(?: את)?(?: שמי| השם)?'],
  hi: ['गुमनाम', 'अनाम', 'बिना नाम(?: के)?', '(?:कृपया )?(?:मेरा )?नाम (?:प्रकाशित |दिखाएं |छापें )?(?:न|ना|मत) ?(?:करें|दिखाएं|छापें)?'],
  th: ['ไม่ระบุชื่อ', 'ไม่ประสงค์ออกนาม', 'นิรนาม', '(?:กรุณา)?(?:อย่า|ไม่)(?:เปิดเผย|แสดง|ลง|ใส่)ชื่อ\\p{L}*'],
  // Swahili, Tagalog, Persian, Urdu, Bengali, Amharic, Georgian, Armenian (outside tester K, F2/F14): "bila jina",
  // "nang walang pangalan", "بی‌نام", "گمنام", "বেনামী", "ስም አልባ", "ანონიმურად", "անանուն".
  sw: ['bila (?:jina|majina)(?: langu)?', '(?:tafadhali )?(?:usichapishe|msichapishe|usionyeshe|msionyeshe|usitaje|msitaje|usiandike|msiandike)(?: (?:jina|majina))?(?: langu)?'],
  tl: ['(?:nang )?walang pangalan', '(?:nang )?hindi (?:pinapangalanan|nagpapakilala)'],
  fa: ['بی\u200c?\\s?نام', 'بدون نام', 'ناشناس', 'نام(?:م)? (?:مرا |من |را )?(?:منتشر|نشان|ذکر|اعلام) نکنید'],
  ur: ['گمنام', 'بغیر نام(?: کے)?', '(?:میرا )?نام (?:شائع|ظاہر) نہ (?:کریں|کیجیے)'],
  bn: ['বেনামী', 'বেনামে', 'নাম ছাড়া', '(?:আমার )?নাম (?:প্রকাশ|দেখাবেন) (?:করবেন )?না'],
  am: ['ስም አልባ', 'ያለ ስም', 'ስሜን አትግለጹ'],
  ka: ['ანონიმ\\p{L}*', 'სახელის გარეშე'],
  hy: ['անանուն', 'անանուն\\p{L}*', 'առանց անվան'],
  zh: ['不具名', '不(?:愿|願|想|希望)?(?:透露|公开|公開|具名|署名)(?:我的)?(?:姓名|名字|真名)?'],
};

/**
 * The words for a name and for "not" per language (outside tester J, F7): a comment that speaks of the name with a
 * negation near it ("Nevem ne szerepeljen a listán", "Zet mijn naam niet op de lijst") asks not to be named. A wrong
 * reading hides a name that could have been shown; a missed one prints a name that must not be.
 */
export const NAME_AND_NEGATION: Record<string, { name: string; negation: string }> = {
  pl: { name: 'nazwisk\\p{L}*|imienia|imię|imieniem', negation: 'nie|bez' },
  cs: { name: 'jmén\\p{L}*|jméno', negation: 'nevypis\\p{L}*|nevypiš\\p{L}*|neukaz\\p{L}*|nezveřejň\\p{L}*|neuvád\\p{L}*|neuveď\\p{L}*|nezobraz\\p{L}*|nepiš\\p{L}*|ne|bez' },
  sk: { name: 'men\\p{L}*', negation: 'nezverejň\\p{L}*|neuvádz\\p{L}*|nezobraz\\p{L}*|ne|bez' },
  hu: { name: 'nev(?:em|emet|ét|et)\\p{L}*|név', negation: 'ne|nem|nélkül' },
  el: { name: 'όνομ\\p{L}*', negation: 'μην|μη|όχι|χωρίς' },
  uk: { name: "ім'я|імені|прізвищ\\p{L}*", negation: 'не|без' },
  ru: { name: 'имя|имени|фамили\\p{L}*', negation: 'не|без' },
  bg: { name: 'име(?:то)?|името ми', negation: 'не|без' },
  sv: { name: 'namn\\p{L}*', negation: 'inte|ej|utan' },
  da: { name: 'navn\\p{L}*', negation: 'ikke|ikkje|uden|uten' },
  fi: { name: 'nime\\p{L}*|nimi\\p{L}*', negation: 'älä|älkää|ei|ilman' },
  nl: { name: 'naam|namen', negation: 'niet|geen|zonder' },
  id: { name: 'nama', negation: 'jangan|tidak|tanpa|tak' },
  vi: { name: 'tên', negation: 'không|đừng' },
  ro: { name: 'nume\\p{L}*', negation: 'nu|fără' },
  hr: { name: 'ime|imena|imenom|prezimen\\p{L}*', negation: 'ne|bez' },
  lt: { name: 'vard\\p{L}*|pavard\\p{L}*', negation: 'ne\\p{L}*|be' },
  tr: { name: 'ism\\p{L}*|isim\\p{L}*|ad[iı]m\\p{L}*', negation: '\\p{L}+m[ae]y[iı]n\\p{L}*|\\p{L}+m[ae]s[iı]n|istemiyorum' },
  he: { name: 'שמי|השם', negation: 'אל|לא|בלי|ללא' },
  // Persian negates the verb with its first letter (نکنید, نشود): the verbs of showing and publishing as written.
  fa: { name: 'نام|نامم|اسم|اسمم', negation: 'نکنید|نکن|نشود|نشه|ندهید|ننویسید|نگذارید|بدون' },
  // Only the verbs of showing where "not" alone is a word of any sentence ("اسمي أحمد، لا للحرب", "usisahau").
  ar: { name: 'اسمي|الاسم', negation: 'بدون|عدم|دون' },
  sw: { name: 'jina|majina', negation: '(?:usi|msi)(?:chapish|onyesh|taj|andik|weke|tangaz)\\p{L}*|bila' },
  tl: { name: 'pangalan\\p{L}*', negation: 'huwag|wag' },
  hi: { name: 'नाम', negation: 'न|ना|मत|बिना|नहीं' },
};
const NAME_WORDS = Object.values(NAME_AND_NEGATION).map(({ name }) => foldedPattern(name)).join('|');
/** The name word and the negation of one language, within five words of each other, either first. */
export const NAME_WITH_NEGATION = Object.values(NAME_AND_NEGATION).map(({ name, negation }) => {
  const [names, nots] = [foldedPattern(name), foldedPattern(negation)];
  const between = "(?:[\\p{L}\\p{M}\\p{N}'.-]+\\s+){0,5}?";
  return `(?:^|[\\s\\p{P}])(?:(?:${nots})\\s+${between}(?:${names})|(?:${names})\\s+${between}(?:${nots}))(?![\\p{L}\\p{M}])`;
}).join('|');
/** Words that ask for anonymity set apart as a note, but are names too, first in a cell (see WEAK_NOTE). */
const WEAK_WORDS = 'an danh|an ten|withhold|redacted|private|privado|privada|privat|prive|privee|privato|privata|confidential|confidencial|confidentiel|confidenziale|vertraulich|hidden|oculto|oculta|secret|secreto|secreta|geheim|withheld|sigiloso|sigilosa|riservato|riservata|reservado|reservada|nascosto|nascosta|unlisted|hide|anon';
/**
 * The nouns and short adjectives signers write as a note beside their name, per language (outside tester O, F3):
 * "no public listing", "keine Veröffentlichung", "non pubblico", "prywatnie", "비공개 서명", "initials only" (the tool
 * has no initials mode: the name is hidden). `notes` are phrases no name is made of: read in brackets, after the name,
 * or as a comment of its own, never inside a comment's sentence ("my country is not listed" asks nothing). `names` are
 * words that are people's names too ("Ayşe Özel", "Edmond Privat", "Sirri"): read only in brackets, set apart by a mark
 * ("Yusuf Ak - gizli"), or typed in lower case after a name written with capitals. Written as typed (folded by
 * foldedPattern). To support a language, add its row here: name cells, comments and extra columns all read it.
 */
export const NOTE_WORDS: Record<string, { notes: string[]; names: string[] }> = {
  en: {
    notes: ['no public (?:listing|list|display|record|entry)', 'not (?:publicly )?(?:listed|shown|displayed|published)', 'not public(?:ly)?', 'non-?public',
      'no publication', 'not (?:for|to be) (?:publication|published|listed|shown)', 'not for (?:the )?public(?: (?:listing|display|view))?', 'unpublished',
      'initials? only', 'only (?:my )?initials?', 'private (?:signature|signer|signing|listing|entry)', 'privately', 'in private',
      // Issue 11 (verifyP F4). "First name only" hides the whole name: the tool has no first-name mode, and printing the
      // surname-less name would still be more than the signer agreed to without a mode that promises it.
      'in ?incognito', 'incognito', 'inkognito', '(?:first|given) name only', 'only (?:my )?(?:first|given) name', 'no publish(?:ing)?'],
    // "Initials" alone is a note in brackets or set apart ("Ada Lie (initials)"), not inside a sentence.
    names: ['confidentially', 'initials'],
  },
  de: {
    notes: ['keine (?:veröffentlichung|namensnennung|nennung|anzeige|publikation)', 'nicht öffentlich', 'nicht veröffentlicht', 'unveröffentlicht',
      'nicht zur veröffentlichung', 'nur (?:die |meine )?initialen', 'nur kürzel', 'nur (?:den |meinen )?vornamen?', 'inkognito'],
    names: ['anonym'],
  },
  fr: {
    notes: ['non public', 'non publique', 'pas public', 'pas publique', 'pas de publication', 'non publiée?', 'ne pas publier', '(?:seulement|uniquement) (?:les |mes )?initiales', 'initiales seulement'],
    names: ['confidentielle', 'secrète'],
  },
  es: {
    notes: ['no público', 'no pública', 'no publicar', 'sin publicación', 'no publicado', 'no publicada', 'sólo (?:las |mis )?iniciales', 'solo (?:las |mis )?iniciales', 'iniciales solamente',
      '(?:sólo|solo|solamente) (?:el |mi )?(?:primer )?nombre(?: de pila)?', 'de incógnito', 'incógnito'],
    names: [],
  },
  pt: {
    notes: ['não público', 'não pública', 'não publicado', 'não publicada', 'não publicar', 'sem publicação', '(?:só|apenas|somente) (?:as |minhas )?iniciais'],
    names: ['confidencial'],
  },
  it: {
    notes: ['non pubblico', 'non pubblica', 'non pubblicato', 'non pubblicata', 'non pubblicare', 'senza pubblicazione', 'solo (?:le |mie )?iniziali', 'riservatamente'],
    names: [],
  },
  nl: {
    notes: ['niet openbaar', 'niet publiek', 'niet gepubliceerd', 'niet publiceren', 'geen publicatie', 'alleen (?:mijn )?(?:initialen|voorletters)'],
    names: ['privé', 'vertrouwelijk', 'anoniem'],
  },
  pl: {
    notes: ['prywatnie', 'niepublicznie', 'niepubliczn\\p{L}*', 'nie publicznie', 'poufnie', 'tylko inicjały'],
    names: ['prywatny', 'prywatna', 'prywatne', 'poufny', 'poufna', 'poufne', 'tajny', 'tajna', 'tajne'],
  },
  cs: {
    notes: ['neveřejně', 'neveřejn\\p{L}*', 'nezveřejňovat', 'důvěrně', 'soukromě', '(?:jen|pouze) iniciály'],
    names: ['soukromý', 'soukromá', 'soukromé', 'důvěrné', 'tajné'],
  },
  sk: { notes: ['neverejne', 'neverejn\\p{L}*', 'súkromne', 'dôverne', 'len iniciály'], names: ['súkromný', 'súkromná', 'tajné'] },
  hu: { notes: ['nem nyilvános', 'nem nyilvánosan', 'csak monogram', 'csak (?:a )?kezdőbetűk'], names: ['privát', 'titkos', 'bizalmas'] },
  tr: {
    notes: ['gizli (?:tutulsun|kalsın|tutun|olsun)', 'yayınlanmasın', 'isim gizli', 'ismim gizli', 'adım gizli', 'sadece baş harfler\\p{L}*', 'yalnızca baş harfler\\p{L}*'],
    names: ['gizli', 'özel', 'gizlilik'],
  },
  el: { notes: ['μη δημόσιο', 'μη δημόσια', 'όχι δημόσια', 'όχι δημόσιο', 'ιδιωτικά', 'εμπιστευτικά', 'μόνο (?:τα )?αρχικά'], names: ['ιδιωτικό', 'απόρρητο', 'εμπιστευτικό'] },
  ru: {
    notes: ['не публично', 'непублично', 'не для публикации', 'не публиковать', 'конфиденциально', 'приватно', 'только инициалы', 'без публикации'],
    names: ['тайно', 'секретно', 'скрыто', 'приватный'],
  },
  uk: { notes: ['не публічно', 'непублічно', 'не для публікації', 'конфіденційно', 'приватно', '(?:лише|тільки) ініціали', 'без публікації'], names: ['таємно', 'секретно'] },
  // Not 개인 ("personal"): forms ask 개인/단체, an individual or an organisation, and no individual asked to be hidden.
  ko: { notes: ['이니셜만', '이니셜로', '이니셜 ?(?:만 )?(?:표기|표시|공개)', '실명 ?비공개', '이름 ?없이', '비공개 ?서명', '이름만'], names: ['비밀'] },
  ja: { notes: ['イニシャルのみ', 'イニシャルで', '名前なし', '名前非公開', '非公表', '公表不可', '名前のみ', '下の名前のみ'], names: ['秘密', '内密'] },
  zh: { notes: ['仅首字母', '只写首字母', '只寫首字母', '不具名', '隐私', '隱私', '不公布'], names: ['保密', '秘密'] },
  vi: { notes: ['không công khai', 'chỉ (?:ghi |viết )?tên viết tắt', 'riêng tư', 'bí mật'], names: [] },
  ar: { notes: ['غير علني', 'ليس للنشر', 'لا للنشر', 'عدم النشر', 'بدون نشر', 'خصوصي', 'الأحرف الأولى فقط'], names: ['سري', 'سرية', 'خاص'] },
  fa: { notes: ['محرمانه', 'غیر علنی', 'عدم انتشار', 'منتشر نشود', 'فقط حروف اول'], names: ['خصوصی', 'سری'] },
  he: { notes: ['לא לפרסום', 'ללא פרסום', 'חסוי', 'חסויה', 'ראשי תיבות בלבד'], names: ['פרטי', 'סודי'] },
  sv: { notes: ['ej offentlig', 'inte offentlig', 'endast initialer', 'anonym\\p{L}*'], names: ['privat', 'hemlig'] },
  da: { notes: ['ikke offentlig', 'ikke offentliggjort', 'kun initialer', 'anonym\\p{L}*'], names: ['privat', 'hemmelig'] },
  no: { notes: ['ikke offentlig', 'ikkje offentleg', 'kun initialer', 'anonym\\p{L}*'], names: ['privat', 'hemmelig'] },
  fi: { notes: ['nimetön', 'nimettöm\\p{L}*', 'ei julkinen', 'ei julkisesti'], names: [] },
  et: { notes: ['anonüümne', 'anonüümselt', 'nimetu'], names: [] },
  is: { notes: ['nafnlaus\\p{L}*', 'nafnlaust', 'ekki opinber\\p{L}*'], names: [] },
  ro: { notes: ['nu public', 'nepublic', 'doar inițiale'], names: ['privat', 'confidențial', 'secret'] },
  id: { notes: ['tidak dipublikasikan', 'jangan dipublikasikan', 'hanya inisial'], names: ['pribadi', 'rahasia'] },
  tl: { notes: ['huwag ilathala', 'inisyal lang'], names: ['pribado', 'lihim', 'kumpidensyal'] },
};
const NOTE_PHRASES = Object.values(NOTE_WORDS).flatMap(({ notes }) => notes).map(foldedPattern).join('|');
const NOTE_NAMES = Object.values(NOTE_WORDS).flatMap(({ names }) => names).map(foldedPattern).join('|');
/** One folded word that is a note word and a name too ("gizli", "prywatne", "비밀"): alone or with fillers, no name. */
export const NOTE_NAME_WORD = new RegExp(`^(?:${NOTE_NAMES})$`, 'u');

const ANY_LANGUAGE_WORD = new RegExp(`${[...Object.values(LANGUAGE_NOTES), ...Object.values(FIRST_NAME_ONLY)].flat().map(foldedPattern).join('|')}|${NOTE_PHRASES}|${NOTE_NAMES}|(?:^|[^\\p{L}])(?:${WEAK_WORDS})(?![\\p{L}])|(?:^|[^\\p{L}])(?:${NAME_WORDS})(?![\\p{L}])`, 'u');

/**
 * Whether a text may hold a note or request of the language table: the cheap checks before the long patterns list
 * their words as typed, and would miss a language added to the table alone.
 */
export function mayHoldLanguageNote(text: string): boolean {
  // Printable ASCII folds to its lower case (slips of "anonymous" pass the cheap checks before): most names skip the fold.
  return ANY_LANGUAGE_WORD.test(/^[\x20-\x7e]*$/u.test(text) ? text.toLowerCase() : foldWords(text));
}

/**
 * Vietnamese, Tagalog, Arabic and Russian, after foldWords (marks off: "ẩn danh" is read before, as "anonymous";
 * "an danh" without marks may be a name, and counts only in brackets, as a weak note).
 */
export const OTHER_LANGUAGES = [
  "(?:xin )?(?:khong|đung|dung|đừng) (?:cong khai|hien thi|cong bo|đang|dang|neu|ghi|đe|de) ?(?:ten)?(?: toi)?", 'giau ten', 'an ten toi',
  'itago(?: ang)?(?: (?:aking|pangalan|ko))*', '(?:pakiusap )?huwag (?:(?:na|po|nyo|ninyo|mong|ang) )*(?:ipakita|ilathala|isama|ilagay|isapubliko|banggitin|ipublish|i-publish|isulat)(?: (?:ang|aking|pangalan|ko|po))*',
  'مجهول(?:ة|ا|ه)?', 'بدون (?:ذكر )?(?:اسم|اسمي|الاسم)', 'اخفاء(?: (?:الاسم|اسمي))?', 'عدم (?:نشر|اظهار|ذكر|عرض)(?: (?:الاسم|اسمي))?', 'لا (?:تنشر|تنشروا|تظهر|تظهروا|تذكر|تذكروا|تعرض)(?:وا)?(?: (?:الاسم|اسمي))?',
  // Turkish and Dutch (outside tester G, F6): "anonim kalmak", "isimsiz", "adımı yayınlamayın", "niet publiceren".
  'anonim kal\\p{L}*', 'isimsiz', 'ad[iı]m[iı] (?:yay[iı]nlamay[iı]n(?:[iı]z)?|gostermeyin(?:iz)?|yazmay[iı]n(?:[iı]z)?)', 'isim (?:vermeyin(?:iz)?|yazmay[iı]n(?:[iı]z)?)',
  'anoniem', 'niet (?:publiceren|vermelden|tonen|noemen)', '(?:mijn )?naam (?:niet (?:vermelden|publiceren|tonen|noemen)|geheim|verbergen)',
  'анонимн\\p{L}*', 'аноним', ...[...Object.values(LANGUAGE_NOTES), ...Object.values(FIRST_NAME_ONLY)].flat().map(foldedPattern), 'не (?:публиковать|публикуите|показывать|показываите|указывать|указываите|называть|раскрывать)(?: (?:мое|моё|мои|моих))?(?: (?:имя|фамилию|имени|данные))?', 'скрыть (?:мое |моё )?имя',
].join('|');

/** Words and phrases that ask for anonymity wherever they stand in a name cell: no name is made of them. */
const PLEASE = "(?:bitte|please|pls|plz|por favor|svp|s'il vous plait|per favore|merci|prosze|prosim|kerem|lutfen|alsjeblieft|tafadhali|παρακαλω)";
export const STRONG_NOTE = `${KOREAN}|(?:${PLEASE} )?${ANONYM}(?: ${PLEASE})?|${DONT_SHOW}|${CJK}|${OTHER_LANGUAGES}|${NOTE_PHRASES}`;
/**
 * Words that ask for anonymity when set apart as a note (in brackets, after a dash or comma) or after the name, but
 * are names too, first in a cell: Private Ryan, Hide Tanaka, Anon Suksai.
 */
export const WEAK_NOTE = `${WEAK_WORDS}|${NOTE_NAMES}`;
/**
 * The weak words that a note after the name, unbracketed ("Bo Lee private"), may be: those no surname is spelled
 * as. "Hide", "Anon", "Hidden", "Secret" stay names there (Pat Hidden); set apart or in brackets they are notes.
 */
export const TRAILING_WEAK_NOTE = 'withhold|private|privado|privada|prive|privee|privato|privata|confidential|confidencial|confidentiel|confidenziale|vertraulich|withheld|sigiloso|sigilosa|riservato|riservata|unlisted';

/** Words that go with an anonymity word and name nobody: "익명 요청", "Anonymous signer", "anonymous please". */
export const FILLER_WORDS = new Set([
  'please', 'pls', 'plz', 'request', 'requested', 'requests', 'signer', 'signatory', 'person', 'name', 'by', 'per', 'favor', 'por', 'bitte', 'svp',
  'firmante', 'unterzeichner', 'signataire', 'firmatario', 'signatario', 'assinante', 'pedido', 'solicitado', 'solicita', 'gewunscht', 'demande',
  'richiesto', '요청', '희망', '부탁', '요망', '처리', '서명자', '이름', '성명', '실명', '님', '씨',
  // "Gizli Kişi", "Ukryta osoba", "Persona anónima" (verifyR2 F1): a person, not a person's name.
  'kisi', 'kişi', 'osoba', 'persona', 'personne', 'человек', 'лицо', 'ember', 'henkilo', 'pessoa',
]);

/**
 * Words for a signature: with an anonymity word they are a signer who signed without a name ("익명으로 서명",
 * "firma anónima"); alone, a volunteer's note that only a signature was there (validate/placeholder-name.ts).
 */
export const SIGNATURE_WORDS = new Set([
  '서명', '사인', '싸인', '서명함', 'signature', 'signed', 'sign', 'signing', 'firma', 'firmado', 'firmo', 'unterschrift', 'unterschrieben',
  'assinatura', 'assinado', 'firmato', 'signe', '署名', '签名', 'podpis', 'podpisu', 'подпись', 'imza',
]);

/** A cell's text with the marks read before the fold ("ẩn danh", 🙈) put as the word "anonymous". */
export function withMarksAsWords(text: string): string {
  return text.replace(MARKED_VIETNAMESE, ' anonymous ').replace(EMOJI_MARKS, ' anonymous ');
}

/** Whether every word of a folded text is a filler or signature word (or there are none). */
export function onlyFillerWords(folded: string): boolean {
  return folded.split(/[^\p{L}\p{N}'/]+/u).every((word) => word === '' || FILLER_WORDS.has(word) || SIGNATURE_WORDS.has(word));
}

// Headers. A column's header speaks of anonymity in more words than a signer's note does: of privacy, of showing,
// publishing or listing a name, of a public list. The header words are these stems and phrases on top of the notes'
// vocabulary above, so the two never drift apart (formats/unread-anonymity.ts asks headerSpeaksOfAnonymity).

/**
 * Stems (after foldText: lower case, no accents) of the anonymity vocabulary in en, ko, es, de, fr, ru, zh and ja.
 * "privacy" alone or with a setting's word only: it also heads consent questions ("I accept the privacy policy").
 */
const HEADER_STEMS = new RegExp([
  'anonym', 'anonim', 'аноним', 'privat', 'privad', '\\bprive', 'приват', '\\bhid(?:e|den|ing)\\b', 'verberg', 'versteck', 'ausblend',
  'masquer', 'cacher', 'cache\\b', 'ocult', 'скры', 'public list', '\\bpublic(?:ly)?\\b', 'publico', 'publique', 'offentlich', 'публичн',
  'display', '익명', '공개', '숨기', '숨김', '匿名', '公开', '公開', '隐藏', '隱藏', '非表示', '表示',
  '^privacy(?: setting| settings| level| preference| choice)?$', '\\banon\\b', 'confiden', 'vertraulich', 'публик', 'показ', 'конфиденц',
  '비밀', '기밀', '秘密', '保密', '非公',
  // Publishing and listing a name (adv14c N1); "consent" and "list" alone also head mailing questions ("Join mailing list").
  'publish', 'publica', 'publier', 'veroffentlich', 'опубликов', '게재', '명단', '^list\\b', '\\blist (?:my|your|the)? ?name', '\\bname on (?:the )?list',
  // "Listed", "Listing", "Liste", "Listado", "Lista pública": whether one is listed (outside tester C, F8).
  '\\blisted\\b', '\\blisting\\b', '\\bliste\\b', '\\blistado\\b', 'lista publica', '\\bunlisted\\b',
  'off (?:the |your )?(?:public )?list',
  'consent to (?:publi|show|display|list)',
].join('|'), 'u');

/**
 * The vocabulary of the name cell and comment checks above (with its slips, "annonymous", "비공게", and 🙈 🔒), and
 * the words of showing or publishing a name in Vietnamese, Tagalog, Arabic and Chinese: a consent column in those
 * words answered "no" hides the name as much as a hiding column answered "yes" (adv-s10 E1).
 */
const HEADER_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${STRONG_NOTE}|an danh|an ten|an ho ten|cong khai|hien thi|hien ten|cong bo|giau|bi mat|rieng tu|ipakita|ilathala|isapubliko|itago|huwag|lihim|pribado|kumpidensyal|sikreto|مجهول|اخفاء|اخف|مخفي|مخفى|سري|سرية|خصوصي|خصوصية|الخصوصية|نشر|اظهار|عرض|显示|顯示|show on (?:the )?list|listing|list (?:me|you)|how should we list|anonymous|명단)(?![\\p{L}])`, 'u');

/**
 * The one table of a show-name column's words per language (outside tester J, F9): the words for a signer's name
 * (`name`), those that show, list or ask consent to show something and so speak of the name only beside a name word
 * (`show`: "Zobrazit jméno", "İsmim görünsün", "Εμφάνιση ονόματος"), and those that publish, hide or ask anonymity
 * on their own (`publish`: "Zgoda na publikację", "Név nyilvános"). Written as typed, lower case (folded by
 * foldedPattern); a Latin, Cyrillic or Greek word starts where a letter does not, the others match anywhere (Thai,
 * Chinese, Japanese and Korean write no spaces; Arabic and Hebrew join their articles and prepositions to the word).
 * A header the reader does not map that holds a `publish` word, or a `name` word with a `show` word, is read
 * fail-closed (formats/unread-anonymity.ts); which way round it asks is never guessed from these words. To support a
 * language, add its row here.
 */
export const SHOW_NAME_WORDS: Record<string, { name: string[]; show: string[]; publish: string[] }> = {
  en: { name: ['names?(?![\\p{L}])', 'surname', 'full name'], show: ['show', 'display', 'visib', 'list', 'appear', 'include', 'consent', 'agree', 'mention', 'credit', 'share'], publish: ['publish', 'public(?![\\p{L}])', 'share (?:your |my |the )?signatures?', 'publicly', 'anonym', 'hide', 'hidden', 'withh', 'unlisted'] },
  de: { name: ['name', 'vorname', 'nachname'], show: ['zeig', 'anzeig', 'nenn', 'sichtbar', 'einverst', 'zustimm', 'liste', 'auffuhr', 'aufgefuhrt'], publish: ['veroffentl', 'offentl', 'anonym', 'verberg', 'ausblend'] },
  fr: { name: ['noms?(?![\\p{L}])', 'prenom'], show: ['affich', 'montr', 'apparai', 'visible', 'accord', 'consen', 'liste', 'mentionn', 'cite'], publish: ['publi', 'anonym', 'cach', 'masqu'] },
  es: { name: ['nombre', 'apellido'], show: ['mostr', 'muestr', 'aparec', 'visible', 'figur', 'consent', 'acuerdo', 'lista', 'incluir'], publish: ['public', 'anonim', 'ocult'] },
  pt: { name: ['nome', 'sobrenome', 'apelido'], show: ['mostr', 'exib', 'aparec', 'visivel', 'consent', 'concord', 'lista', 'incluir'], publish: ['public', 'divulg', 'anonim', 'ocult'] },
  it: { name: ['nome', 'cognome'], show: ['mostr', 'visualizz', 'compar', 'visibil', 'consen', 'elenc', 'indic'], publish: ['pubblic', 'anonim', 'nascon'] },
  nl: { name: ['naam', 'namen', 'achternaam'], show: ['tonen', 'toon', 'weergeven', 'weergave', 'zichtbaar', 'vermeld', 'toestemming', 'lijst'], publish: ['publice', 'openbaar', 'anonie', 'verberg'] },
  pl: { name: ['nazwisk', 'imie(?![\\p{L}])', 'imienia', 'imieniem'], show: ['pokaz', 'wyswietl', 'widoczn', 'zgod', 'lista', 'liscie', 'wymien', 'podan', 'podaw', 'umieszcz', 'umiesc'], publish: ['publik', 'upubliczn', 'ujawn', 'anonim', 'ukry'] },
  cs: { name: ['jmen', 'prijmeni'], show: ['zobraz', 'uvest', 'uved', 'viditeln', 'souhlas', 'seznam'], publish: ['zverejn', 'publik', 'anonym', 'skry'] },
  sk: { name: ['meno', 'mena(?![\\p{L}])', 'menom', 'priezvisk'], show: ['zobraz', 'uvied', 'uvest', 'viditeln', 'suhlas', 'zoznam'], publish: ['zverejn', 'publik', 'anonym', 'skry'] },
  hu: { name: ['nev', 'vezeteknev', 'keresztnev'], show: ['megjelen', 'mutat', 'lathato', 'hozzajarul', 'lista', 'szerepel', 'feltunt'], publish: ['nyilvanos', 'kozze', 'kozol', 'anonim', 'elrejt', 'titk'] },
  ro: { name: ['nume', 'prenume'], show: ['afis', 'arat', 'vizibil', 'acord', 'consim', 'lista'], publish: ['publica', 'public', 'anonim', 'ascun'] },
  bg: { name: ['име(?![\\p{L}])', 'името', 'имена', 'фамил'], show: ['показ', 'видим', 'съглас', 'списък', 'списъка'], publish: ['публик', 'анонимн', 'скри'] },
  hr: { name: ['ime(?![\\p{L}])', 'imena', 'imenom', 'prezim', 'priimek'], show: ['prikaz', 'vidljiv', 'vidn', 'suglas', 'soglas', 'popis', 'seznam'], publish: ['objav', 'javn', 'anonim', 'sakri', 'skrij'] },
  sv: { name: ['namn', 'navn'], show: ['vis', 'synlig', 'samtyck', 'samtyk', 'lista', 'liste'], publish: ['offentlig', 'publicer', 'anonym', 'skjul', 'dolj'] },
  fi: { name: ['nimi', 'nime'], show: ['nayt', 'nakyv', 'suostu', 'lista'], publish: ['julkai', 'julki', 'anonyym', 'piilo'] },
  et: { name: ['nimi', 'nime'], show: ['naita', 'nahtav', 'nous', 'nimekiri'], publish: ['avalda', 'avalik', 'anonuum', 'peida'] },
  lv: { name: ['vard', 'uzvard'], show: ['radit', 'redzam', 'piekris', 'sarakst'], publish: ['publice', 'publisk', 'anonim', 'slep'] },
  lt: { name: ['vard', 'pavard'], show: ['rodyt', 'matom', 'sutik', 'sarasa'], publish: ['skelb', 'viesin', 'anonim', 'slep'] },
  el: { name: ['ονομ', 'επωνυμ'], show: ['εμφαν', 'προβολ', 'ορατ', 'συναιν', 'συμφων', 'λιστα'], publish: ['δημοσι', 'ανωνυμ', 'αποκρυ', 'κρυψ'] },
  ga: { name: ['ainm'], show: ['taispean', 'liosta'], publish: ['foilsi'] },
  mt: { name: ['isem', 'ismi'], show: ['juri', 'lista'], publish: ['ippubblik', 'anonim'] },
  ru: { name: ['имя', 'имени', 'именем', 'фамил'], show: ['показ', 'отобра', 'видим', 'соглас', 'списк', 'список', 'указ'], publish: ['публик', 'опублик', 'аноним', 'скры'] },
  uk: { name: ["ім.?я", 'імені', 'прізвищ'], show: ['показ', 'відобра', 'видим', 'згод', 'списк', 'список', 'вказ'], publish: ['публік', 'оприлюдн', 'анонім', 'прихов'] },
  tr: { name: ['isim', 'ism', 'ad[iı]', 'soyad'], show: ['goster', 'gorun', 'listele', 'liste', 'onay', 'izin'], publish: ['yay[iı]n', 'acikla', 'anonim', 'gizle', 'gizli'] },
  vi: { name: ['ten(?![\\p{L}])', 'ho ten'], show: ['hien thi', 'xuat hien', 'đong y', 'dong y', 'danh sach'], publish: ['cong bo', 'cong khai', 'an danh', 'giau'] },
  id: { name: ['nama'], show: ['tampil', 'tunjuk', 'setuju', 'daftar', 'cantum'], publish: ['publikasi', 'terbit', 'umumkan', 'anonim', 'sembunyi', 'rahasia'] },
  ar: { name: ['اسم'], show: ['اظهار', 'عرض', 'ظهور', 'يظهر', 'موافق', 'قائمة'], publish: ['نشر', 'مجهول', 'اخفاء', 'اخف'] },
  he: { name: ['שם', 'שמי', 'שמך', 'שמו', 'שמות'], show: ['הצג', 'להציג', 'יוצג', 'הופע', 'מופיע', 'יופיע', 'תופיע', 'הסכמ', 'רשימ'], publish: ['פרסום', 'לפרסם', 'יפורסם', 'אנונימ', 'הסתר'] },
  hi: { name: ['नाम'], show: ['दिखा', 'प्रदर्शित', 'सूची', 'सहमति'], publish: ['प्रकाशित', 'गुमनाम', 'अनाम', 'छिपा'] },
  th: { name: ['ชื่อ', 'นาม'], show: ['แสดง', 'ปรากฏ', 'ยินยอม', 'รายชื่อ'], publish: ['เผยแพร่', 'เปิดเผย', 'ไม่ระบุชื่อ', 'ซ่อน', 'นิรนาม'] },
  zh: { name: ['姓名', '名字', '署名', '实名', '實名', '真名'], show: ['显示', '顯示', '展示', '列出', '同意', '名单', '名單'], publish: ['公开', '公開', '发布', '發布', '发表', '發表', '刊登', '匿名', '隐藏', '隱藏'] },
  ja: { name: ['名前', '氏名', '実名', '本名', 'なまえ'], show: ['表示', '掲載', '載せ', '出す', '同意', '名簿', '一覧'], publish: ['公開', '公表', '匿名', '伏せ', '隠'] },
  fa: { name: ['نام'], show: ['نمایش', 'نشان', 'فهرست', 'موافق'], publish: ['انتشار', 'منتشر', 'ناشناس', 'مخفی', 'پنهان'] },
  ur: { name: ['نام'], show: ['دکھا', 'فہرست', 'رضامند'], publish: ['شائع', 'گمنام', 'چھپا'] },
  bn: { name: ['নাম'], show: ['দেখা', 'তালিকা', 'সম্মতি'], publish: ['প্রকাশ', 'বেনামী', 'গোপন'] },
  tl: { name: ['pangalan'], show: ['ipakita', 'ilista', 'pahintulot', 'pumapayag'], publish: ['ilathala', 'isapubliko', 'itago', 'lihim'] },
  sw: { name: ['jina', 'majina'], show: ['onyesha', 'orodha', 'idhini', 'kubali'], publish: ['chapisha', 'tangaza', 'bila jina', 'ficha'] },
  ka: { name: ['სახელ'], show: ['ჩვენებ', 'აჩვენ', 'სია', 'თანხმობ'], publish: ['გამოქვეყნ', 'ანონიმ', 'დამალ'] },
  hy: { name: ['անուն'], show: ['ցույց', 'ցուցակ', 'համաձայն'], publish: ['հրապարակ', 'անանուն', 'թաքց'] },
  am: { name: ['ስም'], show: ['አሳይ', 'ዝርዝር', 'ፈቃድ'], publish: ['ይፋ', 'ማተም', 'ስም አልባ', 'ደብቅ'] },
  ko: { name: ['이름', '성명', '실명', '성함', '명의'], show: ['표시', '노출', '게시', '표기', '기재', '동의', '명단'], publish: ['공개', '공표', '게재', '익명', '숨김', '숨기'] },
};

/**
 * A header that is a consent word and nothing more ("Consent", "Einverständnis", "동의"): beside a name column and
 * answered yes or no it may be consent to show the name (outside tester K, F1), so it is read fail-closed; "Email me
 * updates", "Newsletter", "I accept the privacy policy" say what they ask and stay ordinary columns.
 */
const CONSENT_ONLY = new RegExp(`^(?:${[
  'consent(?:s|ed)?(?: given)?', 'i (?:agree|consent)', 'agree(?:d)?', 'permission', 'einverstandnis', 'einverstanden', 'zustimmung',
  'consentimiento', 'consentement', 'consenso', 'consentimento', 'toestemming', 'zgoda', 'souhlas', 'hozzajarulas', 'samtycke',
  'согласие', 'згода', 'موافقة', 'רשות', 'הסכמה', '동의(?: ?여부)?', '同意', '承諾', 'onay', 'izin', 'persetujuan', 'đong y', 'dong y',
].map(foldedPattern).join('|')})$`, 'u');

/** Whether a header is only a consent word, without saying to what (see CONSENT_ONLY). */
export function headerIsOnlyConsent(header: string): boolean {
  return CONSENT_ONLY.test(foldWords(header).replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/gu, ' ').trim());
}

/** Languages whose words are matched anywhere in a header, not only at a word's start (see SHOW_NAME_WORDS). */
const MATCHED_ANYWHERE = new Set(['ar', 'fa', 'ur', 'he', 'hi', 'bn', 'th', 'zh', 'ja', 'ko', 'ka', 'hy', 'am']);

function showNameWords(kind: 'name' | 'show' | 'publish'): RegExp {
  const parts = Object.entries(SHOW_NAME_WORDS).map(([language, words]) => {
    const alternatives = words[kind].map(foldedPattern).join('|');
    return MATCHED_ANYWHERE.has(language) ? `(?:${alternatives})` : `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})`;
  });
  return new RegExp(parts.join('|'), 'u');
}
const NAME_WORD = showNameWords('name');
const SHOW_WORD = showNameWords('show');
const PUBLISH_WORD = showNameWords('publish');

/** Whether a header holds a name word of any language of SHOW_NAME_WORDS ("Jméno", "İsim", "ชื่อ"). */
export function headerHoldsNameWord(header: string): boolean {
  return NAME_WORD.test(foldWords(header));
}

/** Whether a header speaks of showing or publishing a name, or a public list, in a language of SHOW_NAME_WORDS. */
export function headerAsksToShowName(header: string): boolean {
  // Folded as a cell's words: accents and marks off, the dotted İ of Turkish an i.
  const folded = foldWords(header);
  return PUBLISH_WORD.test(folded) || (NAME_WORD.test(folded) && SHOW_WORD.test(folded));
}

/** Whether a header (`plain`: without its brackets and numbering; `header`: as written) speaks of anonymity. */
export function headerSpeaksOfAnonymity(plain: string, header: string): boolean {
  return HEADER_STEMS.test(foldText(plain)) || HEADER_WORDS.test(foldWords(`${plain} ${header}`));
}
