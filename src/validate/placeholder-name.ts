// What volunteers type into a name cell for a name they could not read or that is missing: no name (adv14c N15,
// adv-s9 D4). Counted, such a cell was printed in the official's list, and two of them on one sheet merged as one
// "person". Decided by vocabulary, not by a list of whole cells: a cell made only of "no name" and "signature" words,
// with the words that go with them ("Unknown Signer", "서명 (익명)", "Name not provided"), is no name.
import { ANONYM, FILLER_WORDS, SIGNATURE_WORDS, foldWords } from '../normalize/anonymity-words.js';

/** Compared after NFKC, lower case, and without spaces, brackets and quotes: "(읽을 수 없음)" is "읽을수없음". */
const PLACEHOLDERS = new Set([
  '판독불가', '판독불능', '판독안됨', '읽을수없음', '읽기어려움', '알수없음', '알아볼수없음', '이름없음', '이름미기재', '서명만있음', '서명만',
  '미기재', '미상', '불명', '없음', '무기명', '이름모름', '확인불가', '확인불능', '확인안됨', '미확인', '식별불가', '해독불가', '이름확인불가',
  '성명불상', '이름미상', '성명미상', '미입력', '공란', '빈칸', '무명', '모름', '서명', '사인', '싸인', '서명함', '서명있음', '사인만',
  'illegible', 'unreadable', 'unknown', 'noname', 'nonamegiven', 'notlegible', 'cantread', 'none', 'n/a', 'n.a.', '#n/a', 'x', 'xx', 'xxx',
  'ilegible', 'sinnombre', 'desconocido', 'nolegible', 'unleserlich', 'unbekannt', 'illisible', 'inconnu', 's/n', 'n.n.', 'nn', 'na',
  '不明', '無名', '无名', '判読不能', '不詳', '不详', '名無し', '無記名', '署名', '签名', 'サイン',
  // What a script writes for a missing value, and "no one" spelled apart (verifyR2 F5: "Nobody" was rejected, "No One" not).
  'null', 'undefined', 'objectobject', 'noone', 'no-one', 'niemand', 'nadie',
]);
/** Words that say the name is missing, unread or only a signature: a cell of these and FILLER_WORDS names nobody. */
const NO_NAME_WORDS = new Set([
  ...PLACEHOLDERS,
  'blank', 'empty', 'missing', 'nobody', 'noone', 'anonymous', 'illegibile', 'illeggibile', 'ilegivel', 'unlesbar', 'desconocida', 'desconhecido',
  'desconhecida', 'sconosciuto', 'sconosciuta', 'ignoto', 'inconnue', 'signature', 'signed', 'firma', 'firmado', 'unterschrift', 'unterschrieben',
  'assinatura', 'assinado', 'firmato', 'vacio', 'vide', 'vuoto', 'vazio', 'leer', 'tbd', 'unk', 'unnamed', 'nameless', '익명', '비공개', '확인', '불가', '판독', '불능',
]);
/** Words that go with a "no name" word: "No name given", "Name not provided", "Signature only", "이름 확인 불가". */
const WITH_NO_NAME = new Set([
  ...FILLER_WORDS, 'no', 'not', 'given', 'provided', 'written', 'only', 'just', 'the', 'a', 'of', "can't", 'cant', 'cannot', 'read', 'unable', 'to',
  'sin', 'de', 'del', 'ohne', 'kein', 'keine', 'nicht', 'sans', 'pas', 'senza', 'sem', 'non', 'nao', 'solo', 'seulement', 'nur', 'apenas', 'nome',
  'nom', 'nombre', 'namen', 'anonym', 'anonyme', 'anonimo', 'anonima', 'private', '만', '있음', '없음', '함', '됨', '안됨',
]);
const SKIPPED = /[\s()[\]{}（）【】〔〕<>〈〉《》«»"'“”‘’*_~]+/gu;
const WORD_BREAK = /[\s()[\]{}（）【】〔〕<>〈〉《》«»"“”‘’*_~,;:!?¿¡\-–—]+/u;
/** Hangul jamo typed alone (ㅇㅇ, ㄱ): a Korean name is written in syllables, jamo alone are a placeholder or a slip. */
const JAMO_ONLY = /^[\u3131-\u318e\u1100-\u11ff]+$/u;
/** Longer text is a name (or another check's business). */
const MAX_LENGTH = 40;

/** Whether a name cell holds a placeholder for a name that was not read, not a name. */
export function isPlaceholderName(name: string): boolean {
  if (name === '' || name.length > MAX_LENGTH) return false;
  // "Na" is a name (나, 那); "NA" and "na" are "not available".
  if (name.trim() === 'Na') return false;
  const folded = foldWords(name);
  const compact = folded.replace(SKIPPED, '');
  if (PLACEHOLDERS.has(compact) || JAMO_ONLY.test(compact) || isNotAName(name, compact)) return true;
  const words = folded.split(WORD_BREAK).map((word) => word.replace(/^\.+|(?<!\.\w)\.+$/u, '')).filter((word) => word !== '');
  const saysNoName = words.some((word) => NO_NAME_WORDS.has(word) && !FILLER_WORDS.has(word))
    || (words.some((word) => NAME.has(word)) && words.some((word) => NEGATION.has(word)));
  return saysNoName
    && words.every((word) => NO_NAME_WORDS.has(word) || WITH_NO_NAME.has(word))
    && !(words.some(isAnonymityWord) && words.every((word) => isAnonymityWord(word) || FILLER_WORDS.has(word) || SIGNATURE_WORDS.has(word)));
}

/** "Name not provided", "sin nombre", "kein Name": a name word and a negation. */
const NAME = new Set(['name', 'nombre', 'nom', 'nome', 'namen', '이름', '성명']);
const NEGATION = new Set(['no', 'not', 'sin', 'ohne', 'kein', 'keine', 'nicht', 'sans', 'pas', 'senza', 'sem', 'non', 'nao', '없음']);

/**
 * A cell of anonymity words, with fillers or signature words, is a signer asking not to be named, counted as "익명"
 * always was ("익명 요청", "익명으로 서명", "firma anónima"); a "no name" word among them ("unknown (anonymous)") is not.
 */
const ANONYMITY_WORD = new RegExp(`^(?:${ANONYM}|익명(?:으로|요청|희망)?|비공개|匿名)$`, 'u');
function isAnonymityWord(word: string): boolean {
  return ANONYMITY_WORD.test(word);
}

/**
 * Cells that name nobody although no "no name" word is in them (adv-s10 E8): "illegible" in the signers' other
 * languages, a ditto for the line above (a duplicate at best, never a new signer), a header word typed as a name and a
 * test or example entry. Compared compact, as PLACEHOLDERS.
 */
const NOT_A_NAME = new Set([
  // Illegible, unreadable, unclear: ko, ru, vi (đ is no accent and stays), ja, zh, es, de, fr, it, pt.
  '글씨안보임', '글씨안보이', '글자안보임', '안보임', '안보여요', '알아보기힘듦', '알아보기어려움', '흐림', '글씨흐림', '판독어려움',
  'неразборчиво', 'неразборчивый', 'нечитаемо', 'нечитаемый', 'неразб', 'неизвестно', 'неизвестный', 'неразобрать', 'нечитается',
  'khongro', 'khongđocđuoc', 'khongdocduoc', 'khongbiet', 'khongxacđinh', 'khongxacdinh',
  '読めない', '判読不可', '判読できない', '読み取れない', '読取不能', '解読不能', '不鮮明',
  '看不清', '看不清楚', '无法辨认', '無法辨認', '无法识别', '無法識別', '字迹不清', '字跡不清', '不清楚', '模糊', '无法辨识', '無法辨識',
  'noseentiende', 'nolegible', 'illeggibile', 'ilegivel', 'unlesbar', 'nonlisible',
  // A ditto for the line above.
  '상동', '위와같음', '위와동일', '위와같이', '위동', '위와동', '上同', '同上', '仝上', 'тоже', 'тожесамое', 'также',
  'sameasabove', 'asabove', 'sameasbefore', 'seeabove', 'ditto', 'dto', 'dto.', 'idem', 'id.', 'do.', 'lomismo', 'igual', 'wieoben',
  // A header word typed as a name.
  'name', 'names', 'fullname', 'yourname', 'firstname', 'lastname', 'signer', 'signers', 'signername', "signer'sname", 'signature', 'signatory',
  '이름', '성명', '서명자', '서명인', '성함', '名前', '氏名', '姓名', '署名者', '签名人', '簽名人', 'имя', 'фио', 'подпись',
  'nombre', 'nombrecompleto', 'nome', 'vorname', 'nachname', 'hoten',
  'nombreyapellidos', 'nombresyapellidos', 'apellidosynombre', 'apellidosynombres', 'apellidos', 'vornameundnachname', 'nameundvorname',
  'nameandsurname', 'firstandlastname', 'surname', 'nometprenom', 'prenometnom', 'prenom', 'nomcomplet', 'nomecognome', 'cognome',
  // Test and example entries (홍길동 is the Korean John Doe, Max Mustermann the German). Not John or Jane Doe:
  // real people carry those names, and our own example campaign's Jane Doe signs on three platforms.
  'test', 'testing', 'tester', 'testtest', 'testuser', 'testname', 'testsigner', 'asdf', 'asdfg', 'asdfgh', 'asdfasdf', 'qwerty', 'qwer', 'aaa', 'abc',
  'samplesigner', 'samplename', 'sample', 'example', 'examplename', 'dummy', 'placeholder', 'foo', 'foobar',
  'loremipsum', 'xxxx', 'xxxxx', '테스트', '테스트용', '홍길동', '예시', '예제', '샘플', '견본', 'テスト', '例', 'サンプル', '测试', '測試', '示例',
  '样例', '範例', 'тест', 'пример', 'prueba', 'ejemplo', 'teste', 'exemplo', 'beispiel', 'mustermann', 'maxmustermann', 'erikamustermann', 'exemple',
  'esempio', 'fulano', 'fulanodetal',
  // "So-and-so" and the example names of forms (verifyR2 F5): 아무개 is 홍길동's sibling, Max Muster the Swiss Mustermann.
  '아무개', '모씨', '某某', '某人', 'なにがし', '何某', 'mengano', 'zutano', 'fulanito', 'maxmuster', 'hansmuster', 'erikamuster',
  'ottonormalverbraucher', 'musterfrau', 'xyz', 'abcd', 'abcdef', 'testy', 'testymctestface',
  // An answer or a pronoun typed into the name box: no name (not "No" or "Ok", 노 and 옥 romanised: see
  // REPLIES_THAT_ARE_NAMES; nor "Mine", a Turkish given name).
  'yes', 'yeah', 'yep', 'nope', 'me', 'myself', 'i', 'lol', 'lmao', 'rofl', 'someone', 'somebody', 'anyone', 'anybody', 'everyone',
  'whoever', 'oui', '누구', '누군가', '아무나',
]);
/** Words that make a test or example entry whatever else it holds of PLACEHOLDER_PARTS: "Test Signer 2", "Example name". */
const PLACEHOLDER_MARKS = /^(?:test(?:ing)?|sample|example|dummy|placeholder|demo|asdf\w*|qwerty|lorem|ipsum|ditto|테스트|예시|샘플)\d*$/u;
const PLACEHOLDER_PARTS = /^(?:\d+|#?\d+|name|names|signer|signature|user|person|entry|row|line|same|as|above|the|a|only|please|one|two|\.|서명자|이름|서명|성명)$/u;
/** A ditto mark alone: "〃", a straight or curly double quote. */
const DITTO_MARKS = /^[\s"“”„〃″]+$/u;

function isNotAName(name: string, compact: string): boolean {
  // "Do" is a name (Đỗ); "do" and "do." are a ditto.
  if (/^(?:do\.?|DO\.?|Do\.)$/u.test(name.trim()) || DITTO_MARKS.test(name)) return true;
  if (NOT_A_NAME.has(compact) || NOT_A_NAME.has(compact.replace(/[.。!]+$/u, '')) || SO_AND_SO.test(compact)) return true;
  if (STAND_INS.has(compact) || GREETINGS.has(compact.replace(/[.!~]+$/u, '')) || isLaughter(name, compact)) return true;
  const words = compact === '' ? [] : foldWords(name).split(WORD_BREAK).filter((word) => word !== '');
  if (isAlphabetRun(name.trim(), words)) return true;
  if (words.length > 0 && words.every((word) => isRepeatedLetter(word) || isKeyboardRun(word))
    && words.some((word) => isRepeatedLetter(word) || word.length >= 5)) return true;
  return words.some((word) => PLACEHOLDER_MARKS.test(word)) && words.every((word) => PLACEHOLDER_MARKS.test(word) || PLACEHOLDER_PARTS.test(word));
}

/**
 * The stand-in names of each language's forms and jokes, no one's own (verifyS2 F8), compared compact as PLACEHOLDERS:
 * 名無しの権兵衛 (Nanashi no Gonbei, the Japanese John Doe) and 名無しさん, the Korean alphabet's first letters (가나다,
 * as "abc"), the Japanese kana order, cartoon characters. Not the stand-ins that are common real names: John and Jane
 * Doe, Иван Иванов, Jan Kowalski (Poland's commonest given name and second surname: thousands of signers carry it),
 * Mario Rossi, Juan Pérez.
 */
const STAND_INS: ReadonlySet<string> = new Set([
  '名無しの権兵衛', '名無し権兵衛', '名無しのごんべえ', 'ななしのごんべえ', 'ナナシノゴンベエ', 'nanashinogonbei', '名無しさん', '権兵衛さん',
  '가나다', '가나다라', '가나다라마', '가나다라마바사', 'あいうえお', 'アイウエオ', 'abcde', 'abcdefg',
  'mickeymouse', 'minniemouse', 'donaldduck', 'daisyduck', 'bugsbunny', 'homersimpson', 'spongebob', 'spongebobsquarepants',
  'honggildong', 'honggil-dong', 'pericodelospalotes',
].map((name) => foldWords(name).replace(SKIPPED, '')));

/** Greetings and thanks typed into the name box, no one's name in any language ("Hello", "Hola", "안녕하세요"). */
const GREETINGS: ReadonlySet<string> = new Set([
  'hello', 'hallo', 'hola', 'howdy', 'hellothere', 'hithere', 'bonjour', 'salut', 'ciao', 'buongiorno', 'buenas', 'buenosdias', 'merhaba',
  'privet', 'привет', 'здравствуйте', 'здравствуй', '안녕', '안녕하세요', 'こんにちは', '你好', '您好', 'xinchao',
  'okay', 'okie', 'okok', 'thanks', 'thankyou', 'thx', 'gracias', 'danke', 'спасибо', '감사합니다', '고맙습니다', 'ありがとう', '谢谢',
].map((name) => foldWords(name).replace(SKIPPED, '')));

/**
 * A reply or greeting that is a family name too: "Hi", "Ok" (옥 romanized), "No" (노), "Hey", "Ola" (a Norwegian given
 * name). Alone in the name cell of a row with neither email nor phone it names nobody; with one, it may be a signer
 * who gave only their family name, and counts (validate-signature.ts reads the row).
 */
const REPLIES_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['hi', 'ok', 'no', 'hey', 'ola', 'yo']);

/** Whether the whole name is one reply or greeting that is someone's family or given name too ("Hi", "Ok", "No"). */
export function isLoneReply(name: string): boolean {
  return name.length <= 4 && REPLIES_THAT_ARE_NAMES.has(foldWords(name).replace(SKIPPED, '').replace(/[.!]+$/u, ''));
}

/**
 * Laughter typed for a name: a laugh's syllable three times or more ("hahaha", "jajaja", "kkk",
 * "하하하", "ㅋㅋㅋ" is jamo alone), "haha", "hehe" and the laughs of chat ("lol", "xD"). A syllable twice is a name
 * too often to read ("Lulu", "Keke", "Kaka", "하하" a stage name).
 */
function isLaughter(name: string, compact: string): boolean {
  if (!LAUGHS.has(compact) && !REPEATED_SYLLABLE.test(compact)) return false;
  // "Hà Hà" and "Hạ Hạ" are names; their letters without accents ("haha") are not the laugh.
  return !ACCENTED.test(name.normalize('NFD'));
}
const ACCENTED = /[\u0300-\u036F]/u;
/**
 * One or two letters (a syllable of any script: "ha", "하", "哈") typed three times or more; not a modifier letter
 * (a tatweel ـ or a long-vowel mark ー drawn out is a name without letters, and said so).
 */
const REPEATED_SYLLABLE = /^([\p{Lu}\p{Ll}\p{Lo}]{1,2})\1{2,}$/u;
const LAUGHS: ReadonlySet<string> = new Set(['haha', 'hehe', 'hihi', 'huhu', 'jeje', 'xd', 'xdd', 'rsrs', 'kkk', 'lmfao', 'www', '笑']);

/**
 * Single letters in the alphabet's order ("a b", "a b c", "X Y Z"): the alphabet typed for a name, as "abc" is. Two
 * of them only in lower case: "A B" in capitals may be someone's initials.
 */
function isAlphabetRun(typed: string, words: string[]): boolean {
  if (words.length < 2 || !words.every((word) => /^[a-z]$/u.test(word))) return false;
  const inOrder = words.every((word, i) => i === 0 || word.charCodeAt(0) === words[i - 1].charCodeAt(0) + 1);
  return inOrder && (words.length >= 3 || typed === typed.toLowerCase());
}

/** 김아무개, 이모씨: a surname and "so-and-so", the Korean John Doe of a given family. */
const SO_AND_SO = /^[\uAC00-\uD7A3]{1,2}(?:아무개|모씨)$/u;
/** The letter rows of a keyboard (QWERTY, QWERTZ, AZERTY): a word typed along one is no name ("asdfgh jkl"). */
const KEYBOARD_ROWS = ['qwertyuiop', 'qwertzuiop', 'azertyuiop', 'asdfghjkl', 'qsdfghjklm', 'zxcvbnm', 'yxcvbnm', 'wxcvbn'];

/**
 * A word of three or more keys side by side on one keyboard row, either way ("asdf", "jkl", "lkjh"). A cell of them
 * is taken for a keyboard run only when one runs five keys or more: names of three and four such letters exist (Yui,
 * Wert, Ertz).
 */
function isKeyboardRun(word: string): boolean {
  if (word.length < 3) return false;
  const reversed = [...word].reverse().join('');
  return KEYBOARD_ROWS.some((row) => row.includes(word) || row.includes(reversed));
}

/**
 * One Latin letter typed three times or more ("aaaa", "bbbb"); "Oo" (a Burmese name) is two. Other scripts keep their
 * own reasons: a run of the tatweel ـ is a name without letters.
 */
function isRepeatedLetter(word: string): boolean {
  return /^([a-z])\1{2,}$/u.test(word);
}
